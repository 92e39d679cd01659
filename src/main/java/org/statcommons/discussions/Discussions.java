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
import org.springframework.stereotype.Service;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;

/** Reading discussions: a community's list, one discussion with its posts, earlier versions, and what search keeps. */
@Service
public class Discussions {

    static final int PAGE_SIZE = 25;
    static final String FORMER_MEMBER = "Former member";

    private static final String THREADS = """
            select t.id, t.community_id, t.topic_group_id, t.title, t.started_by, t.started_at, t.last_activity_at,
                   t.closed_at, t.pinned_at, t.answer_post_id,
                   (select count(*) - 1 from discussions.posts p where p.thread_id = t.id) as replies,
                   coalesce((select p.hidden_at is not null from discussions.posts p where p.thread_id = t.id
                              order by p.id limit 1), false) as opening_hidden
              from discussions.threads t""";

    private static final String INDEXABLE = """
            select p.id, p.thread_id, t.community_id, p.body, o.id = p.id as opening,
                   case when o.hidden_at is null then t.title else '' end as thread_title
              from discussions.posts p join discussions.threads t on t.id = p.thread_id
              join lateral (select id, hidden_at from discussions.posts where thread_id = t.id order by id limit 1) o on true
             where p.deleted_at is null and p.hidden_at is null""";

    private final JdbcClient db;
    private final Accounts accounts;

    Discussions(JdbcClient db, Accounts accounts) {
        this.db = db;
        this.accounts = accounts;
    }

    /** One page of a community's discussions (or one topic group's): pinned first, then newest activity first. */
    public record Listing(List<Discussion> discussions, int page, boolean more) {
    }

    /**
     * A visible post's text and place, for the search index. {@code threadTitle} is the discussion's title, or
     * empty when its opening post is hidden (the title goes with it).
     */
    public record Indexable(long postId, long threadId, long communityId, String threadTitle, boolean opening, String body) {
    }

    public Listing list(long communityId, Long topicGroupId, int page) {
        int from = Math.max(0, page);
        List<Discussion> found = threads(THREADS + " where t.community_id = ?"
                        + (topicGroupId == null ? "" : " and t.topic_group_id = ?")
                        + " order by (t.pinned_at is not null) desc, t.last_activity_at desc, t.id desc limit ? offset ?",
                topicGroupId == null ? new Object[] {communityId, PAGE_SIZE + 1, (long) from * PAGE_SIZE}
                        : new Object[] {communityId, topicGroupId, PAGE_SIZE + 1, (long) from * PAGE_SIZE});
        return new Listing(found.subList(0, Math.min(found.size(), PAGE_SIZE)), from, found.size() > PAGE_SIZE);
    }

    public Optional<Discussion> byId(long threadId) {
        return threads(THREADS + " where t.id = ?", threadId).stream().findFirst();
    }

    /** The discussion a post belongs to. */
    public Optional<Discussion> ofPost(long postId) {
        return db.sql("select thread_id from discussions.posts where id = ?").param(postId).query(Long.class).optional()
                .flatMap(this::byId);
    }

