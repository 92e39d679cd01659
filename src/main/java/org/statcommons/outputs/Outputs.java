package org.statcommons.outputs;

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

/** Outputs and the history of their stages (schema {@code outputs}). */
@Repository
class Outputs {

    private static final String COLUMNS = """
            id, community_id, title, path, body_id, body_name, workstream_id, stage, review_ends_at, decision_id,
            approval_commit, approval_blob, endorsed_commit, endorsed_blob, endorsed_at, submitted_for, submitted_on,
            document_symbol, created_at""";

    private final JdbcClient db;

    Outputs(JdbcClient db) {
        this.db = db;
    }

    Optional<Output> byId(long id) {
        return db.sql("select " + COLUMNS + " from outputs.outputs where id = ?")
                .param(id)
                .query(Outputs::map)
                .optional();
    }

    /** The output of this community, or "not found" (another community's too). */
    Output inCommunity(Community community, long id) {
        return byId(id).filter(o -> o.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException(Text.of("outputs.none")));
    }

    /** The same, its row locked until the transaction ends, so that two stage changes do not cross. */
    Output lockedInCommunity(Community community, long id) {
        return db.sql("select " + COLUMNS + " from outputs.outputs where id = ? and community_id = ? for update")
                .params(id, community.id())
                .query(Outputs::map)
                .optional()
                .orElseThrow(() -> new NotFoundException(Text.of("outputs.none")));
    }

    Optional<Output> lockedByDecision(long decisionId) {
        return db.sql("select " + COLUMNS + " from outputs.outputs where decision_id = ? for update")
                .param(decisionId)
                .query(Outputs::map)
                .optional();
    }

    /** The output a page of a community is, if any. */
    Optional<Output> ofPage(long communityId, String path) {
        return db.sql("select " + COLUMNS + " from outputs.outputs where community_id = ? and path = ?")
                .params(communityId, path)
                .query(Outputs::map)
                .optional();
    }

    /** A workstream's outputs, the latest declared first. */
    List<Output> ofWorkstream(long communityId, long workstreamId) {
        return db.sql("select " + COLUMNS
                        + " from outputs.outputs where community_id = ? and workstream_id = ?"
                        + " order by created_at desc, id desc")
                .params(communityId, workstreamId)
                .query(Outputs::map)
                .list();
    }

    /** A community's outputs, the latest declared first. */
    List<Output> of(long communityId) {
        return db.sql("select " + COLUMNS
                        + " from outputs.outputs where community_id = ? order by created_at desc, id desc")
                .param(communityId)
                .query(Outputs::map)
                .list();
    }

