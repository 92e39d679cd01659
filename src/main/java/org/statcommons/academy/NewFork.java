package org.statcommons.academy;

/**
 * A fork to make, as typed in the form or sent to the API: the community it goes into (its address), the fork's own
 * address there, for a translation the language it is translated into (a BCP 47 tag; blank for a plain fork), and
 * whether anyone may read it ({@code open}: "true" or "on"; a fork of a members-only course is members-only whatever
 * is asked), and the release to fork ({@code release}: its version; blank for main as it is now).
 */
record NewFork(String community, String name, String language, String open, String release) {

    static NewFork blank(String community, String name, String release) {
        return new NewFork(community, name, "", "true", release == null ? "" : release);
    }

    /** Whether it forks a release ({@code release}: its version) rather than main as it is now. */
    public boolean fromRelease() {
        return release != null && !release.isBlank();
    }

    /** Ticked: "true" or "on". The form's check box sends nothing when left empty (members only). */
    public boolean isOpen() {
        return "true".equals(open) || "on".equals(open);
    }

    public boolean isTranslation() {
        return language != null && !language.isBlank();
    }
}
