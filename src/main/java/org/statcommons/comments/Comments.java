package org.statcommons.comments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;

/** Reading comments: a page's threads, one comment, and the visible text the search index keeps. */
@Service
public class Comments {

    private static final String INDEXABLE = """
            select c.id, t.community_id, t.page_path, c.body from comments.comments c
              join comments.threads t on t.id = c.thread_id
             where c.deleted_at is null and c.hidden_at is null""";

    private final JdbcClient db;
    private final Accounts accounts;

    Comments(JdbcClient db, Accounts accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    /** A visible comment's text and place, for the search index. */
    public record Indexable(long commentId, long communityId, String path, String body) {
    }

    /** The threads of a page, oldest first, each with its comments. */
    public List<CommentThread> onPage(long communityId, String path) {
        List<Row> threads = db.sql("select * from comments.threads where community_id = ? and page_path = ? order by id")
                .params(communityId, path).query(Comments::row).list();
        return withComments(threads);
    }

    public Optional<CommentThread> thread(long threadId) {
        List<Row> threads = db.sql("select * from comments.threads where id = ?").param(threadId).query(Comments::row).list();
        return withComments(threads).stream().findFirst();
    }

    /** The thread a comment belongs to. */
    public Optional<CommentThread> threadOf(long commentId) {
        return db.sql("select thread_id from comments.comments where id = ?").param(commentId).query(Long.class).optional()
                .flatMap(this::thread);
    }

    /** The comment's text when it is visible, with its community and page. */
    public Optional<Indexable> indexable(long commentId) {
        return db.sql(INDEXABLE + " and c.id = ?").param(commentId).query(Comments::indexable).optional();
    }

    /** The visible comments on a page. */
    public List<Indexable> visibleOn(long communityId, String path) {
        return db.sql(INDEXABLE + " and t.community_id = ? and t.page_path = ? order by c.id")
                .params(communityId, path).query(Comments::indexable).list();
    }

    /** Every visible comment of a community, for rebuilding an index. */
    public List<Indexable> visibleIn(long communityId) {
        return db.sql(INDEXABLE + " and t.community_id = ? order by c.id").param(communityId).query(Comments::indexable).list();
    }

    /** The accounts a comment mentions. */
    public List<Long> mentions(long commentId) {
        return db.sql("select account_id from comments.mentions where comment_id = ? order by account_id")
                .param(commentId).query(Long.class).list();
    }

    private record Row(long id, long communityId, String path, long startedBy, Instant resolvedAt, Long resolvedBy) {
    }

    private record CommentRow(long id, long threadId, long authorId, String body, Instant createdAt, Instant editedAt,
                              boolean deleted, boolean hidden) {
    }

    private List<CommentThread> withComments(List<Row> threads) {
        if (threads.isEmpty()) {
            return List.of();
        }
        List<Long> ids = threads.stream().map(Row::id).toList();
        List<CommentRow> rows = db.sql("""
                        select id, thread_id, author_id, body, created_at, edited_at, deleted_at is not null, hidden_at is not null
                          from comments.comments where thread_id = any(?) order by id""")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> new CommentRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), rs.getBoolean(7), rs.getBoolean(8)))
                .list();
        Map<Long, List<Long>> mentions = new HashMap<>();
        db.sql("select m.comment_id, m.account_id from comments.mentions m join comments.comments c on c.id = m.comment_id "
                        + "where c.thread_id = any(?) order by m.account_id")
                .param(ids.toArray(Long[]::new))
                .query(rs -> {
                    mentions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        Set<Long> people = new HashSet<>();
        rows.forEach(r -> people.add(r.authorId()));
        threads.forEach(t -> {
            if (t.resolvedBy() != null) {
                people.add(t.resolvedBy());
            }
        });
        Map<Long, String> names = names(people);
        Map<Long, List<Comment>> byThread = new LinkedHashMap<>();
        for (CommentRow r : rows) {
            Comment.State state = r.hidden() ? Comment.State.HIDDEN : r.deleted() ? Comment.State.DELETED : Comment.State.VISIBLE;
            byThread.computeIfAbsent(r.threadId(), k -> new ArrayList<>()).add(new Comment(r.id(), r.threadId(), r.authorId(),
                    names.getOrDefault(r.authorId(), "Former member"), state == Comment.State.VISIBLE ? r.body() : null, state,
                    r.createdAt(), r.editedAt(), state == Comment.State.VISIBLE ? mentions.getOrDefault(r.id(), List.of()) : List.of()));
        }
        return threads.stream().map(t -> new CommentThread(t.id(), t.communityId(), t.path(), t.startedBy(), t.resolvedAt(),
                t.resolvedBy() == null ? null : names.getOrDefault(t.resolvedBy(), "Former member"),
                byThread.getOrDefault(t.id(), List.of()))).toList();
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (Account account : accounts.byIds(ids)) {
            names.put(account.id(), account.displayName());
        }
        return names;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long resolvedBy = rs.getLong("resolved_by");
        Long resolver = rs.wasNull() ? null : resolvedBy;
        return new Row(rs.getLong("id"), rs.getLong("community_id"), rs.getString("page_path"), rs.getLong("started_by"),
                instant(rs.getTimestamp("resolved_at")), resolver);
    }

    private static Indexable indexable(ResultSet rs, int n) throws SQLException {
        return new Indexable(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
