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
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.KeptAnswers;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.database.ServerSignals;
import org.statcommons.platform.i18n.Language;

/**
 * The comment threads of pages ({@code comments.threads}), each read with its comments and the people they
 * mention: a thread is what the screens and the API show.
 * <p>
 * Every view of a page asks for its threads, so a page's rows (threads, comments, mentions) are kept in memory
 * ({@link KeptAnswers}), each page's forgotten by every write here and in {@link Comments} that changes them, on
 * this server and, through {@link ServerSignals}, on the others; the authors' names are looked up for each answer
 * (a rename needs no telling). {@code statcommons.comment-threads.keep-in-memory=false} reads them every time.
 */
@Repository
class CommentThreads {

    /** Pages whose rows are kept; past it all are forgotten (a page's rows are a few KB). */
    private static final int PAGES_KEPT = 5_000;

    private final JdbcClient db;
    private final Accounts accounts;

    /** A page (or a subject's key) of a community. */
    record Place(long communityId, String path) {}

    /** A page's threads as read, before the names of their people are put in. */
    private record Read(List<Row> threads, List<CommentRow> comments, Map<Long, List<Long>> mentions) {}

    private static final Read NONE = new Read(List.of(), List.of(), Map.of());

    private final KeptAnswers<Place, Read> kept;

    CommentThreads(
            JdbcClient db,
            Accounts accounts,
            @Value("${statcommons.comment-threads.keep-in-memory:true}") boolean keepInMemory,
            ServerSignals signals) {
        this.db = db;
        this.accounts = accounts;
        this.kept = new KeptAnswers<>(PAGES_KEPT, keepInMemory, signals, "comment-threads");
    }

    /** The threads of a page (or at a subject's key, {@code dataset:12}), oldest first, each with its comments. */
    List<CommentThread> onPage(long communityId, String path) {
        return named(kept.get(
                new Place(communityId, path),
                () -> read(db.sql("select * from comments.threads where community_id = ? and page_path = ? order by id")
                        .params(communityId, path)
                        .query(CommentThreads::row)
                        .list())));
    }

    /** What is kept of these pages is read again (a write of their threads, comments or mentions). */
    void forget(Collection<Place> places) {
        places.forEach(kept::forget);
    }

    Optional<CommentThread> byId(long threadId) {
        return withComments(db.sql("select * from comments.threads where id = ?")
                        .param(threadId)
                        .query(CommentThreads::row)
                        .list())
                .stream()
                .findFirst();
    }

    /** The thread a comment belongs to. */
    Optional<CommentThread> ofComment(long commentId) {
        return db.sql("select thread_id from comments.comments where id = ?")
                .param(commentId)
                .query(Long.class)
                .optional()
                .flatMap(this::byId);
    }

    /** The thread, which must be on a page of this community: "not found" otherwise. */
    CommentThread inCommunity(Community community, long threadId) {
        return byId(threadId)
                .filter(t -> t.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException(Text.of("comments.no-thread")));
    }

    /** The thread of a comment on a page of this community: "not found" otherwise. */
    CommentThread ofCommentIn(Community community, long commentId) {
        return ofComment(commentId)
                .filter(t -> t.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException(Text.of("comments.no-comment")));
    }

