package org.statcommons.leadership;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The electorate of each election and who of it has voted (never how, nor when). */
@Repository
class Electors {

    private final JdbcClient db;

    Electors(JdbcClient db) {
        this.db = db;
    }

    void snapshot(long electionId, Collection<Long> accountIds) {
        for (long account : accountIds) {
            db.sql("insert into leadership.electors (election_id, account_id) values (?, ?) on conflict do nothing")
                    .params(electionId, account)
                    .update();
        }
    }

    boolean eligible(long electionId, long accountId) {
        return db.sql("select exists (select 1 from leadership.electors where election_id = ? and account_id = ?)")
                .params(electionId, accountId)
                .query(Boolean.class)
                .single();
    }

    /** Marks the elector as having voted: true only the first time. */
    boolean markVoted(long electionId, long accountId) {
        return db.sql("""
                        update leadership.electors set voted = true
                        where election_id = ? and account_id = ? and not voted""").params(electionId, accountId).update() > 0;
    }

    boolean voted(long electionId, long accountId) {
        return db.sql("""
                        select exists (select 1 from leadership.electors
                            where election_id = ? and account_id = ? and voted)""").params(electionId, accountId).query(Boolean.class).single();
    }

    record Turnout(int eligible, int voted) {}

    Turnout turnout(long electionId) {
        return db.sql("select count(*), count(*) filter (where voted) from leadership.electors where election_id = ?")
                .param(electionId)
                .query((rs, n) -> new Turnout(rs.getInt(1), rs.getInt(2)))
                .single();
    }

    List<Long> notVoted(long electionId) {
        return db.sql("select account_id from leadership.electors where election_id = ? and not voted order by 1")
                .param(electionId)
                .query(Long.class)
                .list();
    }

    List<Long> all(long electionId) {
        return db.sql("select account_id from leadership.electors where election_id = ? order by 1")
                .param(electionId)
                .query(Long.class)
                .list();
    }
}
