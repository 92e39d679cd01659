package org.statcommons.decisions;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The options of a ranked choice, a score or a poll (table {@code decisions.options}), known by position. */
@Repository
class DecisionOptions {

    private final JdbcClient db;

    DecisionOptions(JdbcClient db) {
        this.db = db;
    }

    void insert(long decisionId, List<String> labels) {
        if (labels.isEmpty()) {
            return;
        }
        db.sql("""
                        insert into decisions.options (decision_id, position, label)
                        select ?, p - 1, l from unnest(?::text[]) with ordinality as o(l, p)""").params(decisionId, labels.toArray(String[]::new)).update();
    }

    /** The labels in the proposer's order (position 0 first). */
    List<String> of(long decisionId) {
        return db.sql("select label from decisions.options where decision_id = ? order by position")
                .param(decisionId)
                .query(String.class)
                .list();
    }
}
