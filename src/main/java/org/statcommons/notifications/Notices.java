package org.statcommons.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.activity.ActivityKind;

/**
 * A person's notices, newest first, without those whose item a moderator hid nor those of communities they may
 * no longer see ({@link Reader}); reading marks them read.
 */
@Repository
class Notices {

    /** The header shows "99+" beyond this: counting further would only cost time. */
    static final int COUNT_CAP = 100;

    private final JdbcClient db;

    Notices(JdbcClient db) {
        this.db = db;
    }

    List<Notice> page(Reader reader, int page, int size) {
        return db.sql("""
                        select n.id, a.community_id, a.kind, a.actor_name, a.title, a.excerpt, a.link, a.happened_at,
                               n.read_at is not null as read
                          from notifications.notices n join notifications.activities a on a.id = n.activity_id
                         where n.account_id = :account and not n.hidden
                           and (n.community_id = any(:communities) or n.about_recipient)
                         order by n.id desc limit :size offset :offset""")
                .param("account", reader.accountId()).param("communities", reader.communities())
                .param("size", size).param("offset", (long) page * size)
                .query(Notices::map).list();
    }

    Optional<Notice> find(Reader reader, long noticeId) {
        return db.sql("""
                        select n.id, a.community_id, a.kind, a.actor_name, a.title, a.excerpt, a.link, a.happened_at,
                               n.read_at is not null as read
                          from notifications.notices n join notifications.activities a on a.id = n.activity_id
                         where n.id = :id and n.account_id = :account and not n.hidden
                           and (n.community_id = any(:communities) or n.about_recipient)""")
                .param("id", noticeId).param("account", reader.accountId()).param("communities", reader.communities())
                .query(Notices::map).optional();
    }

    long count(Reader reader) {
        return db.sql("""
                        select count(*) from notifications.notices
                         where account_id = ? and not hidden and (community_id = any(?) or about_recipient)""")
                .params(reader.accountId(), reader.communities()).query(Long.class).single();
    }

    /** Unread notices, counted up to {@link #COUNT_CAP}: one look in a small partial index. */
    int unread(Reader reader) {
        return db.sql("""
                        select count(*) from (select 1 from notifications.notices
                                               where account_id = ? and read_at is null and not hidden
                                                 and (community_id = any(?) or about_recipient) limit ?) u""")
                .params(reader.accountId(), reader.communities(), COUNT_CAP).query(Integer.class).single();
    }

    /**
     * Marks one of the person's notices read; false when it is not theirs (or not there, or not shown to them).
     * One statement: a notice read before keeps its first reading time and still counts as theirs.
     */
    boolean markRead(Reader reader, long noticeId) {
        return db.sql("""
                        update notifications.notices set read_at = coalesce(read_at, now())
                         where id = ? and account_id = ? and not hidden and (community_id = any(?) or about_recipient)""")
                .params(noticeId, reader.accountId(), reader.communities()).update() > 0;
    }

    /** Marks the notices shown to the person read; those of communities they may no longer see are left alone. */
    @Transactional
    int markAllRead(Reader reader) {
        return db.sql("""
                        update notifications.notices set read_at = now()
                         where account_id = ? and read_at is null and (community_id = any(?) or about_recipient)""")
                .params(reader.accountId(), reader.communities()).update();
    }

    private static Notice map(ResultSet rs, int row) throws SQLException {
        return new Notice(rs.getLong("id"), rs.getLong("community_id"), ActivityKind.valueOf(rs.getString("kind")),
                rs.getString("actor_name"), rs.getString("title"), rs.getString("excerpt"), rs.getString("link"),
                rs.getTimestamp("happened_at").toInstant(), rs.getBoolean("read"));
    }
}
