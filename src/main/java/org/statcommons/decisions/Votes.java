package org.statcommons.decisions;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The votes cast (table {@code decisions.votes}): one per person and decision, replaced when changed. */
@Repository
class Votes {

    private final JdbcClient db;

    Votes(JdbcClient db) {
        this.db = db;
    }

    /** Casts or replaces the person's vote. */
    void cast(
            long decisionId, long accountId, String voterName, String choice, String reason, int[] ballot, Instant at) {
        Integer[] boxed = new Integer[ballot.length];
        for (int i = 0; i < ballot.length; i++) {
            boxed[i] = ballot[i];
        }
        db.sql("""
                        insert into decisions.votes (decision_id, account_id, voter_name, choice, reason, ballot, cast_at)
                        values (?, ?, ?, ?, ?, ?::int[], ?)
                        on conflict (decision_id, account_id) do update set voter_name = excluded.voter_name,
                            choice = excluded.choice, reason = excluded.reason, ballot = excluded.ballot,
                            cast_at = excluded.cast_at""")
                .params(decisionId, accountId, voterName, choice, reason, boxed, Timestamp.from(at))
                .update();
    }

    List<Vote> of(long decisionId) {
        return db.sql("""
                        select account_id, voter_name, choice, reason, ballot, cast_at from decisions.votes
                        where decision_id = ? order by cast_at, account_id""").param(decisionId).query(Votes::vote).list();
    }

    Optional<Vote> of(long decisionId, long accountId) {
        return db.sql("""
                        select account_id, voter_name, choice, reason, ballot, cast_at from decisions.votes
                        where decision_id = ? and account_id = ?""").params(decisionId, accountId).query(Votes::vote).optional();
    }

    /**
     * What counting needs, and nothing else (no names, no reasons): per answer the number of votes (consent, vote),
     * or every ballot (the kinds with options), read as text and parsed here, cheaper than JDBC arrays.
     */
    Cast cast(long decisionId, boolean answers) {
        if (answers) {
            Map<String, Integer> counts = new HashMap<>();
            db.sql("select choice, count(*)::int from decisions.votes where decision_id = ? group by choice")
                    .param(decisionId)
                    .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
                    .list();
            return new Cast(counts.values().stream().mapToInt(Integer::intValue).sum(), counts, List.of());
        }
        List<int[]> ballots = db.sql("select array_to_string(ballot, ',') from decisions.votes where decision_id = ?")
                .param(decisionId)
                .query((rs, n) -> parse(rs.getString(1)))
                .list();
        return new Cast(ballots.size(), Map.of(), ballots);
    }

    /** The latest votes with their voters' names and reasons, for the decision's page. */
    List<Vote> latest(long decisionId, int limit) {
        return db.sql("""
                        select account_id, voter_name, choice, reason, ballot, cast_at from decisions.votes
                        where decision_id = ? order by cast_at desc, account_id limit ?""").params(decisionId, limit).query(Votes::vote).list();
    }

    private static int[] parse(String text) {
        if (text == null || text.isEmpty()) {
            return new int[0];
        }
        String[] parts = text.split(",");
        int[] ballot = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ballot[i] = Integer.parseInt(parts[i]);
        }
        return ballot;
    }

    int count(long decisionId) {
        return db.sql("select count(*)::int from decisions.votes where decision_id = ?")
                .param(decisionId)
                .query(Integer.class)
                .single();
    }

    private static Vote vote(ResultSet rs, int row) throws SQLException {
        Array array = rs.getArray("ballot");
        Integer[] values = (Integer[]) array.getArray();
        int[] ballot = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ballot[i] = values[i];
        }
        return new Vote(
                rs.getLong("account_id"),
                rs.getString("voter_name"),
                rs.getString("choice"),
                rs.getString("reason"),
                ballot,
                rs.getTimestamp("cast_at").toInstant());
    }
}
