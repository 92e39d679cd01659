package org.statcommons.leadership;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The winners of counted elections, seat by seat, and the terms they began. */
@Repository
class Winners {

    /** A seat's winner; termId is null until the term begins. */
    record Winner(long electionId, int seat, long accountId, Long termId) {}

    private final JdbcClient db;

    Winners(JdbcClient db) {
        this.db = db;
    }

    void insert(long electionId, int seat, long accountId) {
        db.sql("insert into leadership.winners (election_id, seat, account_id) values (?, ?, ?)")
                .params(electionId, seat, accountId)
                .update();
    }

    List<Winner> of(long electionId) {
        return db.sql("select election_id, seat, account_id, term_id from leadership.winners where election_id = ?"
                        + " order by seat")
                .param(electionId)
                .query((rs, n) ->
                        new Winner(rs.getLong(1), rs.getInt(2), rs.getLong(3), (Long) rs.getObject(4, Long.class)))
                .list();
    }

    /** The winners of these elections, by election and seat. */
    List<Winner> of(Collection<Long> electionIds) {
        if (electionIds.isEmpty()) {
            return List.of();
        }
        return db.sql("select election_id, seat, account_id, term_id from leadership.winners"
                        + " where election_id = any(?) order by election_id, seat")
                .param(electionIds.toArray(Long[]::new))
                .query((rs, n) ->
                        new Winner(rs.getLong(1), rs.getInt(2), rs.getLong(3), (Long) rs.getObject(4, Long.class)))
                .list();
    }

    /** Winners whose term is due to begin (its day has come) and has not begun, locked so one server begins it. */
    List<Winner> due(LocalDate today) {
        return db.sql("""
                        select w.election_id, w.seat, w.account_id, w.term_id from leadership.winners w
                        join leadership.elections e on e.id = w.election_id
                        where w.term_id is null and e.term_starts_on <= ?
                        order by w.election_id, w.seat for update of w skip locked""")
                .param(Date.valueOf(today))
                .query((rs, n) -> new Winner(rs.getLong(1), rs.getInt(2), rs.getLong(3), null))
                .list();
    }

    void began(long electionId, int seat, long termId) {
        db.sql("update leadership.winners set term_id = ? where election_id = ? and seat = ?")
                .params(termId, electionId, seat)
                .update();
    }
}