    long insert(
            long communityId,
            String title,
            String path,
            long bodyId,
            String bodyName,
            Long workstreamId,
            long by,
            Instant at) {
        return db.sql("""
                        insert into outputs.outputs (community_id, title, path, body_id, body_name, workstream_id,
                            created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(communityId, title, path, bodyId, bodyName, workstreamId, by, Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void startReview(long id, Instant endsAt) {
        db.sql("update outputs.outputs set stage = 'REVIEW', review_ends_at = ? where id = ?")
                .params(Timestamp.from(endsAt), id)
                .update();
    }

    void askApproval(long id, long decisionId, String commitId, String blobId) {
        db.sql("""
                        update outputs.outputs set stage = 'APPROVAL', decision_id = ?, approval_commit = ?,
                            approval_blob = ? where id = ?""").params(decisionId, commitId, blobId, id).update();
    }

    /** The version asked to be approved becomes the endorsed one. */
    void endorse(long id, Instant at) {
        db.sql("""
                        update outputs.outputs set stage = 'ENDORSED', endorsed_commit = approval_commit,
                            endorsed_blob = approval_blob, endorsed_at = ? where id = ?""").params(Timestamp.from(at), id).update();
    }

    void backToDraft(long id) {
        db.sql("update outputs.outputs set stage = 'DRAFT' where id = ?")
                .param(id)
                .update();
    }

    void submit(long id, String purpose, LocalDate on, String symbol) {
        db.sql("""
                        update outputs.outputs set stage = 'SUBMITTED', submitted_for = ?, submitted_on = ?,
                            document_symbol = ? where id = ?""").params(purpose, Date.valueOf(on), symbol, id).update();
    }

    void recordStage(long outputId, OutputStage stage, Long byId, String byName, String note, Instant at) {
        db.sql("""
                        insert into outputs.stages (output_id, stage, by_id, by_name, note, at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(outputId, stage.name(), byId, byName, note, Timestamp.from(at))
                .update();
    }

    List<StageChange> history(long outputId) {
        return db.sql("select stage, by_name, note, at from outputs.stages where output_id = ? order by at, id")
                .param(outputId)
                .query((rs, n) -> new StageChange(
                        OutputStage.valueOf(rs.getString("stage")),
                        rs.getString("by_name"),
                        rs.getString("note"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    private static Output map(ResultSet rs, int row) throws SQLException {
        long workstream = rs.getLong("workstream_id");
        Long workstreamId = rs.wasNull() ? null : workstream;
        long decision = rs.getLong("decision_id");
        Long decisionId = rs.wasNull() ? null : decision;
        Date submittedOn = rs.getDate("submitted_on");
        return new Output(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getString("title"),
                rs.getString("path"),
                rs.getLong("body_id"),
                rs.getString("body_name"),
                workstreamId,
                OutputStage.valueOf(rs.getString("stage")),
                instant(rs, "review_ends_at"),
                decisionId,
                rs.getString("approval_commit"),
                rs.getString("approval_blob"),
                rs.getString("endorsed_commit"),
                rs.getString("endorsed_blob"),
                instant(rs, "endorsed_at"),
                rs.getString("submitted_for"),
                submittedOn == null ? null : submittedOn.toLocalDate(),
                rs.getString("document_symbol"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    /**
     * An output in a report's period and when it reached each stage up to the period's end (null: not by then):
     * declared, put to the members' review, endorsed, submitted (with its day and document symbol).
     */
    record InPeriod(
            long id,
            String title,
            Instant declaredAt,
            Instant reviewedAt,
            Instant endorsedAt,
            LocalDate submittedOn,
            String symbol) {}

    /** The community's outputs declared or moved in [from, until), oldest first, at most {@code limit}. */
    List<InPeriod> inPeriod(long communityId, Instant from, Instant until, LocalDate lastDay, int limit) {
        return db.sql("""
                        select o.id, o.title, o.created_at,
                            (select min(s.at) from outputs.stages s
                              where s.output_id = o.id and s.stage = 'REVIEW' and s.at < :until) as reviewed_at,
                            case when o.endorsed_at < :until then o.endorsed_at end as endorsed_at,
                            case when o.submitted_on <= :last then o.submitted_on end as submitted_on,
                            case when o.submitted_on <= :last then o.document_symbol end as document_symbol
                        from outputs.outputs o
                        where o.community_id = :community and o.created_at < :until
                          and (o.created_at >= :from
                               or exists (select 1 from outputs.stages s
                                          where s.output_id = o.id and s.at >= :from and s.at < :until)
                               or (o.submitted_on >= :first and o.submitted_on <= :last))
                        order by o.created_at, o.id
                        limit :limit""")
                .param("community", communityId)
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .param("first", LocalDate.ofInstant(from, java.time.ZoneOffset.UTC))
                .param("last", lastDay)
                .param("limit", limit)
                .query((rs, n) -> new InPeriod(
                        rs.getLong("id"),
                        rs.getString("title"),
                        instant(rs, "created_at"),
                        instant(rs, "reviewed_at"),
                        instant(rs, "endorsed_at"),
                        rs.getObject("submitted_on", LocalDate.class),
                        rs.getString("document_symbol")))
                .list();
    }
}
