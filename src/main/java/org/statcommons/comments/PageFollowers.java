package org.statcommons.comments;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.KeptAnswers;
import org.statcommons.platform.database.ServerSignals;

/**
 * Who follows the comments on a page. Writing a comment follows the page unless the person said "stop
 * following" there before; their word is kept as a row with {@code following} false.
 * <p>
 * Whether a person follows a page is asked by every view of it (the follow button), so the answers are kept in
 * memory, each forgotten by the writes here that change it ({@link KeptAnswers}); several servers on one database
 * set {@code statcommons.page-followers.keep-in-memory=false}.
 */
@Repository
class PageFollowers {

    private final JdbcClient db;

    private record Follower(long communityId, String path, long accountId) {}

    private final KeptAnswers<Follower, Boolean> follows;

    PageFollowers(
            JdbcClient db,
            @Value("${statcommons.page-followers.keep-in-memory:true}") boolean keepInMemory,
            ServerSignals signals) {
        this.db = db;
        this.follows = new KeptAnswers<>(200_000, keepInMemory, signals, "page-followers");
    }

    /** Follows (true) or stops following (false), as the person asked at this time. */
    void set(long communityId, String path, long accountId, boolean following, Instant at) {
        follows.forget(new Follower(communityId, path, accountId));
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
        follows.forget(new Follower(communityId, path, accountId));
        db.sql("""
                        insert into comments.page_followers (community_id, page_path, account_id, following, changed_at)
                        values (?, ?, ?, true, ?)
                        on conflict (community_id, page_path, account_id) do nothing""").params(communityId, path, accountId, Timestamp.from(at)).update();
    }

    boolean follows(long communityId, String path, long accountId) {
        return follows.get(
                new Follower(communityId, path, accountId),
                () -> db.sql(
                                "select following from comments.page_followers where community_id = ? and page_path = ? and account_id = ?")
                        .params(communityId, path, accountId)
                        .query(Boolean.class)
                        .optional()
                        .orElse(false));
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
        follows.forgetAll();
        db.sql("""
                        update comments.page_followers f set page_path = ?
                         where community_id = ? and page_path = ?
                           and not exists (select 1 from comments.page_followers g
                                            where g.community_id = f.community_id and g.page_path = ? and g.account_id = f.account_id)""").params(newPath, communityId, oldPath, newPath).update();
        db.sql("delete from comments.page_followers where community_id = ? and page_path = ?")
                .params(communityId, oldPath)
                .update();
    }

    /** A page whose comments the person follows (or said they do not), as their personal data lists it. */
    record Held(long communityId, String page, boolean following, Instant since) {}

    List<Held> of(long accountId) {
        return db.sql("""
                        select community_id, page_path, following, changed_at from comments.page_followers
                        where account_id = ? order by community_id, page_path""")
                .param(accountId)
                .query((rs, n) -> new Held(
                        rs.getLong("community_id"),
                        rs.getString("page_path"),
                        rs.getBoolean("following"),
                        rs.getTimestamp("changed_at").toInstant()))
                .list();
    }

    /** Forgets every page the person followed (a closed account: told of nothing more). */
    void forgetAll(long accountId) {
        follows.forgetAll();
        db.sql("delete from comments.page_followers where account_id = ?")
                .param(accountId)
                .update();
    }
}
