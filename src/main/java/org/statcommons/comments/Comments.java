package org.statcommons.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The comments ({@code comments.comments}) and the people each one mentions ({@code comments.mentions}). Also
 * what search keeps of them ({@link #indexable}, {@link #visibleOn}, {@link #visibleIn}), the one part of this
 * feature other features read.
 */
@Repository
public class Comments {

    /**
     * Comments on pages only: a thread on another feature's thing (a dataset, {@code dataset:12}) is never indexed, so
     * that a draft's or an embargoed release's questions cannot be found (a page's path ends in {@code .md}).
     */
    private static final String INDEXABLE = """
            select c.id, t.community_id, t.page_path, c.body from comments.comments c
              join comments.threads t on t.id = c.thread_id
             where c.deleted_at is null and c.hidden_at is null and t.page_path like '%.md'""";

    private final JdbcClient db;
    /** Keeps each page's comments in memory: every write here tells it which pages changed. */
    private final CommentThreads threads;

    Comments(JdbcClient db, CommentThreads threads) {
        this.db = db;
        this.threads = threads;
    }

    /** The pages of these comments. */
    private List<CommentThreads.Place> placesOf(Collection<Long> commentIds) {
        return db.sql("""
                        select distinct t.community_id, t.page_path from comments.comments c
                          join comments.threads t on t.id = c.thread_id where c.id = any(?)""")
                .param(commentIds.toArray(Long[]::new))
                .query(CommentThreads::place)
                .list();
    }

    /** A visible comment on a page: its text and place, for the search index. */
    public record Indexable(long commentId, long communityId, String path, String body) {}

    /** The comment's text when it is visible, with its community and page. */
    public Optional<Indexable> indexable(long commentId) {
        return db.sql(INDEXABLE + " and c.id = ?")
                .param(commentId)
                .query(Comments::indexable)
                .optional();
    }

    /** The visible comments on a page. */
    public List<Indexable> visibleOn(long communityId, String path) {
        return db.sql(INDEXABLE + " and t.community_id = ? and t.page_path = ? order by c.id")
                .params(communityId, path)
                .query(Comments::indexable)
                .list();
    }

    /** Every visible comment of a community, for rebuilding an index. */
    public List<Indexable> visibleIn(long communityId) {
        return db.sql(INDEXABLE + " and t.community_id = ? order by c.id")
                .param(communityId)
                .query(Comments::indexable)
                .list();
    }

    long insert(long threadId, long authorId, String text, Instant at) {
        Map<String, Object> added = db.sql("""
                        with added as (insert into comments.comments (thread_id, author_id, body, created_at)
                                       values (?, ?, ?, ?) returning id, thread_id)
                        select a.id, t.community_id, t.page_path from added a join comments.threads t on t.id = a.thread_id""")
                .params(threadId, authorId, text, Timestamp.from(at))
                .query()
                .singleRow();
        threads.forget(
                List.of(new CommentThreads.Place((Long) added.get("community_id"), (String) added.get("page_path"))));
        return (Long) added.get("id");
    }

    void update(long commentId, String text, Instant at) {
        writeOnPage("body = ?, edited_at = ?", "", text, Timestamp.from(at), commentId);
    }

    /**
     * One comment's columns set ({@code assignments}, then {@code condition} on {@code c}), its page's kept threads
     * forgotten in the same statement's answer; the number of comments written (0 or 1).
     */
    private int writeOnPage(String assignments, String condition, Object... parameters) {
        List<CommentThreads.Place> written = db.sql("update comments.comments c set " + assignments
                        + " from comments.threads t where c.id = ? and t.id = c.thread_id " + condition
                        + " returning t.community_id, t.page_path")
                .params(parameters)
                .query(CommentThreads::place)
                .list();
        threads.forget(written);
        return written.size();
    }

    /** Deleted by its author: the text and its mentions are gone; a placeholder keeps the thread readable. */
    void delete(long commentId, Instant at) {
        writeOnPage("body = '', deleted_at = ?", "", Timestamp.from(at), commentId);
        db.sql("delete from comments.mentions where comment_id = ?")
                .param(commentId)
                .update();
    }

    /** Hidden by a moderator at a time, or (at null) shown again; false when it already was (or is deleted). */
    boolean hide(long commentId, Instant at) {
        return (at == null
                        ? writeOnPage("hidden_at = null, hidden_by = null", "and c.hidden_at is not null", commentId)
                        : writeOnPage(
                                "hidden_at = ?",
                                "and c.hidden_at is null and c.deleted_at is null",
                                Timestamp.from(at),
                                commentId))
                > 0;
    }

    /** The accounts a comment mentions. */
    Set<Long> mentions(long commentId) {
        return new HashSet<>(db.sql("select account_id from comments.mentions where comment_id = ?")
                .param(commentId)
                .query(Long.class)
                .list());
    }

    /** The comment now mentions exactly these accounts. */
    void mention(long commentId, Set<Long> accountIds) {
        int removed = db.sql("delete from comments.mentions where comment_id = ?")
                .param(commentId)
                .update();
        if (removed > 0 || !accountIds.isEmpty()) {
            threads.forget(placesOf(List.of(commentId)));
        }
        for (long accountId : accountIds) {
            db.sql("insert into comments.mentions (comment_id, account_id) values (?, ?)")
                    .params(commentId, accountId)
                    .update();
        }
    }

    private static Indexable indexable(ResultSet rs, int n) throws SQLException {
        return new Indexable(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
    }

    /** Comments written in one UTC month: how many, and how many people wrote them. */
    record MonthCount(java.time.LocalDate month, long comments, long people) {}

    /** Comments written in the period, not deleted or hidden, by UTC month, for the activity figures. */
    List<MonthCount> byMonth(long communityId, Instant from, Instant until) {
        return db.sql("""
                        select date_trunc('month', c.created_at at time zone 'UTC')::date as month, count(*) as n,
                               count(distinct c.author_id) as people
                        from comments.comments c join comments.threads t on t.id = c.thread_id
                        where t.community_id = ? and c.created_at >= ? and c.created_at < ?
                          and c.deleted_at is null and c.hidden_at is null
                        group by 1 order by 1""")
                .params(communityId, Timestamp.from(from), Timestamp.from(until))
                .query((rs, n) -> new MonthCount(
                        rs.getObject("month", java.time.LocalDate.class), rs.getLong("n"), rs.getLong("people")))
                .list();
    }

    /** How many people wrote a comment (kept) in the period. */
    long commenters(long communityId, Instant from, Instant until) {
        return db.sql("""
                        select count(distinct c.author_id) from comments.comments c
                        join comments.threads t on t.id = c.thread_id
                        where t.community_id = ? and c.created_at >= ? and c.created_at < ?
                          and c.deleted_at is null and c.hidden_at is null""")
                .params(communityId, Timestamp.from(from), Timestamp.from(until))
                .query(Long.class)
                .single();
    }

    /** A person's comment as their personal data lists it: where (the page's path, or a subject's key) and what. */
    record Written(
            long id,
            long threadId,
            long communityId,
            String page,
            Instant createdAt,
            Instant editedAt,
            boolean deleted,
            boolean hidden,
            String text) {}

    /** Up to {@code limit} of a person's comments after the comment {@code afterId}, by id. */
    List<Written> writtenBy(long authorId, long afterId, int limit) {
        return db.sql("""
                        select c.id, c.thread_id, t.community_id, t.page_path, c.created_at, c.edited_at,
                               c.deleted_at is not null as deleted, c.hidden_at is not null as hidden, c.body
                        from comments.comments c join comments.threads t on t.id = c.thread_id
                        where c.author_id = ? and c.id > ? order by c.id limit ?""")
                .params(authorId, afterId, limit)
                .query((rs, n) -> new Written(
                        rs.getLong("id"),
                        rs.getLong("thread_id"),
                        rs.getLong("community_id"),
                        rs.getString("page_path"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("edited_at") == null
                                ? null
                                : rs.getTimestamp("edited_at").toInstant(),
                        rs.getBoolean("deleted"),
                        rs.getBoolean("hidden"),
                        rs.getString("body")))
                .list();
    }

    /** A comment changed without its author (a closed account's name or text taken out). */
    record Touched(long commentId, long communityId, String path, String text) {}

    /** The comments that mention the person, with their text. */
    List<Touched> mentioning(long accountId) {
        return db.sql("""
                        select c.id, t.community_id, t.page_path, c.body from comments.mentions m
                        join comments.comments c on c.id = m.comment_id join comments.threads t on t.id = c.thread_id
                        where m.account_id = ? order by c.id""")
                .param(accountId)
                .query((rs, n) -> new Touched(
                        rs.getLong("id"), rs.getLong("community_id"), rs.getString("page_path"), rs.getString("body")))
                .list();
    }

    /** Writes a comment's text anew without marking it edited (a name taken out is not an edit). */
    void rewrite(long commentId, String text) {
        writeOnPage("body = ?", "", text, commentId);
    }

    /** The communities the person commented in. */
    List<Long> communitiesWrittenIn(long authorId) {
        return db.sql("""
                        select distinct t.community_id from comments.comments c join comments.threads t on t.id = c.thread_id
                        where c.author_id = ? order by t.community_id""").param(authorId).query(Long.class).list();
    }

    /**
     * Replaces the text of every comment of the person in these communities by {@code text} (removed at their request;
     * the comment stays in its thread), and forgets who those comments mention.
     */
    List<Touched> removeWrittenBy(long authorId, Collection<Long> communityIds, String text, Instant at) {
        List<Touched> removed = db.sql("""
                        update comments.comments c set body = :text, edited_at = :at
                        from comments.threads t
                        where t.id = c.thread_id and c.author_id = :author and t.community_id = any(:communities)
                        returning c.id, t.community_id, t.page_path""")
                .param("text", text)
                .param("at", Timestamp.from(at))
                .param("author", authorId)
                .param("communities", communityIds.toArray(Long[]::new))
                .query((rs, n) ->
                        new Touched(rs.getLong("id"), rs.getLong("community_id"), rs.getString("page_path"), text))
                .list();
        db.sql("delete from comments.mentions where comment_id = any(?)")
                .param(removed.stream().map(Touched::commentId).toArray(Long[]::new))
                .update();
        threads.forget(removed.stream()
                .map(touched -> new CommentThreads.Place(touched.communityId(), touched.path()))
                .distinct()
                .toList());
        return removed;
    }
}
