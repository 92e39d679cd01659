package org.statcommons.academy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.community.Community;
import org.statcommons.content.Author;
import org.statcommons.content.CourseProposal;
import org.statcommons.content.CourseProposals;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Offers a fork's changes back to its original: a proposal on the original holding the fork's main, reviewed and
 * merged by the original's maintainers, who need no right in the fork's community. Those who write the fork
 * ({@link Action#EDIT_COURSES}) and may read the original open it.
 */
@Service
class ContributeToOriginal {

    /** The proposal opened, and the original it was opened on. */
    record Contributed(CourseLineage.Origin origin, CourseProposal proposal) {}

    private final CourseAccess access;
    private final CourseLineage lineage;
    private final CourseProposals proposals;

    ContributeToOriginal(CourseAccess access, CourseLineage lineage, CourseProposals proposals) {
        this.access = access;
        this.lineage = lineage;
        this.proposals = proposals;
    }

    @Transactional
    Contributed contribute(Actor actor, Community community, String courseName, Author author) {
        Course fork = access.readable(actor, community, courseName);
        if (!access.mayWrite(actor, fork)) {
            throw new NotAllowedException(Action.EDIT_COURSES, actor.signedIn());
        }
        CourseLineage.Origin origin = lineage.readableOrigin(actor, fork);
        String title = lineage.title(fork);
        CourseProposal proposal = proposals
                .open(
                        origin.course().id(),
                        fork.id(),
                        "Changes from " + title + " (" + community.name() + ")",
                        "The changes of " + title + ", a fork kept by " + community.name() + ", since it took the"
                                + " original's changes last.",
                        actor.accountId(),
                        author.name())
                .orElseThrow(() -> new InvalidInputException("", Text.of("academy.contribute.nothing")));
        return new Contributed(origin, proposal);
    }
}
