package org.statcommons.data.ingest;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.Text;

/**
 * The disclosure check of each draft release ({@code data.disclosure_checks}) and the cells it suppressed
 * ({@code data.disclosure_suppressions}): the publisher's report. The figures count every cell; the first
 * {@value #KEPT} suppressed cells are kept for the page.
 */
@Repository
class DisclosureChecks {

    static final int KEPT = 1000;

    private final JdbcClient db;
    private final JdbcTemplate jdbc;

    DisclosureChecks(JdbcClient db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    void save(DisclosureCheck check) {
        db.sql("delete from data.disclosure_checks where release_id = ?")
                .param(check.releaseId())
                .update();
        Text refusal = check.refusal();
        DisclosureCheck.RecordFigures r = check.records();
        db.sql("""
                        insert into data.disclosure_checks (release_id, upload_id, passed, refusal_key, refusal_args,
                            tables, non_empty, primaries, secondaries, checked_by, checked_at, records, classes,
                            rare_classes, k_anonymity, quasi_identifiers, suppressed_values, dropped)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        check.releaseId(),
                        check.uploadId(),
                        check.passed(),
                        refusal == null ? null : refusal.key(),
                        refusal == null ? new String[0] : strings(refusal),
                        check.tables(),
                        check.nonEmpty(),
                        check.primaries(),
                        check.secondaries(),
                        check.checkedBy(),
                        Timestamp.from(check.checkedAt()),
                        r == null ? null : r.records(),
                        r == null ? null : r.classes(),
                        r == null ? null : r.rareClasses(),
                        r == null ? null : r.k(),
                        r == null ? null : r.quasiIdentifiers().toArray(String[]::new),
                        r == null ? null : r.suppressed().toArray(Long[]::new),
                        r == null ? null : r.dropped().toArray(String[]::new))
                .update();
        List<Object[]> rows = new ArrayList<>();
        for (DisclosureCheck.SuppressedCell cell : check.cells()) {
            rows.add(new Object[] {
                check.releaseId(),
                rows.size(),
                cell.period(),
                cell.measure(),
                cell.label(),
                cell.primary(),
                cell.status(),
                cell.reason().key(),
                strings(cell.reason())
            });
        }
        // the report's cells (at most KEPT) in one batch, not a round trip each
        jdbc.batchUpdate("""
                insert into data.disclosure_suppressions (release_id, position, period, measure, label, is_primary,
                    conf_status, reason_key, reason_args)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    /** The release's check with its first {@code limit} suppressed cells. */
    Optional<DisclosureCheck> of(long releaseId, int limit) {
        List<DisclosureCheck.SuppressedCell> cells = db.sql("""
                        select period, measure, label, is_primary, conf_status, reason_key, reason_args
                        from data.disclosure_suppressions where release_id = ? order by position limit ?""")
                .params(releaseId, limit)
                .query((rs, n) -> new DisclosureCheck.SuppressedCell(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getString(5),
                        text(rs.getString(6), rs.getArray(7))))
                .list();
        return db.sql("select * from data.disclosure_checks where release_id = ?")
                .param(releaseId)
                .query((rs, n) -> new DisclosureCheck(
                        rs.getLong("release_id"),
                        rs.getLong("upload_id"),
                        rs.getBoolean("passed"),
                        rs.getString("refusal_key") == null
                                ? null
                                : text(rs.getString("refusal_key"), rs.getArray("refusal_args")),
                        rs.getInt("tables"),
                        rs.getLong("non_empty"),
                        rs.getLong("primaries"),
                        rs.getLong("secondaries"),
                        rs.getString("checked_by"),
                        rs.getTimestamp("checked_at").toInstant(),
                        cells,
                        rs.getObject("records") == null
                                ? null
                                : new DisclosureCheck.RecordFigures(
                                        rs.getLong("records"),
                                        rs.getLong("classes"),
                                        rs.getLong("rare_classes"),
                                        rs.getInt("k_anonymity"),
                                        Arrays.asList((String[])
                                                rs.getArray("quasi_identifiers").getArray()),
                                        Arrays.asList((Long[])
                                                rs.getArray("suppressed_values").getArray()),
                                        Arrays.asList((String[])
                                                rs.getArray("dropped").getArray()))))
                .optional();
    }

    private static String[] strings(Text text) {
        return text.args().stream().map(String::valueOf).toArray(String[]::new);
    }

    private static Text text(String key, java.sql.Array args) throws java.sql.SQLException {
        return Text.of(key, Arrays.stream((String[]) args.getArray()).toArray());
    }
}
