package org.statcommons.content.proposals;

import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Who may change a proposal, which branch names may be pushed, and the text people add to a proposal. Every
 * step asks {@link Permissions}: VIEW_SPACE to read, PROPOSE_CHANGE to propose and comment, REVIEW_PROPOSAL
 * to approve, ask for changes and merge; the author or a reviewer may update and close.
 */
@Component
public class ProposalChecker {

    /**
     * Names people give to pushed branches: {@code proposals/<name>}, starting with a letter (numbers are
     * the names of proposals made on the web, {@code proposals/<id>}).
     */
    private static final Pattern PUSHED_NAME =
            Pattern.compile("proposals/[A-Za-z][A-Za-z0-9._-]{0,79}(/[A-Za-z0-9][A-Za-z0-9._-]{0,79}){0,3}");

    private final Permissions permissions;
    private final Proposals proposals;

    ProposalChecker(Permissions permissions, Proposals proposals) {
        this.permissions = permissions;
        this.proposals = proposals;
    }

    /** Whether the actor may change this proposal's content or close it: its author, or a reviewer. */
    public boolean mayUpdate(Actor actor, Proposal proposal) {
        return actor.signedIn()
                && (actor.accountId() == proposal.authorAccountId()
                        || permissions.may(actor, Action.REVIEW_PROPOSAL, proposal.communityId()))
                && permissions.may(actor, Action.PROPOSE_CHANGE, proposal.communityId());
    }

    /**
     * The proposal, read in its community, when the actor may change it (see {@link #mayUpdate}): 404 when it is not
     * there, 403 when they may not (refused as {@code refusedAs}), and 409 when {@code open} is asked and it is
     * merged or closed already. The one check every step that changes a proposal makes first.
     */
    Proposal toChange(Actor actor, long communityId, long id, Action refusedAs, boolean open) {
        permissions.require(actor, Action.VIEW_SPACE, communityId);
        Proposal proposal = proposals.inCommunity(communityId, id);
        if (!mayUpdate(actor, proposal)) {
            throw new NotAllowedException(refusedAs, actor.signedIn());
        }
        if (open && proposal.status().finished()) {
            throw new ConflictException(
                    Text.of("proposals.finished", proposal.status().name()));
        }
        return proposal;
    }

    /**
     * Why this person may not push to {@code branch} (a name like {@code proposals/new-sources}), or empty
     * when they may: they may propose, the name is well formed, and an existing proposal there is theirs
     * (or they review) and still open.
     */
    public Optional<Text> pushRefusal(Actor actor, long communityId, String branch) {
        if (!permissions.may(actor, Action.PROPOSE_CHANGE, communityId)) {
            return Optional.of(Text.of("proposals.push.may-not-propose"));
        }
        Optional<Proposal> existing = proposals.byBranch(communityId, branch);
        if (existing.isEmpty()) {
            return PUSHED_NAME.matcher(branch).matches()
                    ? Optional.empty()
                    : Optional.of(Text.of("proposals.push.branch-name", 80));
        }
        Proposal proposal = existing.get();
        // the number as written on the proposal's page (#1234, never #1,234)
        String number = Long.toString(proposal.id());
        if (proposal.status().finished()) {
            return Optional.of(
                    Text.of("proposals.push.finished", number, proposal.status().text()));
        }
        if (!mayUpdate(actor, proposal)) {
            return Optional.of(Text.of("proposals.push.someone-elses", proposal.authorName(), number));
        }
        return Optional.empty();
    }

    /** A comment given with a step (review, closing), checked; {@code required} for a comment on its own. */
    static String comment(String text, boolean required) {
        TextInput input = new TextInput();
        String body = input.block("comment", "Comment", text, Proposal.MAX_TEXT_LENGTH, required);
        input.throwIfInvalid();
        return body;
    }

    static String truncate(String text, int length) {
        String value = text == null ? "" : text;
        return value.codePointCount(0, value.length()) <= length
                ? value
                : value.substring(0, value.offsetByCodePoints(0, length - 1)) + "…";
    }
}
