package org.statcommons.academy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A learner's completion of a course: every episode marked done, in the version ({@code commitId}) studied when the
 * last one was. Its certificate names the learner, the course and its community as they were then; {@code code} is
 * the unguessable part of its public verification address. The learner may hide it and show it on their profile.
 * {@code release} is the course's release that commit belongs to ({@link CourseReleases#versionOf}), null when none or
 * not looked up.
 */
record Completion(
        long id,
        long courseId,
        long accountId,
        String commitId,
        Instant completedAt,
        String code,
        String learnerName,
        String courseTitle,
        String communityName,
        boolean hidden,
        boolean onProfile,
        String release) {

    /** The day of the completion, the same wherever the certificate is read (UTC). */
    public LocalDate day() {
        return completedAt.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The version studied, as shown: its release and the commit's first twelve digits, {@code 1.0 (4f2a…)}. */
    public String version() {
        String commit = commitId.substring(0, 12);
        return release == null ? commit : release + " (" + commit + ")";
    }

    Completion withRelease(String version) {
        return new Completion(
                id,
                courseId,
                accountId,
                commitId,
                completedAt,
                code,
                learnerName,
                courseTitle,
                communityName,
                hidden,
                onProfile,
                version);
    }
}
