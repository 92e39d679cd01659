package org.statcommons.discussions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** The posts of discussions ({@code discussions.posts}) with the people each one mentions ({@code discussions.mentions}). */
@Repository
class Posts {

    private final JdbcClient db;
    private final Accounts accounts;

    Posts(JdbcClient db, Accounts accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    /** The posts of a discussion, the opening post first. */
    List<Post> of(long threadId) {
        List<Row> rows = db.sql("""
                        select id, thread_id, author_id, body, quotes_post_id, version, created_at, edited_at,
                               deleted_at is not null, hidden_at is not null
                          from discussions.posts where thread_id = ? order by id""").param(threadId).query(Posts::row).list();
        Map<Long, List<Long>> mentions = new HashMap<>();
        db.sql("""
                        select m.post_id, m.account_id from discussions.mentions m join discussions.posts p on p.id = m.post_id
                         where p.thread_id = ? order by m.account_id""").param(threadId).query(rs -> {
            mentions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        });
        Map<Long, String> names = Discussions.names(
                accounts, rows.stream().map(Row::authorId).distinct().toList());
        return rows.stream()
                .map(r -> r.post(names, mentions.getOrDefault(r.id(), List.of())))
                .toList();
    }

    Optional<Post> byId(long postId) {
        return db.sql("select thread_id from discussions.posts where id = ?")
                .param(postId)
                .query(Long.class)
                .optional()
                .flatMap(thread ->
                        of(thread).stream().filter(p -> p.id() == postId).findFirst());
    }

    /** The post, which must belong to the discussion: "not found" otherwise. */
    Post inDiscussion(Discussion discussion, long postId) {
        return byId(postId)
                .filter(p -> p.threadId() == discussion.id())
                .orElseThrow(() -> new NotFoundException(Text.of("discussions.post.not-found")));
    }

    /** The post of this discussion, locked until the transaction ends (two edits are applied one after the other). */
    Post lock(Discussion discussion, long postId) {
        return db.sql("select id from discussions.posts where id = ? and thread_id = ? for update")
                .params(postId, discussion.id())
                .query(Long.class)
                .optional()
                .flatMap(this::byId)
                .orElseThrow(() -> new NotFoundException(Text.of("discussions.post.not-found")));
    }

    boolean isOpening(long threadId, long postId) {
        return db.sql("select min(id) from discussions.posts where thread_id = ?")
                        .param(threadId)
                        .query(Long.class)
                        .single()
                == postId;
    }

    long insert(long threadId, long authorId, String text, Long quotes, Instant at) {
        return db.sql("""
                        insert into discussions.posts (thread_id, author_id, body, quotes_post_id, created_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(threadId, authorId, text, quotes, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** A new text: one version more. */
    void update(long postId, String text, Instant at) {
        db.sql("update discussions.posts set body = ?, version = version + 1, edited_at = ? where id = ?")
                .params(text, Timestamp.from(at), postId)
                .update();
    }

    /** Deleted by its author: the text goes (it is kept with the earlier versions), and so do its mentions. */
    void delete(long postId, Instant at) {
        db.sql("update discussions.posts set body = '', version = version + 1, deleted_at = ? where id = ?")
                .params(Timestamp.from(at), postId)
                .update();
        db.sql("delete from discussions.mentions where post_id = ?")
                .param(postId)
                .update();
    }

    /** Hidden (at a time) or shown again (at null); false when it already was. */
    boolean hide(long postId, Instant at) {
        return (at == null
                                ? db.sql(
                                                "update discussions.posts set hidden_at = null where id = ? and hidden_at is not null")
                                        .param(postId)
                                : db.sql(
                                                "update discussions.posts set hidden_at = ? where id = ? and hidden_at is null")
                                        .params(Timestamp.from(at), postId))
                        .update()
                > 0;
    }

    /** The accounts a post mentions. */
    Set<Long> mentions(long postId) {
        return new HashSet<>(db.sql("select account_id from discussions.mentions where post_id = ?")
                .param(postId)
                .query(Long.class)
                .list());
    }

    /** The post now mentions exactly these accounts. */
    void mention(long postId, Set<Long> accountIds) {
        db.sql("delete from discussions.mentions where post_id = ?")
                .param(postId)
                .update();
        for (long accountId : accountIds) {
            db.sql("insert into discussions.mentions (post_id, account_id) values (?, ?)")
                    .params(postId, accountId)
                    .update();
        }
    }

    private record Row(
            long id,
            long threadId,
            long authorId,
            String body,
            Long quotes,
            int version,
            Instant createdAt,
            Instant editedAt,
            boolean deleted,
            boolean hidden) {

        Post post(Map<Long, String> names, List<Long> mentions) {
            Post.State state = hidden ? Post.State.HIDDEN : deleted ? Post.State.DELETED : Post.State.VISIBLE;
            return new Post(
                    id,
                    threadId,
                    authorId,
                    names.getOrDefault(authorId, Discussions.formerMember()),
                    state == Post.State.DELETED ? "" : body,
                    state,
                    quotes,
                    version,
                    createdAt,
                    editedAt,
                    state == Post.State.VISIBLE ? mentions : List.of());
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long quotes = rs.getLong(5);
        Long quoted = rs.wasNull() ? null : quotes;
        return new Row(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                quoted,
                rs.getInt(6),
                Discussions.instant(rs.getTimestamp(7)),
                Discussions.instant(rs.getTimestamp(8)),
                rs.getBoolean(9),
                rs.getBoolean(10));
    }

    /** Posts written in one UTC month: discussions started (their opening posts) and replies. */
    record MonthCount(java.time.LocalDate month, long started, long replies) {}

    /** Posts written in the period, not deleted or hidden, by UTC month, for the activity figures. */
    List<MonthCount> byMonth(long communityId, Instant from, Instant until) {
        return db.sql("""
                        select date_trunc('month', p.created_at at time zone 'UTC')::date as month,
                               count(*) filter (where p.id = first.id) as started,
                               count(*) filter (where p.id <> first.id) as replies
                        from discussions.posts p join discussions.threads t on t.id = p.thread_id
                        cross join lateral (select min(f.id) as id from discussions.posts f where f.thread_id = t.id) first
                        where t.community_id = ? and p.created_at >= ? and p.created_at < ?
                          and p.deleted_at is null and p.hidden_at is null
                        group by 1 order by 1""")
                .params(communityId, Timestamp.from(from), Timestamp.from(until))
                .query((rs, n) -> new MonthCount(
                        rs.getObject("month", java.time.LocalDate.class), rs.getLong("started"), rs.getLong("replies")))
                .list();
    }

    /** How many people wrote a post (kept) in the period, and how many discussions begun in it have an answer. */
    record Participation(long people, long answered) {}

    Participation participation(long communityId, Instant from, Instant until) {
        return db.sql("""
                        select (select count(distinct p.author_id) from discussions.posts p
                                join discussions.threads t on t.id = p.thread_id
                                where t.community_id = :c and p.created_at >= :from and p.created_at < :until
                                  and p.deleted_at is null and p.hidden_at is null) as people,
                               (select count(*) from discussions.threads
                                where community_id = :c and started_at >= :from and started_at < :until
                                  and answer_post_id is not null) as answered""")
                .param("c", communityId)
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .query((rs, n) -> new Participation(rs.getLong("people"), rs.getLong("answered")))
                .single();
    }

    /** A person's post as their personal data lists it. */
    record Written(
            long id,
            long discussionId,
            long communityId,
            String discussion,
            Instant createdAt,
            Instant editedAt,
            boolean deleted,
            boolean hidden,
            String text) {}

    /** Up to {@code limit} of a person's posts after the post {@code afterId}, by id. */
    List<Written> writtenBy(long authorId, long afterId, int limit) {
        return db.sql("""
                        select p.id, p.thread_id, t.community_id, t.title, p.created_at, p.edited_at,
                               p.deleted_at is not null as deleted, p.hidden_at is not null as hidden, p.body
                        from discussions.posts p join discussions.threads t on t.id = p.thread_id
                        where p.author_id = ? and p.id > ? order by p.id limit ?""")
                .params(authorId, afterId, limit)
                .query((rs, n) -> new Written(
                        rs.getLong("id"),
                        rs.getLong("thread_id"),
                        rs.getLong("community_id"),
                        rs.getString("title"),
                        rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("edited_at")),
                        rs.getBoolean("deleted"),
                        rs.getBoolean("hidden"),
                        rs.getString("body")))
                .list();
    }

    /** A post changed without its author (a closed account's name or text taken out). */
    record Touched(long postId, long threadId, long communityId, String text) {}

    /** The posts that mention the person, with their text. */
    List<Touched> mentioning(long accountId) {
        return db.sql("""
                        select p.id, p.thread_id, t.community_id, p.body from discussions.mentions m
                        join discussions.posts p on p.id = m.post_id join discussions.threads t on t.id = p.thread_id
                        where m.account_id = ? order by p.id""")
                .param(accountId)
                .query((rs, n) -> new Touched(
                        rs.getLong("id"), rs.getLong("thread_id"), rs.getLong("community_id"), rs.getString("body")))
                .list();
    }

    /** Writes a post's text anew without making it a new version (a name taken out is not an edit). */
    void rewrite(long postId, String text) {
        db.sql("update discussions.posts set body = ? where id = ?")
                .params(text, postId)
                .update();
    }

    /** The communities the person wrote posts in. */
    List<Long> communitiesWrittenIn(long authorId) {
        return db.sql("""
                        select distinct t.community_id from discussions.posts p join discussions.threads t on t.id = p.thread_id
                        where p.author_id = ? order by t.community_id""").param(authorId).query(Long.class).list();
    }

    /**
     * Replaces the text of every post of the person in these communities by {@code text} (removed at their request;
     * the post stays, so the thread keeps its shape and its quotes their place), and forgets who those posts mention.
     */
    List<Touched> removeWrittenBy(long authorId, Collection<Long> communityIds, String text, Instant at) {
        List<Touched> removed = db.sql("""
                        update discussions.posts p set body = :text, version = p.version + 1, edited_at = :at
                        from discussions.threads t
                        where t.id = p.thread_id and p.author_id = :author and t.community_id = any(:communities)
                        returning p.id, p.thread_id, t.community_id""")
                .param("text", text)
                .param("at", Timestamp.from(at))
                .param("author", authorId)
                .param("communities", communityIds.toArray(Long[]::new))
                .query((rs, n) ->
                        new Touched(rs.getLong("id"), rs.getLong("thread_id"), rs.getLong("community_id"), text))
                .list();
        db.sql("delete from discussions.mentions where post_id = any(?)")
                .param(removed.stream().map(Touched::postId).toArray(Long[]::new))
                .update();
        return removed;
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
