package org.statcommons.content.proposals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.content.Author;
import org.statcommons.content.SaveResult;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.TextInput;

/**
 * Proposals (suggested changes): made from the web ({@link ProposeChange}) or by pushing a branch
 * {@code proposals/<name>} over Git, then commented on, approved or sent back for changes, merged into main
 * or closed. The branch is in Git ({@link ProposalBranches}); the record and its events are here. Every
 * step asks {@link Permissions}: VIEW_SPACE to read, PROPOSE_CHANGE to propose and comment, REVIEW_PROPOSAL
 * to approve, ask for changes and merge; the author or a reviewer may update and close.
 */
@Service
public class Proposals {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_TEXT_LENGTH = 20_000;

    /**
     * Names people give to pushed branches: {@code proposals/<name>}, starting with a letter (numbers are
     * the names of proposals made on the web, {@code proposals/<id>}).
     */
    private static final Pattern PUSHED_NAME =
            Pattern.compile("proposals/[A-Za-z][A-Za-z0-9._-]{0,79}(/[A-Za-z0-9][A-Za-z0-9._-]{0,79}){0,3}");

    private static final String COLUMNS =
            "id, community_id, branch, title, description, author_account_id, author_name, status, "
                    + "merged_commit, created_at, updated_at";

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final ProposalBranches branches;
    private final TransactionTemplate transactions;
    private final ProposalActivityPublisher activities;

