package org.statcommons.discussions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * The discussion threads ({@code discussions.threads}): a community's list, one discussion, and the changes to a
 * discussion as a whole. Also what search keeps of the posts ({@link #indexable}, {@link #visibleIn}), the one
 * part of this feature other features read.
 */
@Repository
public class Discussions {

    static final int PAGE_SIZE = 25;

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
    public record Listing(List<Discussion> discussions, int page, boolean more) {}

    /**
     * A visible post's text and place, for the search index. {@code threadTitle} is the discussion's title, or
     * empty when its opening post is hidden (the title goes with it).
     */
    public record Indexable(
            long postId, long threadId, long communityId, String threadTitle, boolean opening, String body) {}

    public Listing list(long communityId, Long topicGroupId, int page) {
        int from = Math.max(0, page);
        List<Discussion> found = threads(
                THREADS + " where t.community_id = ?"
                        + (topicGroupId == null ? "" : " and t.topic_group_id = ?")
                        + " order by (t.pinned_at is not null) desc, t.last_activity_at desc, t.id desc limit ? offset ?",
                topicGroupId == null
                        ? new Object[] {communityId, PAGE_SIZE + 1, (long) from * PAGE_SIZE}
                        : new Object[] {communityId, topicGroupId, PAGE_SIZE + 1, (long) from * PAGE_SIZE});
        return new Listing(found.subList(0, Math.min(found.size(), PAGE_SIZE)), from, found.size() > PAGE_SIZE);
    }

    public Optional<Discussion> byId(long threadId) {
        return threads(THREADS + " where t.id = ?", threadId).stream().findFirst();
    }

    /** The discussion, which must belong to the community: "not found" otherwise, as for one that does not exist. */
    Discussion inCommunity(Community community, long threadId) {
        return byId(threadId)
                .filter(d -> d.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException(Text.of("discussions.not-found")));
    }

    long insert(long communityId, Long topicGroupId, String title, long startedBy, Instant at) {
        return db.sql("""
                        insert into discussions.threads (community_id, topic_group_id, title, started_by, started_at, last_activity_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(communityId, topicGroupId, title, startedBy, Timestamp.from(at), Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** Locks the discussion's row until the transaction ends (a reply and a closing never cross), then reads it. */
    Discussion lock(long threadId) {
        db.sql("select id from discussions.threads where id = ? for update")
                .param(threadId)
                .query(Long.class)
                .single();
        return byId(threadId).orElseThrow();
    }

    void touch(long threadId, Instant at) {
        db.sql("update discussions.threads set last_activity_at = ? where id = ?")
                .params(Timestamp.from(at), threadId)
                .update();
    }

    void retitle(long threadId, String title) {
        db.sql("update discussions.threads set title = ? where id = ?")
                .params(title, threadId)
                .update();
    }

    /** Marks a post as the answer, or with {@code postId} null removes the mark. */
    void markAnswer(long threadId, Long postId, Long markedBy) {
        db.sql("update discussions.threads set answer_post_id = ?, answer_marked_by = ? where id = ?")
                .params(postId, markedBy, threadId)
                .update();
    }

    /** Closes (by someone, at a time) or, with {@code by} null, reopens. */
    void close(long threadId, Long by, Instant at) {
        if (by != null) {
            db.sql("update discussions.threads set closed_at = ?, closed_by = ? where id = ? and closed_at is null")
                    .params(Timestamp.from(at), by, threadId)
                    .update();
        } else {
            db.sql("update discussions.threads set closed_at = null, closed_by = null where id = ?")
                    .param(threadId)
                    .update();
        }
    }

    /** Pins (by someone, at a time) or, with {@code by} null, unpins. */
    void pin(long threadId, Long by, Instant at) {
        if (by != null) {
            db.sql("update discussions.threads set pinned_at = ?, pinned_by = ? where id = ? and pinned_at is null")
                    .params(Timestamp.from(at), by, threadId)
                    .update();
        } else {
            db.sql("update discussions.threads set pinned_at = null, pinned_by = null where id = ?")
                    .param(threadId)
                    .update();
        }
    }

    /** The post's text when it is visible, with its place. */
    public Optional<Indexable> indexable(long postId) {
        return db.sql(INDEXABLE + " and p.id = ?")
                .param(postId)
                .query(Discussions::indexable)
                .optional();
    }

    /** Every visible post of a community, for rebuilding an index. */
    public List<Indexable> visibleIn(long communityId) {
        return db.sql(INDEXABLE + " and t.community_id = ? order by p.id")
                .param(communityId)
                .query(Discussions::indexable)
                .list();
    }

    /** The title search shows for a discussion's posts: empty while its opening post is hidden. */
    public String indexableTitle(long threadId) {
        return byId(threadId)
                .filter(d -> !d.openingHidden())
                .map(Discussion::title)
                .orElse("");
    }

    private List<Discussion> threads(String sql, Object... params) {
        List<Discussion> rows =
                db.sql(sql).params(params).query(Discussions::discussion).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, String> names =
                names(accounts, rows.stream().map(Discussion::startedBy).toList());
        return rows.stream()
                .map(d -> new Discussion(
                        d.id(),
                        d.communityId(),
                        d.topicGroupId(),
                        d.title(),
                        d.startedBy(),
                        names.getOrDefault(d.startedBy(), formerMember()),
                        d.startedAt(),
                        d.lastActivityAt(),
                        d.closedAt(),
                        d.pinnedAt(),
                        d.answerPostId(),
                        d.replies(),
                        d.openingHidden()))
                .toList();
    }

    /** The display names of these accounts (those that still exist). */
    static Map<Long, String> names(Accounts accounts, Collection<Long> ids) {
        return accounts.byIds(ids).stream().collect(Collectors.toMap(Account::id, Account::displayName, (a, b) -> a));
    }

    private static Indexable indexable(ResultSet rs, int n) throws SQLException {
        return new Indexable(
                rs.getLong("id"),
                rs.getLong("thread_id"),
                rs.getLong("community_id"),
                rs.getString("thread_title"),
                rs.getBoolean("opening"),
                rs.getString("body"));
    }

    private static Discussion discussion(ResultSet rs, int n) throws SQLException {
        return new Discussion(
                rs.getLong("id"),
                rs.getLong("community_id"),
                nullableLong(rs, "topic_group_id"),
                rs.getString("title"),
                rs.getLong("started_by"),
                null,
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("last_activity_at")),
                instant(rs.getTimestamp("closed_at")),
                instant(rs.getTimestamp("pinned_at")),
                nullableLong(rs, "answer_post_id"),
                rs.getInt("replies"),
                rs.getBoolean("opening_hidden"));
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * How an account gone meanwhile is named: in the language of the request being read (English outside one, as
     * in an e-mail), since the name is put in while the rows are read.
     */
    static String formerMember() {
        return Text.of("discussions.former-member").in(Language.ofRequest());
    }

    /** Gives the discussions the person started in these communities a new title (removed at their request). */
    List<Long> retitleStartedBy(long personId, Collection<Long> communityIds, String title) {
        return db.sql("""
                        update discussions.threads set title = ? where started_by = ? and community_id = any(?)
                        returning id""")
                .params(title, personId, communityIds.toArray(Long[]::new))
                .query(Long.class)
                .list();
    }
}
