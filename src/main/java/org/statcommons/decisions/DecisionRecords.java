package org.statcommons.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.ActivityTitle;

/** The decisions themselves (table {@code decisions.decisions}). */
@Repository
class DecisionRecords {

    private static final String COLUMNS = """
            id, community_id, topic_group_id, title, body, kind, visibility, tally_shown, quorum_percent, majority,
            max_score, max_choices, deadline, proposer_id, proposer_name, subject_kind, subject_id, subject_title,
            subject_link, eligible_count, created_at, closed_at, closed_by_name, outcome, winner_option, count_seed,
            statement, title_key, title_arguments, body_key, body_arguments,
            (select b.body_id from decisions.body_decisions b where b.decision_id = decisions.decisions.id) as body_id,
            (select b.body_name from decisions.body_decisions b where b.decision_id = decisions.decisions.id) as body_name""";

    private final JdbcClient db;

    DecisionRecords(JdbcClient db) {
        this.db = db;
    }

    long insert(
            long communityId,
            Long topicGroupId,
            NewDecision decision,
            Long proposerId,
            String proposerName,
            DecisionSubject subject,
            int eligibleCount,
            Instant at,
            long seed) {
        return db.sql("""
                        insert into decisions.decisions (community_id, topic_group_id, title, body, kind, visibility,
                            tally_shown, quorum_percent, majority, max_score, max_choices, deadline, proposer_id,
                            proposer_name, subject_kind, subject_id, subject_title, subject_link, eligible_count,
                            created_at, count_seed, title_key, title_arguments, body_key, body_arguments)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        returning id""")
                .params(
                        communityId,
                        topicGroupId,
                        decision.title(),
                        decision.body(),
                        decision.kind().name(),
                        decision.visibility().name(),
                        decision.tallyShown().name(),
                        decision.quorum().percent(),
                        decision.majority().name(),
                        decision.maxScore(),
                        decision.maxChoices(),
                        Timestamp.from(decision.deadline()),
                        proposerId,
                        proposerName,
                        subject == null ? null : subject.kind(),
                        subject == null ? null : subject.id(),
                        subject == null ? null : subject.title(),
                        subject == null ? null : subject.link(),
                        eligibleCount,
                        Timestamp.from(at),
                        seed,
                        decision.titleText() == null
                                ? null
                                : decision.titleText().key(),
                        ActivityTitle.arguments(decision.titleText()),
                        decision.bodyText() == null ? null : decision.bodyText().key(),
                        ActivityTitle.arguments(decision.bodyText()))
                .query(Long.class)
                .single();
    }

    /** Records the body whose members decide the decision, with its name now. */
    void decidedBy(long decisionId, DecisionElectorate.BodyRef body) {
        db.sql("insert into decisions.body_decisions (decision_id, body_id, body_name) values (?, ?, ?)")
                .params(decisionId, body.id(), body.name())
                .update();
    }

    /** The decision of this community, or 404: an id of another community's decision is not found here. */
    Decision inCommunity(Community community, long id) {
        return db.sql("select " + COLUMNS + " from decisions.decisions where id = ? and community_id = ?")
                .params(id, community.id())
                .query(DecisionRecords::decision)
                .optional()
                .orElseThrow(() -> new NotFoundException(Text.of("decisions.not-found")));
    }

    Optional<Decision> find(long id) {
        return db.sql("select " + COLUMNS + " from decisions.decisions where id = ?")
                .param(id)
                .query(DecisionRecords::decision)
                .optional();
    }

    /**
     * The decision, its row locked until the transaction ends: shared by votes (many at once), exclusive by closing
     * and editing, so that no vote slips in beside a close.
     */
    Decision lock(long communityId, long id, boolean exclusive) {
        return db.sql("select " + COLUMNS + " from decisions.decisions where id = ? and community_id = ? for "
                        + (exclusive ? "update" : "share"))
                .params(id, communityId)
                .query(DecisionRecords::decision)
                .optional()
                .orElseThrow(() -> new NotFoundException(Text.of("decisions.not-found")));
    }

    /** The community's decisions, newest first; {@code members}: with those only members may read. */
    List<Decision> ofCommunity(long communityId, boolean members, int limit) {
        return db.sql("select " + COLUMNS + " from decisions.decisions where community_id = ?"
                        + (members ? "" : " and visibility = 'PUBLIC'") + " order by created_at desc, id desc limit ?")
                .params(communityId, limit)
                .query(DecisionRecords::decision)
                .list();
    }

    /** The closed decisions of the community, most recently closed first: its decision log. */
    List<Decision> closedIn(long communityId, boolean members, int limit) {
        return db.sql("select " + COLUMNS + " from decisions.decisions where community_id = ? and closed_at is not null"
                        + (members ? "" : " and visibility = 'PUBLIC'") + " order by closed_at desc, id desc limit ?")
                .params(communityId, limit)
                .query(DecisionRecords::decision)
                .list();
    }

    /** A body's decisions that this reader may read, newest first ({@code members}: with the members-only ones). */
    List<Decision> ofBody(long communityId, long bodyId, boolean members, int limit) {
        return db.sql("select " + COLUMNS + " from decisions.decisions where community_id = ? and id in ("
                        + "select decision_id from decisions.body_decisions where body_id = ?)"
                        + (members ? "" : " and visibility = 'PUBLIC'") + " order by created_at desc, id desc limit ?")
                .params(communityId, bodyId, limit)
                .query(DecisionRecords::decision)
                .list();
    }

