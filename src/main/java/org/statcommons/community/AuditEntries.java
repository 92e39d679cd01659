package org.statcommons.community;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.ActivityTitle;
import org.statcommons.platform.i18n.Bundles;
import org.statcommons.platform.i18n.Language;

/**
 * Who changed whose membership or role, when and why. Entries are written in the transaction of the change
 * they describe, so there is no change without its entry; they are never updated or deleted.
 */
@Repository
public class AuditEntries {

    /**
     * One change. {@code subjectId} is the person concerned, when there is one; {@code detailText} is the detail as a
     * text of the bundles (null when it was written in English only, as every entry before it could be).
     */
    record Entry(
            long id,
            Long actorId,
            Long subjectId,
            String action,
            String detail,
            Text detailText,
            String reason,
            Instant at) {

        Entry(long id, Long actorId, Long subjectId, String action, String detail, String reason, Instant at) {
            this(id, actorId, subjectId, action, detail, null, reason, at);
        }

        /** The action in English words. */
        public String what() {
            return what(Locale.ENGLISH);
        }

        /**
         * The action in the reader's words ({@code community.audit.action.<code>}: the codes written by this feature
         * and by moderation); stored codes stay codes, so old entries read the same way, in every language.
         */
        public String what(Locale locale) {
            String key = "community.audit.action." + action;
            return Bundles.bundled().pattern(key, locale).isPresent()
                    ? Bundles.bundled().format(key, new Object[0], locale)
                    : words(action);
        }

        /** The detail in the reader's language when it was written as a text of the bundles, else as stored. */
        public String detail(Locale locale) {
            return detailText == null ? detail : detailText.in(Language.of(locale));
        }

        /** A code no one has named yet (another feature's, say) still reads as words: "FLAGS_DISMISSED", "Flags dismissed". */
        private static String words(String code) {
            String spaced = code.replace('_', ' ').toLowerCase(Locale.ROOT).trim();
            return spaced.isEmpty() ? "Changed" : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
        }
    }

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
        record(communityId, actorId, subjectId, action, detail, null, reason);
    }

    /**
     * The same with the detail as a text of the bundles (the feature's own key; its text arguments are what people
     * typed): the log shows it in each reader's language, and keeps its English beside it.
     */
    public void record(long communityId, Long actorId, Long subjectId, String action, Text detail, String reason) {
        record(communityId, actorId, subjectId, action, detail.english(), detail, reason);
    }

    private void record(
            long communityId,
            Long actorId,
            Long subjectId,
            String action,
            String detail,
            Text detailText,
            String reason) {
        db.sql("""
                        insert into community.audit_log (community_id, actor_id, subject_id, action, detail, detail_key,
                                                         detail_arguments, reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        communityId,
                        actorId,
                        subjectId,
                        action,
                        detail == null ? "" : detail,
                        detailText == null ? null : detailText.key(),
                        ActivityTitle.arguments(detailText),
                        reason == null ? "" : reason)
                .update();
    }

    /** The newest entries first; {@code before} pages back (null for the newest). */
    List<Entry> recent(long communityId, Long before, int limit) {
        return db.sql("""
                        select id, actor_id, subject_id, action, detail, detail_key, detail_arguments, reason, at
                        from community.audit_log
                        where community_id = ? and (cast(? as bigint) is null or id < ?) order by id desc limit ?""")
                .params(communityId, before, before, limit)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        (Long) rs.getObject("actor_id"),
                        (Long) rs.getObject("subject_id"),
                        rs.getString("action"),
                        rs.getString("detail"),
                        ActivityTitle.stored(rs.getString("detail_key"), rs.getString("detail_arguments")),
                        rs.getString("reason"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }
}
