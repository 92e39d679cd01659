package org.statcommons.surveys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Invitations to answer a wave ({@code surveys.invitations}): one per person and wave, found from a personal link by
 * the hash of its secret.
 */
@Repository
public class SurveyInvitations {

    private static final String COLUMNS = "id, wave_id, account_id, nonce, answered, invited_at, reminded_at";

    private final JdbcClient db;

    SurveyInvitations(JdbcClient db) {
        this.db = db;
    }

    Optional<Invitation> byHash(byte[] tokenHash) {
        return db.sql("select " + COLUMNS + " from surveys.invitations where token_hash = ?")
                .param(tokenHash)
                .query(SurveyInvitations::map)
                .optional();
    }

    /** Invites the person unless they are invited already: false then. */
    boolean invite(long waveId, long accountId, byte[] nonce, byte[] tokenHash, Instant at) {
        return db.sql("""
                                insert into surveys.invitations (wave_id, account_id, nonce, token_hash, invited_at)
                                values (?, ?, ?, ?, ?) on conflict (wave_id, account_id) do nothing""")
                        .params(waveId, accountId, nonce, tokenHash, Timestamp.from(at))
                        .update()
                > 0;
    }

    Optional<Invitation> ofPerson(long waveId, long accountId) {
        return db.sql("select " + COLUMNS + " from surveys.invitations where wave_id = ? and account_id = ?")
                .params(waveId, accountId)
                .query(SurveyInvitations::map)
                .optional();
    }

    List<Invitation> of(long waveId) {
        return db.sql("select " + COLUMNS + " from surveys.invitations where wave_id = ? order by id")
                .param(waveId)
                .query(SurveyInvitations::map)
                .list();
    }

    /** The wave's invitations whose person has not submitted, locked until the transaction ends (one reminder each). */
    List<Invitation> unanswered(long waveId) {
        return db.sql("select " + COLUMNS
                        + " from surveys.invitations where wave_id = ? and not answered order by id for update")
                .param(waveId)
                .query(SurveyInvitations::map)
                .list();
    }

    void reminded(long id, Instant at) {
        db.sql("update surveys.invitations set reminded_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    void answered(long id) {
        db.sql("update surveys.invitations set answered = true where id = ?")
                .param(id)
                .update();
    }

    /** How many were invited to a wave, and how many of them submitted. */
    public record Counts(int invited, int answered) {}

    public Counts count(long waveId) {
        return db.sql("select count(*) as invited, count(*) filter (where answered) as answered"
                        + " from surveys.invitations where wave_id = ?")
                .param(waveId)
                .query((rs, n) -> new Counts(rs.getInt("invited"), rs.getInt("answered")))
                .single();
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        Timestamp reminded = rs.getTimestamp("reminded_at");
        return new Invitation(
                rs.getLong("id"),
                rs.getLong("wave_id"),
                rs.getLong("account_id"),
                rs.getBytes("nonce"),
                rs.getBoolean("answered"),
                rs.getTimestamp("invited_at").toInstant(),
                reminded == null ? null : reminded.toInstant());
    }
}
