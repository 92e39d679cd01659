package org.statcommons.newsletters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** The newsletters ({@code newsletters.newsletters}): drafts and the archive. */
@Repository
class Newsletters {

    private static final String COLUMNS =
            "id, community_id, subject, body, status, updated_at, sent_at, sent_by_name, recipients";

    private final JdbcClient db;

    Newsletters(JdbcClient db) {
        this.db = db;
    }

    Optional<Newsletter> find(long communityId, long id) {
        return db.sql("select " + COLUMNS + " from newsletters.newsletters where community_id = ? and id = ?")
                .params(communityId, id)
                .query(Newsletters::map)
                .optional();
    }

    /**
     * The newsletter of the community; a draft only with {@code draftsToo} (for those who write newsletters). Anyone
     * else, and anyone asking in another community, is told there is none.
     */
    Newsletter inCommunity(Community community, long id, boolean draftsToo) {
        return find(community.id(), id).filter(n -> n.sent() || draftsToo).orElseThrow(() -> notFound(id));
    }

    /** The community's newsletter with its row locked until the transaction ends: sending it is decided one at a time. */
    Newsletter lockInCommunity(Community community, long id) {
        return db.sql("select " + COLUMNS
                        + " from newsletters.newsletters where community_id = ? and id = ? for update")
                .params(community.id(), id)
                .query(Newsletters::map)
                .optional()
                .orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Text.of("newsletters.not-found", Long.toString(id)));
    }

    /** Sent newsletters, newest first. */
    List<Newsletter> archive(long communityId) {
        return db.sql("select " + COLUMNS + """
                         from newsletters.newsletters where community_id = ? and status = 'SENT'
                        order by sent_at desc, id desc""")
                .param(communityId)
                .query(Newsletters::map)
                .list();
    }

    List<Newsletter> drafts(long communityId) {
        return db.sql("select " + COLUMNS + """
                         from newsletters.newsletters where community_id = ? and status = 'DRAFT'
                        order by updated_at desc, id desc""")
                .param(communityId)
                .query(Newsletters::map)
                .list();
    }

    /** When the last newsletter went out, if one did: highlights start there. */
    Optional<Instant> lastSentAt(long communityId) {
        return db.sql("select max(sent_at) from newsletters.newsletters where community_id = ? and status = 'SENT'")
                .param(communityId)
                .query((rs, row) -> rs.getTimestamp(1))
                .optional()
                .map(Timestamp::toInstant);
    }

    /** A new draft, written by this account at {@code at}. */
    long insert(long communityId, NewsletterDraft draft, long accountId, Instant at) {
        return db.sql("""
                        insert into newsletters.newsletters (community_id, subject, body, written_by, updated_by, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        communityId,
                        draft.subject(),
                        draft.body(),
                        accountId,
                        accountId,
                        Timestamp.from(at),
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** Changes a draft; false when it is not (or no longer) a draft. */
    boolean updateDraft(long communityId, long id, NewsletterDraft draft, long accountId, Instant at) {
        return db.sql("""
                        update newsletters.newsletters set subject = ?, body = ?, updated_by = ?, updated_at = ?
                        where community_id = ? and id = ? and status = 'DRAFT'""")
                        .params(draft.subject(), draft.body(), accountId, Timestamp.from(at), communityId, id)
                        .update()
                == 1;
    }

    /**
     * DRAFT -> SENT at {@code at} (where the next newsletter's highlights start); false if it was sent already (the
     * guard against sending twice).
     */
    boolean markSent(long id, long accountId, String accountName, int recipients, Instant at) {
        return db.sql("""
                        update newsletters.newsletters
                        set status = 'SENT', sent_at = ?, sent_by = ?, sent_by_name = ?, recipients = ?
                        where id = ? and status = 'DRAFT'""")
                        .params(Timestamp.from(at), accountId, accountName, recipients, id)
                        .update()
                == 1;
    }

    private static Newsletter map(ResultSet rs, int row) throws SQLException {
        Timestamp sentAt = rs.getTimestamp("sent_at");
        int recipients = rs.getInt("recipients");
        return new Newsletter(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getString("subject"),
                rs.getString("body"),
                "SENT".equals(rs.getString("status")),
                rs.getTimestamp("updated_at").toInstant(),
                sentAt == null ? null : sentAt.toInstant(),
                rs.getString("sent_by_name"),
                rs.wasNull() ? null : recipients);
    }

    /** A newsletter sent in a period, for the progress report; {@code recipients} may be null for old ones. */
    record Sent(long id, String subject, Instant sentAt, Integer recipients) {}

    /** The newsletters of the community sent in the period, oldest first (a few a month at most). */
    List<Sent> sentBetween(long communityId, Instant from, Instant until) {
        return db.sql("""
                        select id, subject, sent_at, recipients from newsletters.newsletters
                        where community_id = ? and status = 'SENT' and sent_at >= ? and sent_at < ?
                        order by sent_at, id""")
                .params(communityId, Timestamp.from(from), Timestamp.from(until))
                .query((rs, n) -> new Sent(
                        rs.getLong("id"),
                        rs.getString("subject"),
                        rs.getTimestamp("sent_at").toInstant(),
                        rs.getObject("recipients", Integer.class)))
                .list();
    }
}
