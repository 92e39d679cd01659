package org.statcommons.academy;

import java.time.Instant;

/**
 * Where a forked course came from: its origin course, the commit it was forked from, the origin's title and licence
 * then (what its attribution names), and for a translation the language it is translated into ({@code language}, null
 * for a fork that keeps the origin's language), and the origin's release it was forked from ({@code forkedRelease}: its
 * version, null when the commit forked from was no release).
 */
record CourseFork(
        long courseId,
        long originId,
        String forkedCommit,
        String originTitle,
        String originLicence,
        String language,
        Instant createdAt,
        String forkedRelease) {

    public boolean translation() {
        return language != null;
    }
}
