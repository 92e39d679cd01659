package org.statcommons.leadership;

import java.security.SecureRandom;
import java.sql.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The secret ballots: each a random key, its election and its ranking, nothing about who cast it or when. Adding a
 * ballot takes every ballot of the election out and writes them all back, with the new one, in a random order and
 * with new random keys, in the voting transaction: so the order rows lie in on disk, the keys' order and the
 * transaction that wrote them (PostgreSQL's {@code xmin}, the same for all of them afterwards) say nothing about
 * which ballot came when, and cannot be matched with the order in which electors were marked as having voted.
 * The election's row is locked by the caller, so two votes never rewrite at once. Writing n ballots for each vote
 * costs O(n); a body elects with tens of members.
 */
@Repository
class Ballots {

    private final JdbcClient db;
    private final SecureRandom random = new SecureRandom();

    Ballots(JdbcClient db) {
        this.db = db;
    }

    /** Puts the ballot into the election's box; the caller holds the election's row lock. */
    void cast(long electionId, long[] ranking) {
        List<long[]> box =
                new ArrayList<>(db.sql("delete from leadership.ballots where election_id = ? returning ranking")
                        .param(electionId)
                        .query((rs, n) -> toLongs(rs.getArray(1)))
                        .list());
        box.add(ranking);
        Collections.shuffle(box, random);
        for (long[] ballot : box) {
            db.sql("insert into leadership.ballots (id, election_id, ranking) values (?, ?, ?)")
                    .params(new UUID(random.nextLong(), random.nextLong()), electionId, boxed(ballot))
                    .update();
        }
    }

    /** The election's ballots, each its candidates' account ids in order of preference. */
    List<long[]> of(long electionId) {
        return db.sql("select ranking from leadership.ballots where election_id = ?")
                .param(electionId)
                .query((rs, n) -> toLongs(rs.getArray(1)))
                .list();
    }

    private static Long[] boxed(long[] ranking) {
        Long[] boxed = new Long[ranking.length];
        for (int i = 0; i < ranking.length; i++) {
            boxed[i] = ranking[i];
        }
        return boxed;
    }

    private static long[] toLongs(Array array) throws java.sql.SQLException {
        Object[] values = (Object[]) array.getArray();
        long[] longs = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            longs[i] = ((Number) values[i]).longValue();
        }
        return longs;
    }
}
