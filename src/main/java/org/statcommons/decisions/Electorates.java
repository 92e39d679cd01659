package org.statcommons.decisions;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who may vote on each decision, as it was when it was proposed (table {@code decisions.eligible}). */
@Repository
class Electorates {

    private final JdbcClient db;

    Electorates(JdbcClient db) {
        this.db = db;
    }

    /** Stores the snapshot in one statement (5,000 people are one round trip); returns how many distinct people. */
    int insert(long decisionId, Collection<Long> accountIds) {
        return db.sql("""
                        insert into decisions.eligible (decision_id, account_id)
                        select ?, a from unnest(?::bigint[]) as a on conflict do nothing""").params(decisionId, accountIds.toArray(Long[]::new)).update();
    }

    boolean eligible(long decisionId, long accountId) {
        return db.sql("select exists (select 1 from decisions.eligible where decision_id = ? and account_id = ?)")
                .params(decisionId, accountId)
                .query(Boolean.class)
                .single();
    }

    /** The eligible people who have not voted yet: whom a reminder is for. */
    List<Long> notVoted(long decisionId) {
        return db.sql("""
                        select e.account_id from decisions.eligible e
                        where e.decision_id = ? and not exists (
                            select 1 from decisions.votes v where v.decision_id = e.decision_id and v.account_id = e.account_id)
                        order by e.account_id""").param(decisionId).query(Long.class).list();
    }

    List<Long> of(long decisionId) {
        return db.sql("select account_id from decisions.eligible where decision_id = ? order by account_id")
                .param(decisionId)
                .query(Long.class)
                .list();
    }
}
