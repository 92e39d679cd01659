package org.statcommons.surveys;

/** Whom a wave is sent to. */
public enum AudienceKind {
    /** The members of the survey's community (for a platform-wide survey: everyone signed in). */
    COMMUNITY,
    /** The members of one topic group ({@code Wave.audienceId}). */
    TOPIC_GROUP,
    /** The members of one body ({@code Wave.audienceId}). */
    BODY,
    /** Anyone with the wave's public link, signed in or not. */
    PUBLIC_LINK
}
