package org.statcommons.academy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.CourseProposal;
import org.statcommons.content.CourseProposals;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Opens a proposal in a fork that merges the original's new changes (the fork's maintainers,
 * {@link Action#MAINTAIN_COURSES}, who must still be able to read the original): the original's main with its history
 * is brought into the fork's repository, and the proposal is reviewed and merged like any of the fork's proposals.
 */
@Service
class ProposeUpstreamChanges {

    private final Permissions permissions;
    private final CourseAccess access;
    private final CourseLineage lineage;
    private final CourseProposals proposals;

    ProposeUpstreamChanges(
            Permissions permissions, CourseAccess access, CourseLineage lineage, CourseProposals proposals) {
        this.permissions = permissions;
        this.access = access;
        this.lineage = lineage;
        this.proposals = proposals;
    }

    @Transactional
    CourseProposal propose(Actor actor, Community community, String courseName, Author author) {
        Course fork = access.readable(actor, community, courseName);
        permissions.require(actor, Action.MAINTAIN_COURSES, fork.communityId());
        CourseLineage.Origin origin = lineage.readableOrigin(actor, fork);
        return proposals
                .open(
                        fork.id(),
                        origin.course().id(),
                        "Changes from the original, " + origin.title(),
                        "The new changes of " + origin.title() + " (" + origin.communityName() + ").",
                        actor.accountId(),
                        author.name())
                .orElseThrow(() -> new InvalidInputException("", Text.of("academy.upstream.nothing")));
    }
}
