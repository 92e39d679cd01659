package org.statcommons.leadership;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.KeptAnswers;
import org.statcommons.platform.database.ServerSignals;

/**
 * Co-lead terms.
 * <p>
 * Whether a person holds a term today is asked by the permission policy on every request in a community where the
 * co-lead's standing could change its answer (every member's page view), so the answers are kept in memory by
 * person, community and day, all forgotten by every write here that makes or moves a term ({@link KeptAnswers}: at
 * once and again when the writing transaction ends), so a term recorded or extended counts from the next request
 * on; several servers on one database set {@code statcommons.co-lead-terms.keep-in-memory=false}.
 */
@Repository
class Terms {

    private static final String COLUMNS = "id, community_id, account_id, body_id, election_id, starts_on, ends_on,"
            + " original_ends_on, proposed_election_id";

    private final JdbcClient db;

    private record Holder(long accountId, long communityId, LocalDate today) {}

    private final KeptAnswers<Holder, Boolean> holding;

    Terms(
            JdbcClient db,
            @Value("${statcommons.co-lead-terms.keep-in-memory:true}") boolean keepInMemory,
            ServerSignals signals) {
        this.db = db;
        this.holding = new KeptAnswers<>(200_000, keepInMemory, signals, "co-lead-terms");
    }

    /** Every term of a community, the latest first. */
    List<Term> of(long communityId) {
        return db.sql("select " + COLUMNS
                        + " from leadership.terms where community_id = ? order by starts_on desc, id desc")
                .param(communityId)
                .query(Terms::map)
                .list();
    }

    /** Every term of a community, locked: one extension or one new term at a time per community. */
    List<Term> lockAll(long communityId) {
        return db.sql("select " + COLUMNS + " from leadership.terms where community_id = ? order by id for update")
                .param(communityId)
                .query(Terms::map)
                .list();
    }

    Optional<Term> find(long id) {
        return db.sql("select " + COLUMNS + " from leadership.terms where id = ?")
                .param(id)
                .query(Terms::map)
                .optional();
    }

    /** Whether the account holds a term in the community today. */
    boolean current(long accountId, long communityId, LocalDate today) {
        return holding.get(
                new Holder(accountId, communityId, today),
                () -> db.sql("""
                        select exists (select 1 from leadership.terms where account_id = ? and community_id = ?
                            and starts_on <= ? and ends_on >= ?)""")
                        .params(accountId, communityId, Date.valueOf(today), Date.valueOf(today))
                        .query(Boolean.class)
                        .single());
    }

    long insert(
            long communityId,
            long accountId,
            Long bodyId,
            Long electionId,
            LocalDate startsOn,
            LocalDate endsOn,
            Long by,
            Instant at) {
        holding.forgetAll();
        return db.sql("""
                        insert into leadership.terms (community_id, account_id, body_id, election_id, starts_on,
                            ends_on, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        communityId,
                        accountId,
                        bodyId,
                        electionId,
                        Date.valueOf(startsOn),
                        Date.valueOf(endsOn),
                        by,
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void extend(long id, LocalDate endsOn, long by, Instant at) {
        holding.forgetAll();
        db.sql("""
                        update leadership.terms set original_ends_on = ends_on, ends_on = ?, extended_by = ?,
                            extended_at = ? where id = ? and original_ends_on is null""").params(Date.valueOf(endsOn), by, Timestamp.from(at), id).update();
    }

    /** Terms whose last day is within {@code days} from today and that were not reminded at that mark yet. */
    List<Long> toRemind(LocalDate today, int days) {
        String column = column(days);
        return db.sql("select id from leadership.terms where " + column + " is null and ends_on >= ? and ends_on <= ?"
                        + " order by id")
                .params(Date.valueOf(today), Date.valueOf(today.plusDays(days)))
                .query(Long.class)
                .list();
    }

    /** Claims the reminder at this mark: true only for the first to claim it. */
    boolean claimReminder(long id, int days, Instant at) {
        String column = column(days);
        return db.sql("update leadership.terms set " + column + " = ? where id = ? and " + column + " is null")
                        .params(Timestamp.from(at), id)
                        .update()
                > 0;
    }

    void proposeElection(long id, long electionId) {
        db.sql("update leadership.terms set proposed_election_id = ? where id = ?")
                .params(electionId, id)
                .update();
    }

    private static String column(int days) {
        return switch (days) {
            case 90 -> "reminded_90_at";
            case 30 -> "reminded_30_at";
            default -> throw new IllegalArgumentException("Reminders come 90 and 30 days ahead");
        };
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Term map(ResultSet rs, int row) throws SQLException {
        Date original = rs.getDate("original_ends_on");
        return new Term(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getLong("account_id"),
                nullable(rs, "body_id"),
                nullable(rs, "election_id"),
                rs.getDate("starts_on").toLocalDate(),
                rs.getDate("ends_on").toLocalDate(),
                original == null ? null : original.toLocalDate(),
                nullable(rs, "proposed_election_id"));
    }
}
