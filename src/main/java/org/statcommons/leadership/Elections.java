package org.statcommons.leadership;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.ActivityTitle;

/** Elections of co-leads. */
@Repository
class Elections {

    private static final String COLUMNS = "id, community_id, body_id, title, seats, state, nominations_end,"
            + " voting_end, term_starts_on, count_seed, title_key, title_arguments";

    private final JdbcClient db;

    Elections(JdbcClient db) {
        this.db = db;
    }

    Optional<Election> find(long id) {
        return db.sql("select " + COLUMNS + " from leadership.elections where id = ?")
                .param(id)
                .query(Elections::map)
                .optional();
    }

    /** The election of this community, or "not found" (one of another community too). */
    Election inCommunity(Community community, long id) {
        return find(id).filter(e -> e.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException(Text.of("leadership.election.none")));
    }

    /** Locks the election's row: votes, opening and counting one at a time. */
    Election lock(long id) {
        return db.sql("select " + COLUMNS + " from leadership.elections where id = ? for update")
                .param(id)
                .query(Elections::map)
                .single();
    }

    List<Election> of(long communityId) {
        return db.sql("select " + COLUMNS + " from leadership.elections where community_id = ? order by id desc")
                .param(communityId)
                .query(Elections::map)
                .list();
    }

    List<Election> ofBody(long bodyId) {
        return db.sql("select " + COLUMNS + " from leadership.elections where body_id = ? order by id desc")
                .param(bodyId)
                .query(Elections::map)
                .list();
    }

    long insert(
            long communityId,
            long bodyId,
            String title,
            Text titleText,
            int seats,
            ElectionState state,
            Instant nominationsEnd,
            Instant votingEnd,
            LocalDate termStartsOn,
            long seed,
            Long by,
            Instant at) {
        return db.sql("""
                        insert into leadership.elections (community_id, body_id, title, seats, state, nominations_end,
                            voting_end, term_starts_on, count_seed, created_by, created_at, title_key, title_arguments)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        communityId,
                        bodyId,
                        title,
                        seats,
                        state.name(),
                        Timestamp.from(nominationsEnd),
                        Timestamp.from(votingEnd),
                        Date.valueOf(termStartsOn),
                        seed,
                        by,
                        Timestamp.from(at),
                        titleText == null ? null : titleText.key(),
                        ActivityTitle.arguments(titleText))
                .query(Long.class)
                .single();
    }

    /** A draft's details as the secretariat announces it. */
    void announce(long id, String title, int seats, Instant nominationsEnd, Instant votingEnd, LocalDate termStartsOn) {
        db.sql("""
                        update leadership.elections set title = ?, seats = ?, nominations_end = ?, voting_end = ?,
                            term_starts_on = ?, state = 'NOMINATING', title_key = null, title_arguments = null
                        where id = ?""")
                .params(
                        title,
                        seats,
                        Timestamp.from(nominationsEnd),
                        Timestamp.from(votingEnd),
                        Date.valueOf(termStartsOn),
                        id)
                .update();
    }

    void openVoting(long id, Instant at) {
        db.sql("update leadership.elections set state = 'VOTING', voting_opened_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    void counted(long id, Instant at) {
        db.sql("update leadership.elections set state = 'COUNTED', counted_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    /** A counted election and when it was counted. */
    record Counted(Election election, Instant at) {}

    /** The community's counted elections, most recently counted first. */
    List<Counted> countedIn(long communityId, int limit) {
        return db.sql("select " + COLUMNS + ", counted_at from leadership.elections"
                        + " where community_id = ? and state = 'COUNTED' order by counted_at desc, id desc limit ?")
                .params(communityId, limit)
                .query((rs, n) ->
                        new Counted(map(rs, n), rs.getTimestamp("counted_at").toInstant()))
                .list();
    }

    /** Elections whose voting period is over and that are not counted yet. */
    List<Long> toCount(Instant now) {
        return db.sql("select id from leadership.elections where state = 'VOTING' and voting_end <= ? order by id")
                .param(Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    private static Election map(ResultSet rs, int row) throws SQLException {
        return new Election(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getLong("body_id"),
                rs.getString("title"),
                rs.getInt("seats"),
                ElectionState.valueOf(rs.getString("state")),
                rs.getTimestamp("nominations_end").toInstant(),
                rs.getTimestamp("voting_end").toInstant(),
                rs.getDate("term_starts_on").toLocalDate(),
                rs.getLong("count_seed"),
                ActivityTitle.stored(rs.getString("title_key"), rs.getString("title_arguments")));
    }
}