    /** The posts of a discussion, the opening post first. */
    public List<Post> posts(long threadId) {
        List<PostRow> rows = db.sql("""
                        select id, thread_id, author_id, body, quotes_post_id, version, created_at, edited_at,
                               deleted_at is not null, hidden_at is not null
                          from discussions.posts where thread_id = ? order by id""")
                .param(threadId).query(Discussions::postRow).list();
        Map<Long, List<Long>> mentions = new HashMap<>();
        db.sql("""
                        select m.post_id, m.account_id from discussions.mentions m join discussions.posts p on p.id = m.post_id
                         where p.thread_id = ? order by m.account_id""")
                .param(threadId)
                .query(rs -> {
                    mentions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        Set<Long> authors = new HashSet<>();
        rows.forEach(r -> authors.add(r.authorId()));
        Map<Long, String> names = names(authors);
        return rows.stream().map(r -> r.post(names, mentions.getOrDefault(r.id(), List.of()))).toList();
    }

    public Optional<Post> post(long postId) {
        return db.sql("select thread_id from discussions.posts where id = ?").param(postId).query(Long.class).optional()
                .flatMap(thread -> posts(thread).stream().filter(p -> p.id() == postId).findFirst());
    }

    /** The earlier versions of a post, newest first. */
    public List<PostVersion> versions(long postId) {
        return db.sql("""
                        select post_id, version, title, body, written_at, replaced_at from discussions.post_versions
                         where post_id = ? order by version desc""")
                .param(postId)
                .query((rs, n) -> new PostVersion(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .list();
    }

    /** The post's text when it is visible, with its place. */
    public Optional<Indexable> indexable(long postId) {
        return db.sql(INDEXABLE + " and p.id = ?").param(postId).query(Discussions::indexable).optional();
    }

    /** Every visible post of a community, for rebuilding an index. */
    public List<Indexable> visibleIn(long communityId) {
        return db.sql(INDEXABLE + " and t.community_id = ? order by p.id").param(communityId).query(Discussions::indexable).list();
    }

    /** The title search shows for a discussion's posts: empty while its opening post is hidden. */
    public String indexableTitle(long threadId) {
        return byId(threadId).filter(d -> !d.openingHidden()).map(Discussion::title).orElse("");
    }

    /** The accounts a post mentions. */
    public Set<Long> mentions(long postId) {
        return new HashSet<>(db.sql("select account_id from discussions.mentions where post_id = ?").param(postId)
                .query(Long.class).list());
    }

    private List<Discussion> threads(String sql, Object... params) {
        List<Discussion> rows = db.sql(sql).params(params).query(Discussions::discussion).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, String> names = names(rows.stream().map(Discussion::startedBy).toList());
        return rows.stream().map(d -> new Discussion(d.id(), d.communityId(), d.topicGroupId(), d.title(), d.startedBy(),
                names.getOrDefault(d.startedBy(), FORMER_MEMBER), d.startedAt(), d.lastActivityAt(), d.closedAt(), d.pinnedAt(),
                d.answerPostId(), d.replies(), d.openingHidden())).toList();
    }

    private Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        for (Account account : accounts.byIds(ids)) {
            names.put(account.id(), account.displayName());
        }
        return names;
    }

    private static Indexable indexable(ResultSet rs, int n) throws SQLException {
        return new Indexable(rs.getLong("id"), rs.getLong("thread_id"), rs.getLong("community_id"), rs.getString("thread_title"),
                rs.getBoolean("opening"), rs.getString("body"));
    }

    private record PostRow(long id, long threadId, long authorId, String body, Long quotes, int version, Instant createdAt,
                           Instant editedAt, boolean deleted, boolean hidden) {

        Post post(Map<Long, String> names, List<Long> mentions) {
            Post.State state = hidden ? Post.State.HIDDEN : deleted ? Post.State.DELETED : Post.State.VISIBLE;
            return new Post(id, threadId, authorId, names.getOrDefault(authorId, FORMER_MEMBER),
                    state == Post.State.DELETED ? "" : body, state, quotes, version, createdAt, editedAt,
                    state == Post.State.VISIBLE ? mentions : List.of());
        }
    }

    private static PostRow postRow(ResultSet rs, int n) throws SQLException {
        return new PostRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), nullableLong(rs, 5), rs.getInt(6),
                instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getBoolean(9), rs.getBoolean(10));
    }

    private static Discussion discussion(ResultSet rs, int n) throws SQLException {
        return new Discussion(rs.getLong("id"), rs.getLong("community_id"), nullableLong(rs, "topic_group_id"),
                rs.getString("title"), rs.getLong("started_by"), null, instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("last_activity_at")), instant(rs.getTimestamp("closed_at")),
                instant(rs.getTimestamp("pinned_at")), nullableLong(rs, "answer_post_id"), rs.getInt("replies"),
                rs.getBoolean("opening_hidden"));
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
