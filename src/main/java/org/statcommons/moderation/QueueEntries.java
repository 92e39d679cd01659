package org.statcommons.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.ActivityTitle;

/**
 * The entries of the moderators' queues ({@code moderation.reports}), each read with its flags counted by reason
 * and the newest notes of those who flagged it.
 */
@Repository
class QueueEntries {

    private static final String COLUMNS = """
            r.id, r.item, r.community_id, r.author_id, r.author_name, r.title, r.title_key, r.title_arguments, r.excerpt, r.link, r.status, r.outcome,
            r.opened_at, r.last_flagged_at, r.closed_at, (select count(*) from moderation.flags f where f.report_id = r.id) as flags""";

    private final JdbcClient db;

    QueueEntries(JdbcClient db) {
        this.db = db;
    }

    /** Open entries of a community (or, with null, those bound to no community), most recently flagged first. */
    List<QueueEntry> open(Long communityId, int limit) {
        return withFlags(db.sql("select " + COLUMNS + " from moderation.reports r where r.status = 'OPEN' and "
                        + (communityId == null ? "r.community_id is null" : "r.community_id = ?")
                        + " order by r.last_flagged_at desc, r.id desc limit " + limit)
                .params(communityId == null ? List.of() : List.of(communityId))
                .query(QueueEntries::row)
                .list());
    }

    /** The latest closed entries, newest first. */
    List<QueueEntry> closed(Long communityId, int limit) {
        return withFlags(db.sql("select " + COLUMNS + " from moderation.reports r where r.status = 'CLOSED' and "
                        + (communityId == null ? "r.community_id is null" : "r.community_id = ?")
                        + " order by r.closed_at desc, r.id desc limit " + limit)
                .params(communityId == null ? List.of() : List.of(communityId))
                .query(QueueEntries::row)
                .list());
    }

    Optional<QueueEntry> byId(long id) {
        return withFlags(db.sql("select " + COLUMNS + " from moderation.reports r where r.id = ?")
                        .param(id)
                        .query(QueueEntries::row)
                        .list())
                .stream()
                .findFirst();
    }

    /** The entry, which must be in the community's queue: "not found" otherwise, as for one that does not exist. */
    QueueEntry inCommunity(Community community, long id) {
        return inQueue(community.id(), id);
    }

    /** The entry, which must be in the administrators' queue (bound to no community). */
    QueueEntry inAdministratorsQueue(long id) {
        return inQueue(null, id);
    }

    private QueueEntry inQueue(Long communityId, long id) {
        return byId(id).filter(entry -> Objects.equals(entry.communityId(), communityId))
                .orElseThrow(() -> new NotFoundException(
                        communityId == null
                                ? Text.of("moderation.entry.not-found.administrators")
                                : Text.of("moderation.entry.not-found.community")));
    }

    /** Locks the entry's row until the transaction ends (two decisions on it never cross), then reads it. */
    QueueEntry lock(long id) {
        db.sql("select id from moderation.reports where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
        return byId(id).orElseThrow(() -> new NotFoundException(Text.of("moderation.entry.not-found")));
    }

    /** The open entry of an item, if any. */
    Optional<Long> openFor(String item) {
        return db.sql("select id from moderation.reports where item = ? and status = 'OPEN'")
                .param(item)
                .query(Long.class)
                .optional();
    }

    /**
     * The item's open entry with the copy of what it says now, opened at {@code at} if there was none; returns its id.
     *
     * @param communityId null for an item bound to no community
     */
    long flagged(ModeratedContent.FlaggedItem item, Long communityId, Instant at) {
        Timestamp when = Timestamp.from(at);
        return db.sql("""
                        insert into moderation.reports (item, community_id, author_id, author_name, title, title_key,
                                                        title_arguments, excerpt, link, opened_at, last_flagged_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (item) where status = 'OPEN' do update set author_name = excluded.author_name,
                            title = excluded.title, title_key = excluded.title_key,
                            title_arguments = excluded.title_arguments, excerpt = excluded.excerpt, link = excluded.link,
                            last_flagged_at = excluded.last_flagged_at
                        returning id""")
                .params(
                        item.item().key(),
                        communityId,
                        item.authorId(),
                        item.authorName(),
                        item.title(),
                        item.titleText() == null ? null : item.titleText().key(),
                        ActivityTitle.arguments(item.titleText()),
                        item.excerpt(),
                        item.link(),
                        when,
                        when)
                .query(Long.class)
                .single();
    }

    /** Closes the entry with the outcome of the first decision on it; a closed entry keeps its first closing. */
    void close(long id, DecisionKind kind, long by, Instant at) {
        db.sql("""
                        update moderation.reports set status = 'CLOSED', outcome = ?, closed_at = coalesce(closed_at, ?),
                            closed_by = coalesce(closed_by, ?)
                        where id = ?""").params(kind.outcome(), Timestamp.from(at), by, id).update();
    }

    private List<QueueEntry> withFlags(List<QueueEntry> entries) {
        if (entries.isEmpty()) {
            return entries;
        }
        Long[] ids = entries.stream().map(QueueEntry::id).toArray(Long[]::new);
        Map<Long, Map<FlagReason, Integer>> reasons = new HashMap<>();
        db.sql(
                        "select report_id, reason, count(*) from moderation.flags where report_id = any(?) group by report_id, reason")
                .param(ids)
                .query(rs -> {
                    reasons.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(FlagReason.class))
                            .put(FlagReason.valueOf(rs.getString(2)), rs.getInt(3));
                });
        Map<Long, List<QueueEntry.Note>> notes = new HashMap<>();
        db.sql("""
                        select report_id, reason, note from (
                            select report_id, reason, note, row_number() over (partition by report_id order by flagged_at desc) as n
                              from moderation.flags where report_id = any(?) and note <> '') f
                        where n <= 10 order by report_id, n""").param(ids).query(rs -> {
            notes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new QueueEntry.Note(FlagReason.valueOf(rs.getString(2)), rs.getString(3)));
        });
        return entries.stream()
                .map(e -> e.withFlags(reasons.getOrDefault(e.id(), Map.of()), notes.getOrDefault(e.id(), List.of())))
                .toList();
    }

    private static QueueEntry row(ResultSet rs, int n) throws SQLException {
        return new QueueEntry(
                rs.getLong("id"),
                rs.getString("item"),
                (Long) rs.getObject("community_id"),
                (Long) rs.getObject("author_id"),
                rs.getString("author_name"),
                rs.getString("title"),
                ActivityTitle.stored(rs.getString("title_key"), rs.getString("title_arguments")),
                rs.getString("excerpt"),
                rs.getString("link"),
                "OPEN".equals(rs.getString("status")),
                rs.getString("outcome"),
                instant(rs.getTimestamp("opened_at")),
                instant(rs.getTimestamp("last_flagged_at")),
                instant(rs.getTimestamp("closed_at")),
                rs.getInt("flags"),
                Map.of(),
                List.of());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