    /** New words: a title or a text that changed is typed from now on (its key, if StatCommons worded it, cleared). */
    void edit(long id, String title, String body) {
        db.sql("""
                        update decisions.decisions set
                            title_key = case when title = :title then title_key end,
                            title_arguments = case when title = :title then title_arguments end,
                            body_key = case when body = :body then body_key end,
                            body_arguments = case when body = :body then body_arguments end,
                            title = :title, body = :body
                        where id = :id""").param("title", title).param("body", body).param("id", id).update();
    }

    /** Closes the decision if it is still open; false when another server or run closed it first. */
    boolean close(long id, Instant at, String closedByName, Outcome outcome, Integer winner) {
        return db.sql("""
                        update decisions.decisions set closed_at = ?, closed_by_name = ?, outcome = ?, winner_option = ?
                        where id = ? and closed_at is null""")
                        .params(Timestamp.from(at), closedByName, outcome.name(), winner, id)
                        .update()
                == 1;
    }

    /** Writes the outcome statement once; false when one was written already. */
    boolean writeStatement(long id, String statement) {
        return db.sql("update decisions.decisions set statement = ? where id = ? and statement = ''")
                        .params(statement, id)
                        .update()
                == 1;
    }

    /** Open decisions whose deadline has come. */
    List<Long> due(Instant now) {
        return db.sql("select id from decisions.decisions where closed_at is null and deadline <= ? order by deadline")
                .param(Timestamp.from(now))
                .query(Long.class)
                .list();
    }

    /**
     * Open decisions whose deadline is less than {@code ahead} away and whose voters were not reminded yet; those
     * proposed less than {@code ahead} before their deadline get no reminder (their proposal was news enough).
     */
    List<Long> toRemind(Instant now, java.time.Duration ahead) {
        return db.sql("""
                        select id from decisions.decisions
                        where closed_at is null and reminded_at is null and deadline > ? and deadline <= ?
                          and created_at < deadline - make_interval(secs => ?)
                        order by deadline""")
                .params(Timestamp.from(now), Timestamp.from(now.plus(ahead)), ahead.toSeconds())
                .query(Long.class)
                .list();
    }

    /** Claims the reminder of one decision: true once, for the one run (of any server) that sends it. */
    boolean claimReminder(long id, Instant at) {
        return db.sql("update decisions.decisions set reminded_at = ? where id = ? and reminded_at is null")
                        .params(Timestamp.from(at), id)
                        .update()
                == 1;
    }

    private static Decision decision(ResultSet rs, int row) throws SQLException {
        String subjectKind = rs.getString("subject_kind");
        Timestamp closedAt = rs.getTimestamp("closed_at");
        String outcome = rs.getString("outcome");
        return new Decision(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getObject("topic_group_id", Long.class),
                rs.getString("title"),
                rs.getString("body"),
                DecisionKind.valueOf(rs.getString("kind")),
                DecisionVisibility.valueOf(rs.getString("visibility")),
                TallyShown.valueOf(rs.getString("tally_shown")),
                new Quorum(rs.getInt("quorum_percent")),
                Majority.valueOf(rs.getString("majority")),
                rs.getInt("max_score"),
                rs.getInt("max_choices"),
                rs.getTimestamp("deadline").toInstant(),
                rs.getObject("proposer_id", Long.class),
                rs.getString("proposer_name"),
                subjectKind == null
                        ? null
                        : new DecisionSubject(
                                subjectKind,
                                rs.getLong("subject_id"),
                                rs.getString("subject_title"),
                                rs.getString("subject_link")),
                rs.getInt("eligible_count"),
                rs.getTimestamp("created_at").toInstant(),
                closedAt == null ? null : closedAt.toInstant(),
                rs.getString("closed_by_name"),
                outcome == null ? null : Outcome.valueOf(outcome),
                rs.getObject("winner_option", Integer.class),
                rs.getLong("count_seed"),
                rs.getString("statement"),
                rs.getObject("body_id", Long.class),
                rs.getString("body_name"),
                ActivityTitle.stored(rs.getString("title_key"), rs.getString("title_arguments")),
                ActivityTitle.stored(rs.getString("body_key"), rs.getString("body_arguments")));
    }

    /** A decision closed in a period, for the progress report; {@code winner} is the winning option's label or null. */
    record Closed(
            long id,
            String title,
            DecisionKind kind,
            Instant closedAt,
            Outcome outcome,
            String winner,
            int eligible,
            long votes) {}

    /** How many decisions of the community closed in the period, and the first {@code limit} of them, oldest first. */
    record ClosedDecisions(long count, List<Closed> first) {}

    ClosedDecisions closedBetween(long communityId, Instant from, Instant until, int limit) {
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(until);
        long count =
                db.sql("""
                        select count(*) from decisions.decisions
                        where community_id = ? and closed_at >= ? and closed_at < ?""").params(communityId, start, end).query(Long.class).single();
        List<Closed> first = db.sql("""
                        select d.id, d.title, d.kind, d.closed_at, d.outcome, o.label as winner, d.eligible_count,
                               (select count(*) from decisions.votes v where v.decision_id = d.id) as votes
                        from decisions.decisions d
                        left join decisions.options o on o.decision_id = d.id and o.position = d.winner_option
                        where d.community_id = ? and d.closed_at >= ? and d.closed_at < ?
                        order by d.closed_at, d.id limit ?""")
                .params(communityId, start, end, limit)
                .query((rs, n) -> new Closed(
                        rs.getLong("id"),
                        rs.getString("title"),
                        DecisionKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("closed_at").toInstant(),
                        rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("winner"),
                        rs.getInt("eligible_count"),
                        rs.getLong("votes")))
                .list();
        return new ClosedDecisions(count, first);
    }
}
