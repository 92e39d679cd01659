package org.statcommons.surveys;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sections of waves ({@code surveys.sections}), written here and read whole by {@link Questionnaires}. */
@Repository
class Sections {

    private final JdbcClient db;

    Sections(JdbcClient db) {
        this.db = db;
    }

    /** Adds a section after the wave's last one. */
    long append(long waveId, String title, String description) {
        return db.sql("""
                        insert into surveys.sections (wave_id, position, title, description)
                        values (?, (select coalesce(max(position), 0) + 1 from surveys.sections where wave_id = ?), ?, ?)
                        returning id""")
                .params(waveId, waveId, title, description)
                .query(Long.class)
                .single();
    }

    void update(long id, String title, String description) {
        db.sql("update surveys.sections set title = ?, description = ? where id = ?")
                .params(title, description, id)
                .update();
    }

    /** Puts the wave's sections in this order (ids of all of them, checked by the caller). */
    void reorder(long waveId, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            db.sql("update surveys.sections set position = ? where id = ? and wave_id = ?")
                    .params(i + 1, ids.get(i), waveId)
                    .update();
        }
    }

    void delete(long id) {
        db.sql("delete from surveys.sections where id = ?").param(id).update();
    }
}
