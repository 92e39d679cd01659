package org.statcommons.access;

/** A person's role on the whole server, beside their roles in communities. */
public enum PlatformRole {
    /** Everyone else. */
    NONE,
    /** May create communities and invite people to the platform. */
    SECRETARIAT,
    /** Runs the server: sign-up policy, platform roles, the outbox; may act in every community. */
    ADMINISTRATOR
}
