package org.statcommons.content.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The proposals of every space and what happened to each ({@code content.proposals}, {@code
 * content.proposal_events}). The times are the ones given: the list is ordered by them.
 */
@Repository
public class Proposals {

    private static final String COLUMNS =
            "id, community_id, branch, title, description, author_account_id, author_name, status, "
                    + "merged_commit, created_at, updated_at";

    private final JdbcClient jdbc;

    Proposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The community's proposals, newest activity first; {@code openOnly} leaves out merged and closed ones. */
    public List<Proposal> list(long communityId, boolean openOnly) {
        return jdbc.sql("select " + COLUMNS + " from content.proposals where community_id = ?"
                        + (openOnly ? " and status not in ('MERGED', 'CLOSED')" : "")
                        + " order by updated_at desc, id desc")
                .param(communityId)
                .query(Proposals::map)
                .list();
    }

    /** The proposal, or "not found" when the community has none of this id. */
    public Proposal inCommunity(long communityId, long id) {
        return find(communityId, id)
                .orElseThrow(() -> new NotFoundException(Text.of("proposals.no-proposal", String.valueOf(id))));
    }

    Optional<Proposal> find(long communityId, long id) {
        return jdbc.sql("select " + COLUMNS + " from content.proposals where community_id = ? and id = ?")
                .params(communityId, id)
                .query(Proposals::map)
                .optional();
    }

    public Optional<Proposal> byBranch(long communityId, String branch) {
        return jdbc.sql("select " + COLUMNS + " from content.proposals where community_id = ? and branch = ?")
                .params(communityId, branch)
                .query(Proposals::map)
                .optional();
    }

    public List<Proposal.Event> events(Proposal proposal) {
        return jdbc.sql("select id, account_id, person_name, kind, body, created_at from content.proposal_events "
                        + "where proposal_id = ? order by id")
                .param(proposal.id())
                .query((rs, n) -> new Proposal.Event(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** A new proposal on a branch of the person's choosing (pushed); returns its id. */
    long add(NewProposal proposal, String branch, Instant at) {
        return jdbc.sql("insert into content.proposals (community_id, branch, title, description, author_account_id, "
                        + "author_name, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        proposal.communityId(),
                        branch,
                        proposal.title(),
                        proposal.description(),
                        proposal.accountId(),
                        proposal.personName(),
                        Timestamp.from(at),
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    /** A new proposal made on the web: the id is taken first, as it names the branch, proposals/<id>. */
    long addOnWeb(NewProposal proposal, Instant at) {
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('content.proposals', 'id'))")
                .query(Long.class)
                .single();
        jdbc.sql("insert into content.proposals (id, community_id, branch, title, description, author_account_id, "
                        + "author_name, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        proposal.communityId(),
                        "proposals/" + id,
                        proposal.title(),
                        proposal.description(),
                        proposal.accountId(),
                        proposal.personName(),
                        Timestamp.from(at),
                        Timestamp.from(at))
                .update();
        return id;
    }

    /** The fields of a new proposal. */
    record NewProposal(long communityId, String title, String description, long accountId, String personName) {}

    void addEvent(long proposalId, long accountId, String personName, String kind, String body, Instant at) {
        jdbc.sql("insert into content.proposal_events (proposal_id, account_id, person_name, kind, body, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(proposalId, accountId, personName, kind, body, Timestamp.from(at))
                .update();
    }

    /** Sets the status of a proposal still open; false when it was merged or closed meanwhile. */
    boolean changeStatus(long id, ProposalStatus status, Instant at) {
        return jdbc.sql("update content.proposals set status = ?, updated_at = ? "
                                + "where id = ? and status not in ('MERGED', 'CLOSED')")
                        .params(status.name(), Timestamp.from(at), id)
                        .update()
                == 1;
    }

    /** Back to waiting for review after changes were asked for; false when it was not waiting for changes. */
    boolean requestReviewAgain(long id, Instant at) {
        return jdbc.sql("update content.proposals set status = 'OPEN', updated_at = ? "
                                + "where id = ? and status = 'CHANGES_REQUESTED'")
                        .params(Timestamp.from(at), id)
                        .update()
                == 1;
    }

    /** Marks a proposal still open merged as this commit; false when it was merged or closed meanwhile. */
    boolean markMerged(long id, String commitId, Instant at) {
        return jdbc.sql("update content.proposals set status = 'MERGED', merged_commit = ?, updated_at = ? "
                                + "where id = ? and status not in ('MERGED', 'CLOSED')")
                        .params(commitId, Timestamp.from(at), id)
                        .update()
                == 1;
    }

    /**
     * Its content changed: an approval no longer stands, so it waits for review again; a proposal with changes
     * asked for stays so until its author asks for review again (they may save several times first).
     */
    void reopen(long id, Instant at) {
        jdbc.sql("update content.proposals set status = case when status = 'CHANGES_REQUESTED' then status "
                        + "else 'OPEN' end, updated_at = ? where id = ? and status not in ('MERGED', 'CLOSED')")
                .params(Timestamp.from(at), id)
                .update();
    }

    void touch(long id, Instant at) {
        jdbc.sql("update content.proposals set updated_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    private static Proposal map(ResultSet rs, int row) throws SQLException {
        return new Proposal(
                rs.getLong("id"),
                rs.getLong("community_id"),
                rs.getString("branch"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getLong("author_account_id"),
                rs.getString("author_name"),
                ProposalStatus.valueOf(rs.getString("status")),
                rs.getString("merged_commit"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    /** Shows a closed account's proposals and their history under {@code name}. */
    public void renameAuthor(long accountId, String name) {
        jdbc.sql("update content.proposals set author_name = ? where author_account_id = ?")
                .params(name, accountId)
                .update();
        jdbc.sql("update content.proposal_events set person_name = ? where account_id = ?")
                .params(name, accountId)
                .update();
    }
}
