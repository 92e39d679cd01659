package org.statcommons.community;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who changed whose membership or role, when and why. Entries are written in the transaction of the change
 * they describe, so there is no change without its entry; they are never updated or deleted.
 */
@Repository
public class AuditEntries {

    /** One change. {@code subjectId} is the person concerned, when there is one. */
    record Entry(long id, Long actorId, Long subjectId, String action, String detail, String reason, Instant at) {

        /** The action in words, as the log shows it; stored codes stay codes, so old entries read the same way. */
        public String what() {
            return ACTIONS.getOrDefault(action, words(action));
        }

        /** A code no one has named yet (another feature's, say) still reads as words: "FLAGS_DISMISSED", "Flags dismissed". */
        private static String words(String code) {
            String spaced = code.replace('_', ' ').toLowerCase(Locale.ROOT).trim();
            return spaced.isEmpty() ? "Changed" : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
        }
    }

    /** The actions written by this feature and by moderation, in the words the audit log shows. */
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("COMMUNITY_CREATED", "Community created"),
            Map.entry("CONDUCT_ACCEPTED", "Accepted the code of conduct"),
            Map.entry("CONDUCT_EDITED", "Code of conduct changed"),
            Map.entry("FOCAL_POINT_APPOINTED", "Focal point appointed"),
            Map.entry("FOCAL_POINT_ENDED", "Focal point role ended"),
            Map.entry("INVITATION_REVOKED", "Invitation withdrawn"),
            Map.entry("INVITED", "Invited"),
            Map.entry("JOINED", "Joined"),
            Map.entry("JOIN_POLICY_CHANGED", "Way of joining changed"),
            Map.entry("LEFT", "Left"),
            Map.entry("MEMBERS_EDIT_DIRECTLY_CHANGED", "Direct editing by members changed"),
            Map.entry("NOMINATED", "Nominated"),
            Map.entry("NOMINATION_APPROVED", "Nomination approved"),
            Map.entry("NOMINATION_DECLINED", "Nomination declined"),
            Map.entry("REMOVED", "Removed"),
            Map.entry("REQUESTED", "Asked to join"),
            Map.entry("REQUEST_APPROVED", "Request to join approved"),
            Map.entry("REQUEST_DECLINED", "Request to join declined"),
            Map.entry("ROLE_CHANGED", "Role changed"),
            Map.entry("SUSPENDED", "Suspended"),
            Map.entry("SUSPENSION_ENDED", "Suspension ended"),
            Map.entry("FLAGS_DISMISSED", "Flags dismissed"),
            Map.entry("CONTENT_HIDDEN", "Content hidden"),
            Map.entry("CONTENT_RESTORED", "Content restored"),
            Map.entry("WARNED", "Warned"));

    private final JdbcClient db;

    AuditEntries(JdbcClient db) {
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
                .params(
                        communityId,
                        actorId,
                        subjectId,
                        action,
                        detail == null ? "" : detail,
                        reason == null ? "" : reason)
                .update();
    }

    /** The newest entries first; {@code before} pages back (null for the newest). */
    List<Entry> recent(long communityId, Long before, int limit) {
        return db.sql("""
                        select id, actor_id, subject_id, action, detail, reason, at from community.audit_log
                        where community_id = ? and (cast(? as bigint) is null or id < ?) order by id desc limit ?""")
                .params(communityId, before, before, limit)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        (Long) rs.getObject("actor_id"),
                        (Long) rs.getObject("subject_id"),
                        rs.getString("action"),
                        rs.getString("detail"),
                        rs.getString("reason"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }
}
