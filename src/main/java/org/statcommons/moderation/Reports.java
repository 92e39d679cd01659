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
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading the queue: entries with their flags counted by reason, and the decisions taken. */
@Repository
class Reports {

    private static final String COLUMNS = """
            r.id, r.item, r.community_id, r.author_id, r.author_name, r.title, r.excerpt, r.link, r.status, r.outcome,
            r.opened_at, r.last_flagged_at, r.closed_at, (select count(*) from moderation.flags f where f.report_id = r.id) as flags""";

    private final JdbcClient db;

    Reports(JdbcClient db) {
        this.db = db;
    }

    /** A note a flagger wrote, with their reason. */
    record Note(FlagReason reason, String text) {
    }

    /**
     * One entry of the queue.
     *
     * @param communityId null for an item bound to no community (a profile)
     * @param reasons     how many flags gave each reason
     */
    record Report(long id, String item, Long communityId, Long authorId, String authorName, String title, String excerpt,
                  String link, boolean open, String outcome, Instant openedAt, Instant lastFlaggedAt, Instant closedAt,
                  int count, Map<FlagReason, Integer> reasons, List<Note> notes) {

        String kind() {
            return item.substring(0, item.indexOf(':'));
        }
    }

    /** One decision, as the report page lists them. */
    record Decision(long id, String kind, String reason, Integer days, long decidedBy, Instant at) {
    }

    /** Open entries of a community (or, with null, those bound to no community), most recently flagged first. */
    List<Report> open(Long communityId, int limit) {
        List<Report> found = db.sql("select " + COLUMNS + " from moderation.reports r where r.status = 'OPEN' and "
                        + (communityId == null ? "r.community_id is null" : "r.community_id = ?")
                        + " order by r.last_flagged_at desc, r.id desc limit " + limit)
                .params(communityId == null ? List.of() : List.of(communityId))
                .query(Reports::row).list();
        return withFlags(found);
    }

    /** The latest closed entries, newest first. */
    List<Report> closed(Long communityId, int limit) {
        List<Report> found = db.sql("select " + COLUMNS + " from moderation.reports r where r.status = 'CLOSED' and "
                        + (communityId == null ? "r.community_id is null" : "r.community_id = ?")
                        + " order by r.closed_at desc, r.id desc limit " + limit)
                .params(communityId == null ? List.of() : List.of(communityId))
                .query(Reports::row).list();
        return withFlags(found);
    }

    Optional<Report> byId(long id) {
        return withFlags(db.sql("select " + COLUMNS + " from moderation.reports r where r.id = ?").param(id)
                .query(Reports::row).list()).stream().findFirst();
    }

    /** The open entry of an item, if any. */
    Optional<Long> openFor(String item) {
        return db.sql("select id from moderation.reports where item = ? and status = 'OPEN'").param(item)
                .query(Long.class).optional();
    }

    /** The decisions on an item, oldest first. */
    List<Decision> decisionsOn(String item) {
        return db.sql("select id, kind, reason, days, decided_by, decided_at from moderation.decisions where item = ? order by id")
                .param(item)
                .query((rs, n) -> new Decision(rs.getLong(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
                        rs.getLong(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** Whether the latest hide-or-restore decision on the item hid it. */
    boolean hiddenByDecision(String item) {
        return db.sql("""
                        select kind = 'HIDE' from moderation.decisions where item = ? and kind in ('HIDE', 'RESTORE')
                        order by id desc limit 1""")
                .param(item).query(Boolean.class).optional().orElse(false);
    }

    private List<Report> withFlags(List<Report> reports) {
        if (reports.isEmpty()) {
            return reports;
        }
        Long[] ids = reports.stream().map(Report::id).toArray(Long[]::new);
        Map<Long, Map<FlagReason, Integer>> reasons = new HashMap<>();
        db.sql("select report_id, reason, count(*) from moderation.flags where report_id = any(?) group by report_id, reason")
                .param(ids)
                .query(rs -> {
                    reasons.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(FlagReason.class))
                            .put(FlagReason.valueOf(rs.getString(2)), rs.getInt(3));
                });
        Map<Long, List<Note>> notes = new HashMap<>();
        db.sql("""
                        select report_id, reason, note from (
                            select report_id, reason, note, row_number() over (partition by report_id order by flagged_at desc) as n
                              from moderation.flags where report_id = any(?) and note <> '') f
                        where n <= 10 order by report_id, n""")
                .param(ids)
                .query(rs -> {
                    notes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Note(FlagReason.valueOf(rs.getString(2)), rs.getString(3)));
                });
        return reports.stream().map(r -> new Report(r.id(), r.item(), r.communityId(), r.authorId(), r.authorName(), r.title(),
                r.excerpt(), r.link(), r.open(), r.outcome(), r.openedAt(), r.lastFlaggedAt(), r.closedAt(), r.count(),
                reasons.getOrDefault(r.id(), Map.of()), notes.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Report row(ResultSet rs, int n) throws SQLException {
        return new Report(rs.getLong("id"), rs.getString("item"), (Long) rs.getObject("community_id"),
                (Long) rs.getObject("author_id"), rs.getString("author_name"), rs.getString("title"), rs.getString("excerpt"),
                rs.getString("link"), "OPEN".equals(rs.getString("status")), rs.getString("outcome"),
                instant(rs.getTimestamp("opened_at")), instant(rs.getTimestamp("last_flagged_at")),
                instant(rs.getTimestamp("closed_at")), rs.getInt("flags"), Map.of(), List.of());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
