package org.statcommons.surveys;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A wave's questions read whole ({@link Questionnaire}): four queries (sections, questions, options, items), whatever
 * the wave's size, for the builder, the respondent's screens, the results and the exports alike.
 */
@Repository
public class Questionnaires {

    private final JdbcClient db;

    Questionnaires(JdbcClient db) {
        this.db = db;
    }

    public Questionnaire of(Survey survey, Wave wave) {
        Map<Long, List<Option>> options = new HashMap<>();
        db.sql("""
                        select o.question_id, o.id, o.position, o.code, o.label, o.removed_at from surveys.options o
                        join surveys.questions q on q.id = o.question_id where q.wave_id = ? order by o.position, o.id""").param(wave.id()).query(rs -> {
            options.computeIfAbsent(rs.getLong("question_id"), k -> new ArrayList<>())
                    .add(new Option(
                            rs.getLong("id"),
                            rs.getInt("position"),
                            rs.getString("code"),
                            rs.getString("label"),
                            instant(rs, "removed_at")));
        });
        Map<Long, List<Item>> items = new HashMap<>();
        db.sql("""
                        select i.question_id, i.id, i.position, i.code, i.label, i.removed_at from surveys.items i
                        join surveys.questions q on q.id = i.question_id where q.wave_id = ? order by i.position, i.id""").param(wave.id()).query(rs -> {
            items.computeIfAbsent(rs.getLong("question_id"), k -> new ArrayList<>())
                    .add(new Item(
                            rs.getLong("id"),
                            rs.getInt("position"),
                            rs.getString("code"),
                            rs.getString("label"),
                            instant(rs, "removed_at")));
        });
        Map<Long, List<Question>> questions = new HashMap<>();
        db.sql("""
                        select id, section_id, position, code, kind, text, help, required, scale_points, min_value,
                            max_value, condition_code, condition_option, removed_at
                        from surveys.questions where wave_id = ? order by position, id""").param(wave.id()).query(rs -> {
            long id = rs.getLong("id");
            int points = rs.getInt("scale_points");
            Integer scalePoints = rs.wasNull() ? null : points;
            String conditionCode = rs.getString("condition_code");
            Condition condition =
                    conditionCode == null ? null : new Condition(conditionCode, rs.getString("condition_option"));
            questions
                    .computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>())
                    .add(new Question(
                            id,
                            rs.getLong("section_id"),
                            rs.getInt("position"),
                            rs.getString("code"),
                            QuestionKind.valueOf(rs.getString("kind")),
                            rs.getString("text"),
                            rs.getString("help"),
                            rs.getBoolean("required"),
                            scalePoints,
                            decimal(rs, "min_value"),
                            decimal(rs, "max_value"),
                            condition,
                            instant(rs, "removed_at"),
                            List.copyOf(options.getOrDefault(id, List.of())),
                            List.copyOf(items.getOrDefault(id, List.of()))));
        });
        List<Section> sections = db.sql("""
                        select id, position, title, description from surveys.sections where wave_id = ?
                        order by position, id""")
                .param(wave.id())
                .query((rs, n) -> new Section(
                        rs.getLong("id"),
                        rs.getInt("position"),
                        rs.getString("title"),
                        rs.getString("description"),
                        List.copyOf(questions.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        return new Questionnaire(survey, wave, sections);
    }

    private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.stripTrailingZeros();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