    /** A new thread on the page, or (with {@code passage}) on one of its passages. */
    long insert(long communityId, String path, long startedBy, Instant at, PassageAnchor passage) {
        kept.forget(new Place(communityId, path));
        return db.sql("""
                        insert into comments.threads
                               (community_id, page_path, started_by, started_at, passage_text, passage_hash, passage_index)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        communityId,
                        path,
                        startedBy,
                        Timestamp.from(at),
                        passage == null ? null : passage.text(),
                        passage == null ? null : passage.hash(),
                        passage == null ? null : passage.number())
                .query(Long.class)
                .single();
    }

    /** Resolved by someone at a time, or (by null) open again. */
    void resolve(long threadId, Long by, Instant at) {
        JdbcClient.StatementSpec update = by != null
                ? db.sql("""
                                update comments.threads set resolved_at = ?, resolved_by = ? where id = ? and resolved_at is null
                                returning community_id, page_path""").params(Timestamp.from(at), by, threadId)
                : db.sql("""
                                update comments.threads set resolved_at = null, resolved_by = null where id = ?
                                returning community_id, page_path""").param(threadId);
        forget(update.query(CommentThreads::place).list());
    }

    /** The page (or subject) of each row, from its {@code community_id} and {@code page_path}. */
    static Place place(ResultSet rs, int n) throws SQLException {
        return new Place(rs.getLong("community_id"), rs.getString("page_path"));
    }

    /** The page moved: its threads move with it. */
    void move(long communityId, String oldPath, String newPath) {
        forget(List.of(new Place(communityId, oldPath), new Place(communityId, newPath)));
        db.sql("update comments.threads set page_path = ? where community_id = ? and page_path = ?")
                .params(newPath, communityId, oldPath)
                .update();
    }

    /** Everyone who wrote in the thread or started it. */
    Set<Long> participants(long threadId) {
        return new HashSet<>(
                db.sql("""
                        select author_id from comments.comments where thread_id = ?
                        union select started_by from comments.threads where id = ?""").params(threadId, threadId).query(Long.class).list());
    }

    private record Row(
            long id,
            long communityId,
            String path,
            long startedBy,
            Instant resolvedAt,
            Long resolvedBy,
            PassageAnchor passage) {}

    private record CommentRow(
            long id,
            long threadId,
            long authorId,
            String body,
            Instant createdAt,
            Instant editedAt,
            boolean deleted,
            boolean hidden) {}

    private List<CommentThread> withComments(List<Row> threads) {
        return named(read(threads));
    }

    /** The threads' comments and mentions, read. */
    private Read read(List<Row> threads) {
        if (threads.isEmpty()) {
            return NONE;
        }
        Long[] ids = threads.stream().map(Row::id).toArray(Long[]::new);
        List<CommentRow> rows = db.sql("""
                        select id, thread_id, author_id, body, created_at, edited_at, deleted_at is not null, hidden_at is not null
                          from comments.comments where thread_id = any(?) order by id""")
                .param(ids)
                .query((rs, n) -> new CommentRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)),
                        rs.getBoolean(7),
                        rs.getBoolean(8)))
                .list();
        Map<Long, List<Long>> mentions = new HashMap<>();
        db.sql(
                        "select m.comment_id, m.account_id from comments.mentions m join comments.comments c on c.id = m.comment_id "
                                + "where c.thread_id = any(?) order by m.account_id")
                .param(ids)
                .query(rs -> {
                    mentions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                });
        Map<Long, List<Long>> mentioned = new HashMap<>();
        mentions.forEach((comment, people) -> mentioned.put(comment, List.copyOf(people)));
        return new Read(List.copyOf(threads), List.copyOf(rows), Map.copyOf(mentioned));
    }

    /** The threads with their comments, their people named in the language of the request being answered. */
    private List<CommentThread> named(Read read) {
        List<Row> threads = read.threads();
        List<CommentRow> rows = read.comments();
        Map<Long, List<Long>> mentions = read.mentions();
        if (threads.isEmpty()) {
            return List.of();
        }
        Set<Long> people = new HashSet<>();
        rows.forEach(r -> people.add(r.authorId()));
        threads.stream().map(Row::resolvedBy).filter(id -> id != null).forEach(people::add);
        Map<Long, String> names = accounts.byIds(people).stream()
                .collect(Collectors.toMap(Account::id, Account::displayName, (a, b) -> a));
        Map<Long, List<Comment>> byThread = new LinkedHashMap<>();
        for (CommentRow r : rows) {
            Comment.State state =
                    r.hidden() ? Comment.State.HIDDEN : r.deleted() ? Comment.State.DELETED : Comment.State.VISIBLE;
            byThread.computeIfAbsent(r.threadId(), k -> new ArrayList<>())
                    .add(new Comment(
                            r.id(),
                            r.threadId(),
                            r.authorId(),
                            names.getOrDefault(r.authorId(), formerMember()),
                            state == Comment.State.VISIBLE ? r.body() : null,
                            state,
                            r.createdAt(),
                            r.editedAt(),
                            state == Comment.State.VISIBLE ? mentions.getOrDefault(r.id(), List.of()) : List.of()));
        }
        return threads.stream()
                .map(t -> new CommentThread(
                        t.id(),
                        t.communityId(),
                        t.path(),
                        t.startedBy(),
                        t.resolvedAt(),
                        t.resolvedBy() == null ? null : names.getOrDefault(t.resolvedBy(), formerMember()),
                        byThread.getOrDefault(t.id(), List.of()),
                        t.passage()))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long resolvedBy = rs.getLong("resolved_by");
        Long resolver = rs.wasNull() ? null : resolvedBy;
        String passageText = rs.getString("passage_text");
        PassageAnchor passage = passageText == null
                ? null
                : new PassageAnchor(passageText, rs.getString("passage_hash"), rs.getInt("passage_index"));
        return new Row(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getString("page_path"),
                rs.getLong("started_by"),
                instant(rs.getTimestamp("resolved_at")),
                resolver,
                passage);
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * How an account gone meanwhile is named: in the language of the request being read (English outside one, as
     * in an e-mail), since the name is put in while the rows are read.
     */
    static String formerMember() {
        return Text.of("comments.former-member").in(Language.ofRequest());
    }
}
