package org.statcommons.platform.activity;

/** Who may see an activity in the community's stream and feeds. */
public enum Visibility {
    /** Anyone, also anonymous visitors and the public Atom feed (a page published, a newsletter sent). */
    PUBLIC,
    /** Those who may see the community's members' area. */
    MEMBERS,
    /** Nobody in the stream: only the people in its audience are told (a membership decision, a warning). */
    PERSONAL
}
