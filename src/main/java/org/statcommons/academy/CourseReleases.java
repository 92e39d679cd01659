package org.statcommons.academy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.content.CourseHistories;

/**
 * The releases of courses ({@code academy.course_releases}), newest version first. Rows are added, never changed:
 * a release is immutable. Which release a commit belongs to needs the course's history as well as the rows
 * ({@link #versionOf}), which content's engine walks.
 */
@Repository
class CourseReleases {

    private static final String COLUMNS = "course_id, version, commit_id, changelog, released_by, released_at";
    private static final String NEWEST_FIRST = " order by major desc, minor desc, patch desc";

    private final JdbcClient db;
    private final CourseHistories histories;

    CourseReleases(JdbcClient db, CourseHistories histories) {
        this.db = db;
        this.histories = histories;
    }

    void add(CourseRelease release, ReleaseVersion version) {
        db.sql("insert into academy.course_releases (" + COLUMNS + ", major, minor, patch)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        release.courseId(),
                        release.version(),
                        release.commitId(),
                        release.changelog(),
                        release.releasedBy(),
                        Timestamp.from(release.releasedAt()),
                        version.major(),
                        version.minor(),
                        version.patch())
                .update();
    }

    /** The course's releases, newest version first. */
    List<CourseRelease> of(long courseId) {
        return db.sql("select " + COLUMNS + " from academy.course_releases where course_id = ?" + NEWEST_FIRST)
                .param(courseId)
                .query(CourseReleases::release)
                .list();
    }

    /** The course's latest release, if it has one. */
    Optional<CourseRelease> latest(long courseId) {
        return db.sql("select " + COLUMNS + " from academy.course_releases where course_id = ?" + NEWEST_FIRST
                        + " limit 1")
                .param(courseId)
                .query(CourseReleases::release)
                .optional();
    }

    /** The release of this version ({@code 1.0} and {@code 1.0.0} are one version), if there is one. */
    Optional<CourseRelease> find(long courseId, ReleaseVersion version) {
        return db.sql("select " + COLUMNS
                        + " from academy.course_releases where course_id = ? and major = ? and minor = ? and patch = ?")
                .params(courseId, version.major(), version.minor(), version.patch())
                .query(CourseReleases::release)
                .optional();
    }

    /**
     * The version of a course someone studied at {@code commit} (a commit of its main): the latest release at or
     * before that commit, that is whose commit is that one or in its history; empty when none was released by then
     * (or the commit is not the course's).
     */
    public Optional<String> versionOf(long courseId, String commit) {
        return of(courseId).stream()
                .filter(release -> histories.reaches(courseId, commit, release.commitId()))
                .map(CourseRelease::version)
                .findFirst();
    }

    private static CourseRelease release(ResultSet row, int n) throws SQLException {
        return new CourseRelease(
                row.getLong("course_id"),
                row.getString("version"),
                row.getString("commit_id"),
                row.getString("changelog"),
                row.getLong("released_by"),
                row.getTimestamp("released_at").toInstant());
    }
}
