package org.statcommons.comments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who follows the comments on a page. Writing a comment follows the page unless the person said "stop
 * following" there before; their word is kept as a row with {@code following} false.
 */
@Repository
class PageFollowers {

    private final JdbcClient db;

    PageFollowers(JdbcClient db) {
        this.db = db;
    }

    /** Follows (true) or stops following (false), as the person asked at this time. */
    void set(long communityId, String path, long accountId, boolean following, Instant at) {
        db.sql("""
                        insert into comments.page_followers (community_id, page_path, account_id, following, changed_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (community_id, page_path, account_id)
                        do update set following = excluded.following, changed_at = excluded.changed_at""")
                .params(communityId, path, accountId, following, Timestamp.from(at))
                .update();
    }

    /** Follows because they commented, unless they said otherwise before. */
    void byCommenting(long communityId, String path, long accountId, Instant at) {
        db.sql("""
                        insert into comments.page_followers (community_id, page_path, account_id, following, changed_at)
                        values (?, ?, ?, true, ?)
                        on conflict (community_id, page_path, account_id) do nothing""").params(communityId, path, accountId, Timestamp.from(at)).update();
    }

    boolean follows(long communityId, String path, long accountId) {
        return db.sql(
                        "select following from comments.page_followers where community_id = ? and page_path = ? and account_id = ?")
                .params(communityId, path, accountId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    Set<Long> of(long communityId, String path) {
        return new HashSet<>(db.sql(
                        "select account_id from comments.page_followers where community_id = ? and page_path = ? and following")
                .params(communityId, path)
                .query(Long.class)
                .list());
    }

    /** The page moved: its followers follow it to the new path (a row already there wins). */
    void move(long communityId, String oldPath, String newPath) {
        db.sql("""
                        update comments.page_followers f set page_path = ?
                         where community_id = ? and page_path = ?
                           and not exists (select 1 from comments.page_followers g
                                            where g.community_id = f.community_id and g.page_path = ? and g.account_id = f.account_id)""").params(newPath, communityId, oldPath, newPath).update();
        db.sql("delete from comments.page_followers where community_id = ? and page_path = ?")
                .params(communityId, oldPath)
                .update();
    }
}