    Proposals(
            JdbcClient jdbc,
            Permissions permissions,
            ProposalBranches branches,
            PlatformTransactionManager transactionManager,
            ProposalActivityPublisher activities) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.branches = branches;
        this.transactions = new TransactionTemplate(transactionManager);
        this.activities = activities;
    }

    /** The community's proposals, newest activity first; {@code openOnly} leaves out merged and closed ones. */
    public List<Proposal> list(Actor actor, long communityId, boolean openOnly) {
        permissions.require(actor, Action.VIEW_SPACE, communityId);
        return jdbc.sql("select " + COLUMNS + " from content.proposals where community_id = ?"
                        + (openOnly ? " and status not in ('MERGED', 'CLOSED')" : "")
                        + " order by updated_at desc, id desc")
                .param(communityId)
                .query(Proposals::map)
                .list();
    }

    public Proposal require(Actor actor, long communityId, long id) {
        permissions.require(actor, Action.VIEW_SPACE, communityId);
        return find(communityId, id)
                .orElseThrow(() -> new NotFoundException("There is no proposal " + id + " in this community."));
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

    public Optional<Proposal> byBranch(long communityId, String branch) {
        return jdbc.sql("select " + COLUMNS + " from content.proposals where community_id = ? and branch = ?")
                .params(communityId, branch)
                .query(Proposals::map)
                .optional();
    }

    /** Whether the actor may change this proposal's content or close it: its author, or a reviewer. */
    public boolean mayUpdate(Actor actor, Proposal proposal) {
        return actor.signedIn()
                && (actor.accountId() == proposal.authorAccountId()
                        || permissions.may(actor, Action.REVIEW_PROPOSAL, proposal.communityId()))
                && permissions.may(actor, Action.PROPOSE_CHANGE, proposal.communityId());
    }

    /**
     * Why this person may not push to {@code branch} (a name like {@code proposals/new-sources}), or empty
     * when they may: they may propose, the name is well formed, and an existing proposal there is theirs
     * (or they review) and still open.
     */
    public Optional<String> pushRefusal(Actor actor, long communityId, String branch) {
        if (!permissions.may(actor, Action.PROPOSE_CHANGE, communityId)) {
            return Optional.of("you may not propose changes in this community");
        }
        Optional<Proposal> existing = byBranch(communityId, branch);
        if (existing.isEmpty()) {
            return PUSHED_NAME.matcher(branch).matches()
                    ? Optional.empty()
                    : Optional.of(
                            "name proposal branches proposals/<name>, the name starting with a letter, then letters, digits, "
                                    + "'.', '_' or '-' (at most 80)");
        }
        Proposal proposal = existing.get();
        if (proposal.status().finished()) {
            return Optional.of("proposal #" + proposal.id() + " on this branch is "
                    + proposal.status().label().toLowerCase() + "; push your next change under a new name");
        }
        if (!mayUpdate(actor, proposal)) {
            return Optional.of("this branch holds " + proposal.authorName() + "'s proposal #" + proposal.id()
                    + "; push yours under another name");
        }
        return Optional.empty();
    }

    /**
     * Records a push to a proposal branch (already checked by {@link #pushRefusal}): a new branch opens a
     * proposal titled by the last commit's subject; a push to an existing one updates it.
     */
    @Transactional
    public Proposal recordPush(
            long communityId,
            String branch,
            long accountId,
            String personName,
            String commitId,
            String subject,
            String body) {
        Optional<Proposal> existing = byBranch(communityId, branch);
        if (existing.isEmpty()) {
            TextInput input = new TextInput();
            String title = truncate(input.line("title", "Title", subject, Integer.MAX_VALUE, false), MAX_TITLE_LENGTH);
            String description = truncate(
                    input.block("description", "Description", body, Integer.MAX_VALUE, false), MAX_TEXT_LENGTH);
            long id = insert(
                    communityId,
                    branch,
                    title.isEmpty() ? "Changes in " + branch : title,
                    description,
                    accountId,
                    personName);
            event(id, accountId, personName, "OPENED", "Pushed " + commitId.substring(0, 10) + ".");
            Proposal opened = find(communityId, id).orElseThrow();
            activities.proposalOpened(opened);
            return opened;
        }
        Proposal proposal = existing.get();
        updated(
                proposal,
                accountId,
                personName,
                "Pushed " + commitId.substring(0, 10) + ": " + truncate(subject, MAX_TITLE_LENGTH));
        return find(communityId, proposal.id()).orElseThrow();
    }

    @Transactional
    public void comment(Actor actor, String personName, long communityId, long id, String text) {
        Proposal proposal = require(actor, communityId, id);
        permissions.require(actor, Action.PROPOSE_CHANGE, communityId);
        TextInput input = new TextInput();
        String body = input.block("comment", "Comment", text, MAX_TEXT_LENGTH, true);
        input.throwIfInvalid();
        event(proposal.id(), actor.accountId(), personName, "COMMENTED", body);
        touch(proposal.id());
    }

    /** Approves ({@code approve}) or asks for changes, with an optional comment. */
    @Transactional
    public void review(Actor actor, String personName, long communityId, long id, boolean approve, String text) {
        Proposal proposal = require(actor, communityId, id);
        permissions.require(actor, Action.REVIEW_PROPOSAL, communityId);
        String body = optionalText(text);
        ProposalStatus status = approve ? ProposalStatus.APPROVED : ProposalStatus.CHANGES_REQUESTED;
        changeStatus(proposal, status);
        event(proposal.id(), actor.accountId(), personName, status.name(), body);
    }

    @Transactional
    public void close(Actor actor, String personName, long communityId, long id, String text) {
        Proposal proposal = require(actor, communityId, id);
        if (!mayUpdate(actor, proposal)) {
            throw new NotAllowedException(Action.REVIEW_PROPOSAL, actor.signedIn());
        }
        String body = optionalText(text);
        changeStatus(proposal, ProposalStatus.CLOSED);
        event(proposal.id(), actor.accountId(), personName, "CLOSED", body);
    }

    /**
     * Merges the proposal into main (a merge commit by the reviewer). A conflict changes nothing and is
     * returned ({@link SaveResult.Conflicted#reason()} names the pages); otherwise the proposal is merged.
     */
    public SaveResult merge(Actor actor, Author merger, long communityId, long id) {
        Proposal proposal = require(actor, communityId, id);
        permissions.require(actor, Action.REVIEW_PROPOSAL, communityId);
        if (proposal.status().finished()) {
            throw new ConflictException(
                    "This proposal is already " + proposal.status().label().toLowerCase() + ".");
        }
        // The merge commits (and indexes) in its own transaction, retried if main moves meanwhile; should the
        // record not follow, merging again finds the branch in main (UNCHANGED) and records it then.
        SaveResult result = branches.merge(
                communityId,
                proposal.branch(),
                merger,
                "Merge proposal #" + proposal.id() + ": " + proposal.title() + "\n\nFrom " + proposal.branch() + " by "
                        + proposal.authorName() + ".");
        if (result instanceof SaveResult.Saved saved) {
            transactions.executeWithoutResult(
                    status -> markMerged(proposal, saved.commitId(), actor.accountId(), merger.name()));
        }
        return result;
    }

    private void markMerged(Proposal proposal, String commitId, long accountId, String personName) {
        int changed = jdbc.sql("update content.proposals set status = 'MERGED', merged_commit = ?, updated_at = now() "
                        + "where id = ? and status not in ('MERGED', 'CLOSED')")
                .params(commitId, proposal.id())
                .update();
        if (changed == 1) {
            event(
                    proposal.id(),
                    accountId,
                    personName,
                    "MERGED",
                    "Merged into main as " + commitId.substring(0, 10) + ".");
            activities.proposalMerged(proposal, accountId, personName);
        }
    }

    /** Tells the reviewers of a proposal opened on the web, once its first version is saved. */
    void opened(Proposal proposal) {
        activities.proposalOpened(proposal);
    }

    /** A new proposal made on the web: its record first (the id names its branch, proposals/<id>). */
    long insertWeb(long communityId, String title, String description, long accountId, String personName) {
        long id = jdbc.sql("select nextval(pg_get_serial_sequence('content.proposals', 'id'))")
                .query(Long.class)
                .single();
        jdbc.sql(
                        "insert into content.proposals (id, community_id, branch, title, description, author_account_id, author_name) "
                                + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, communityId, "proposals/" + id, title, description, accountId, personName)
                .update();
        return id;
    }

    /** The content of the proposal changed: recorded, and a review given before no longer stands. */
    void updated(Proposal proposal, long accountId, String personName, String body) {
        jdbc.sql("update content.proposals set status = 'OPEN', updated_at = now() where id = ?")
                .param(proposal.id())
                .update();
        event(proposal.id(), accountId, personName, "UPDATED", body);
    }

    Optional<Proposal> find(long communityId, long id) {
        return jdbc.sql("select " + COLUMNS + " from content.proposals where community_id = ? and id = ?")
                .params(communityId, id)
                .query(Proposals::map)
                .optional();
    }

    void event(long proposalId, long accountId, String personName, String kind, String body) {
        jdbc.sql(
                        "insert into content.proposal_events (proposal_id, account_id, person_name, kind, body) values (?, ?, ?, ?, ?)")
                .params(proposalId, accountId, personName, kind, body)
                .update();
    }

    private long insert(
            long communityId, String branch, String title, String description, long accountId, String personName) {
        return jdbc.sql(
                        "insert into content.proposals (community_id, branch, title, description, author_account_id, author_name) "
                                + "values (?, ?, ?, ?, ?, ?) returning id")
                .params(communityId, branch, title, description, accountId, personName)
                .query(Long.class)
                .single();
    }

    private void changeStatus(Proposal proposal, ProposalStatus status) {
        int changed = jdbc.sql(
                        "update content.proposals set status = ?, updated_at = now() where id = ? and status not in ('MERGED', 'CLOSED')")
                .params(status.name(), proposal.id())
                .update();
        if (changed == 0) {
            throw new ConflictException(
                    "This proposal is already " + proposal.status().label().toLowerCase() + ".");
        }
    }

    private void touch(long id) {
        jdbc.sql("update content.proposals set updated_at = now() where id = ?")
                .param(id)
                .update();
    }

    private static String optionalText(String text) {
        TextInput input = new TextInput();
        String body = input.block("comment", "Comment", text, MAX_TEXT_LENGTH, false);
        input.throwIfInvalid();
        return body;
    }

    private static String truncate(String text, int length) {
        String value = text == null ? "" : text;
        return value.codePointCount(0, value.length()) <= length
                ? value
                : value.substring(0, value.offsetByCodePoints(0, length - 1)) + "…";
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
}
