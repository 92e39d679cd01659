package org.statcommons.surveys;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Questions of waves with their options and items ({@code surveys.questions}, {@code options}, {@code items}): the
 * parts of one question are written together. Read whole by {@link Questionnaires}.
 */
@Repository
class Questions {

    /** A question's fields as the builder checked them. */
    record Fields(
            String code,
            QuestionKind kind,
            String text,
            String help,
            boolean required,
            Integer scalePoints,
            BigDecimal min,
            BigDecimal max,
            Condition condition) {}

    /** An option's or an item's code and label, in order. */
    record Choice(String code, String label) {}

    private final JdbcClient db;

    Questions(JdbcClient db) {
        this.db = db;
    }

    /** Adds a question after the section's last one. */
    long append(long waveId, long sectionId, Fields fields) {
        return db.sql("""
                        insert into surveys.questions (wave_id, section_id, position, code, kind, text, help, required,
                            scale_points, min_value, max_value, condition_code, condition_option)
                        values (?, ?, (select coalesce(max(position), 0) + 1 from surveys.questions where section_id = ?),
                            ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(
                        waveId,
                        sectionId,
                        sectionId,
                        fields.code(),
                        fields.kind().name(),
                        fields.text(),
                        fields.help(),
                        fields.required(),
                        fields.scalePoints(),
                        fields.min(),
                        fields.max(),
                        fields.condition() == null ? null : fields.condition().questionCode(),
                        fields.condition() == null ? null : fields.condition().optionCode())
                .query(Long.class)
                .single();
    }

    void update(long id, Fields fields) {
        db.sql("""
                        update surveys.questions set code = ?, kind = ?, text = ?, help = ?, required = ?,
                            scale_points = ?, min_value = ?, max_value = ?, condition_code = ?, condition_option = ?
                        where id = ?""")
                .params(
                        fields.code(),
                        fields.kind().name(),
                        fields.text(),
                        fields.help(),
                        fields.required(),
                        fields.scalePoints(),
                        fields.min(),
                        fields.max(),
                        fields.condition() == null ? null : fields.condition().questionCode(),
                        fields.condition() == null ? null : fields.condition().optionCode(),
                        id)
                .update();
    }

    /** Puts questions in this order, moving each into the section given with it. */
    void place(long waveId, List<Placement> placements) {
        for (Placement p : placements) {
            db.sql("update surveys.questions set section_id = ?, position = ? where id = ? and wave_id = ?")
                    .params(p.sectionId(), p.position(), p.questionId(), waveId)
                    .update();
        }
    }

    /** Where one question goes. */
    record Placement(long questionId, long sectionId, int position) {}

    /** Hides a question from new respondents, keeping it for the answers given. */
    void remove(long id, Instant at) {
        db.sql("update surveys.questions set removed_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    void restore(long id) {
        db.sql("update surveys.questions set removed_at = null where id = ?")
                .param(id)
                .update();
    }

    /** Deletes a question no one has answered, with its options and items. */
    void delete(long id) {
        db.sql("delete from surveys.questions where id = ?").param(id).update();
    }

    /**
     * Makes a question's options these, in this order: an option whose code is kept keeps its row (its label and place
     * change), a new code is added, and a code no longer listed is removed, softly when {@code keepRemoved} (answers
     * exist) and for good otherwise.
     */
    void setOptions(long questionId, List<Choice> choices, boolean keepRemoved, Instant at) {
        setChoices("surveys.options", questionId, choices, keepRemoved, at);
    }

    /** The same for a matrix's items. */
    void setItems(long questionId, List<Choice> choices, boolean keepRemoved, Instant at) {
        setChoices("surveys.items", questionId, choices, keepRemoved, at);
    }

    private void setChoices(String table, long questionId, List<Choice> choices, boolean keepRemoved, Instant at) {
        List<String> codes = choices.stream()
                .map(c -> c.code().toLowerCase(java.util.Locale.ROOT))
                .toList();
        String[] kept = codes.toArray(String[]::new);
        if (keepRemoved) {
            db.sql("update " + table + " set removed_at = ? where question_id = ? and removed_at is null"
                            + " and lower(code) <> all (?)")
                    .params(Timestamp.from(at), questionId, kept)
                    .update();
        } else {
            db.sql("delete from " + table + " where question_id = ? and lower(code) <> all (?)")
                    .params(questionId, kept)
                    .update();
        }
        for (int i = 0; i < choices.size(); i++) {
            Choice choice = choices.get(i);
            db.sql("insert into " + table + " (question_id, position, code, label) values (?, ?, ?, ?)"
                            + " on conflict (question_id, lower(code)) do update set position = excluded.position,"
                            + " code = excluded.code, label = excluded.label, removed_at = null")
                    .params(questionId, i + 1, choice.code(), choice.label())
                    .update();
        }
    }
}
