package org.statcommons.leadership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Nominations in elections (named apart from community's nominations of colleagues, a bean of the same class name). */
@Repository("electionNominations")
class Nominations {

    private static final String COLUMNS = "id, election_id, nominee_id, nominated_by, status";

    private final JdbcClient db;

    Nominations(JdbcClient db) {
        this.db = db;
    }

    /** An election's nominations, in the order they were made. */
    List<Nomination> of(long electionId) {
        return db.sql("select " + COLUMNS + " from leadership.nominations where election_id = ? order by id")
                .param(electionId)
                .query(Nominations::map)
                .list();
    }

    /** The accepted nominees of an election, by account id: the candidates, in a stable order. */
    List<Long> candidates(long electionId) {
        return db.sql("""
                        select nominee_id from leadership.nominations where election_id = ? and status = 'ACCEPTED'
                        order by nominee_id""").param(electionId).query(Long.class).list();
    }

    Optional<Nomination> find(long electionId, long id) {
        return db.sql("select " + COLUMNS + " from leadership.nominations where election_id = ? and id = ?")
                .params(electionId, id)
                .query(Nominations::map)
                .optional();
    }

    /** Adds the nomination; empty when the person was nominated in this election before. */
    Optional<Long> insert(long electionId, long nomineeId, long by, Nomination.Status status, Instant at) {
        return db.sql("""
                        insert into leadership.nominations (election_id, nominee_id, nominated_by, status, created_at,
                            answered_at)
                        values (?, ?, ?, ?, ?, ?) on conflict (election_id, nominee_id) do nothing returning id""")
                .params(
                        electionId,
                        nomineeId,
                        by,
                        status.name(),
                        Timestamp.from(at),
                        status == Nomination.Status.PENDING ? null : Timestamp.from(at))
                .query(Long.class)
                .optional();
    }

    void answer(long id, Nomination.Status status, Instant at) {
        db.sql("update leadership.nominations set status = ?, answered_at = ? where id = ?")
                .params(status.name(), Timestamp.from(at), id)
                .update();
    }

    private static Nomination map(ResultSet rs, int row) throws SQLException {
        return new Nomination(
                rs.getLong("id"),
                rs.getLong("election_id"),
                rs.getLong("nominee_id"),
                rs.getLong("nominated_by"),
                Nomination.Status.valueOf(rs.getString("status")));
    }
}
