package org.statcommons.community;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who changed whose membership or role, when and why. Entries are written in the transaction of the change
 * they describe, so there is no change without its entry; they are never updated or deleted.
 */
@Repository
public class AuditLog {

    /** One change. {@code subjectId} is the person concerned, when there is one. */
    record Entry(long id, Long actorId, Long subjectId, String action, String detail, String reason, Instant at) {
    }

    private final JdbcClient db;

    AuditLog(JdbcClient db) {
        this.db = db;
    }

    /**
     * Adds an entry, in the caller's transaction. Other features record what they do to members here (a
     * moderator's warning or hiding of someone's comment), so that one log tells the whole story. The entry
     * takes the database's own time, not the application's clock: the log says when the change was written,
     * and nothing the application does may move that.
     */
    public void record(long communityId, Long actorId, Long subjectId, String action, String detail, String reason) {
        db.sql("""
                        insert into community.audit_log (community_id, actor_id, subject_id, action, detail, reason)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(communityId, actorId, subjectId, action, detail == null ? "" : detail, reason == null ? "" : reason)
                .update();
    }

    /** The newest entries first; {@code before} pages back (null for the newest). */
    List<Entry> recent(long communityId, Long before, int limit) {
        return db.sql("""
                        select id, actor_id, subject_id, action, detail, reason, at from community.audit_log
                        where community_id = ? and (cast(? as bigint) is null or id < ?) order by id desc limit ?""")
                .params(communityId, before, before, limit)
                .query((rs, n) -> new Entry(rs.getLong("id"), (Long) rs.getObject("actor_id"),
                        (Long) rs.getObject("subject_id"), rs.getString("action"), rs.getString("detail"),
                        rs.getString("reason"), rs.getTimestamp("at").toInstant()))
                .list();
    }
}
