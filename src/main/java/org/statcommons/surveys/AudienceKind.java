package org.statcommons.surveys;

/** Whom a wave is sent to. */
public enum AudienceKind {
    /** The members of the survey's community. */
    COMMUNITY,
    /** The members of one topic group ({@code Wave.audienceId}). */
    TOPIC_GROUP,
    /** The members of one body ({@code Wave.audienceId}). */
    BODY,
    /** Anyone with the wave's public link, signed in or not. */
    PUBLIC_LINK,
    /** Everyone on the platform (a platform-wide survey's). */
    PLATFORM,
    /** The members of the communities chosen for the wave ({@link WaveCommunities}; a platform-wide survey's). */
    COMMUNITIES;

    /** Whether a survey of this owner may be sent to this audience. */
    boolean fits(SurveyOwner owner) {
        return switch (this) {
            case COMMUNITY, TOPIC_GROUP -> !owner.platformWide();
            case PLATFORM, COMMUNITIES -> owner.platformWide();
            case BODY, PUBLIC_LINK -> true;
        };
    }

    /** The audience a new survey of this owner starts with. */
    static AudienceKind first(SurveyOwner owner) {
        return owner.platformWide() ? PLATFORM : COMMUNITY;
    }
}
