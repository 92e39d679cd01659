package org.statcommons.academy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organisations' self-assessments and their levels (schema {@code academy}). */
@Repository
class Assessments {

    /** One assessed item of an organisation's latest assessment, as the gap map reads them. */
    record Row(long organisationId, String item, Integer current, Integer target) {}

    /** An assessment on record: its framework and year. */
    record Held(String framework, int year, Instant assessedAt) {}

    private final JdbcClient db;

    Assessments(JdbcClient db) {
        this.db = db;
    }

    Optional<Assessment> find(long organisationId, long frameworkId, int year) {
        Optional<Assessment> found = db.sql("""
                        select id, assessed_by, assessed_at from academy.assessments
                        where organisation_id = ? and framework_id = ? and year = ?""")
                .params(organisationId, frameworkId, year)
                .query((row, n) -> new Assessment(
                        row.getLong("id"),
                        organisationId,
                        frameworkId,
                        year,
                        row.getLong("assessed_by"),
                        row.getTimestamp("assessed_at").toInstant(),
                        Map.of()))
                .optional();
        return found.map(a -> {
            Map<String, Assessment.Levels> levels = new LinkedHashMap<>();
            db.sql("select item_code, current_level, target_level from academy.assessment_levels"
                            + " where assessment_id = ? order by item_code")
                    .param(a.id())
                    .query(row -> {
                        levels.put(
                                row.getString("item_code"),
                                new Assessment.Levels((Integer) row.getObject("current_level", Integer.class), (Integer)
                                        row.getObject("target_level", Integer.class)));
                    });
            return new Assessment(
                    a.id(), organisationId, frameworkId, year, a.assessedBy(), a.assessedAt(), Map.copyOf(levels));
        });
    }

    /** Saves the year's assessment whole: a second save of the same year replaces its levels. */
    void save(
            long organisationId,
            long frameworkId,
            int year,
            long assessedBy,
            Instant at,
            Map<String, Assessment.Levels> levels) {
        long id = db.sql("""
                        insert into academy.assessments (organisation_id, framework_id, year, assessed_by, assessed_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (organisation_id, framework_id, year)
                        do update set assessed_by = excluded.assessed_by, assessed_at = excluded.assessed_at
                        returning id""")
                .params(organisationId, frameworkId, year, assessedBy, Timestamp.from(at))
                .query(Long.class)
                .single();
        db.sql("delete from academy.assessment_levels where assessment_id = ?")
                .param(id)
                .update();
        for (Map.Entry<String, Assessment.Levels> item : levels.entrySet()) {
            db.sql("insert into academy.assessment_levels (assessment_id, item_code, current_level, target_level)"
                            + " values (?, ?, ?, ?)")
                    .params(
                            id,
                            item.getKey(),
                            item.getValue().current(),
                            item.getValue().target())
                    .update();
        }
    }

    /** An organisation's assessments, newest year first. */
    List<Held> ofOrganisation(long organisationId) {
        return db.sql("""
                        select f.code, a.year, a.assessed_at from academy.assessments a
                        join academy.frameworks f on f.id = a.framework_id
                        where a.organisation_id = ? order by a.year desc, f.code""")
                .param(organisationId)
                .query((row, n) -> new Held(
                        row.getString("code"),
                        row.getInt("year"),
                        row.getTimestamp("assessed_at").toInstant()))
                .list();
    }

    /** Each organisation's latest assessment of the framework, its items one row each. */
    List<Row> latest(long frameworkId) {
        List<Row> rows = new ArrayList<>();
        db.sql("""
                        with latest as (
                            select distinct on (organisation_id) id, organisation_id from academy.assessments
                            where framework_id = ? order by organisation_id, year desc)
                        select l.organisation_id, v.item_code, v.current_level, v.target_level
                        from latest l join academy.assessment_levels v on v.assessment_id = l.id""").param(frameworkId).query(row -> {
            rows.add(new Row(
                    row.getLong("organisation_id"),
                    row.getString("item_code"),
                    (Integer) row.getObject("current_level", Integer.class),
                    (Integer) row.getObject("target_level", Integer.class)));
        });
        return rows;
    }
}
