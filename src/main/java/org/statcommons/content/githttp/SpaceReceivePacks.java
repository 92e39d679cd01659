package org.statcommons.content.githttp;

import io.micrometer.core.instrument.Counter;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PostReceiveHook;
import org.eclipse.jgit.transport.PostReceiveHookChain;
import org.eclipse.jgit.transport.PreReceiveHookChain;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.resolver.ReceivePackFactory;
import org.eclipse.jgit.transport.resolver.ServiceNotEnabledException;
import org.statcommons.access.Action;
import org.statcommons.access.Permissions;
import org.statcommons.content.BodySpaces;
import org.statcommons.content.SpaceCourses;
import org.statcommons.content.proposals.ProposalChecker;
import org.statcommons.content.proposals.RecordProposalPush;
import org.statcommons.content.space.ContentProperties;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.StatCommonsProperties;

/**
 * Sets up every push: only members who may edit or propose may push at all (others get 403); what each
 * pushed branch may become is decided by {@link PushChecker}, commits pushed to {@code refs/for/main} are landed
 * by {@link LandOnMain}, what follows a push is done by {@link PushRecorder}.
 */
class SpaceReceivePacks implements ReceivePackFactory<HttpServletRequest> {

    /** Pushes received (statcommons.git.pushes). */
    private final Counter received;

    private final Permissions permissions;
    private final ProposalChecker proposals;
    private final RecordProposalPush recordPush;
    private final SpacePushes pushes;
    private final ContentProperties limits;
    private final StatCommonsProperties site;
    private final Markdown markdown;
    private final BodySpaces bodySpaces;
    private final SpaceCourses courses;

    SpaceReceivePacks(
            Permissions permissions,
            ProposalChecker proposals,
            RecordProposalPush recordPush,
            SpacePushes pushes,
            ContentProperties limits,
            StatCommonsProperties site,
            Markdown markdown,
            BodySpaces bodySpaces,
            SpaceCourses courses,
            Counter received) {
        this.received = received;
        this.bodySpaces = bodySpaces;
        this.courses = courses;
        this.markdown = markdown;
        this.permissions = permissions;
        this.proposals = proposals;
        this.recordPush = recordPush;
        this.pushes = pushes;
        this.limits = limits;
        this.site = site;
    }

    @Override
    public ReceivePack create(HttpServletRequest request, Repository repository) throws ServiceNotEnabledException {
        GitRequest git = GitRequest.of(request);
        if (!mayPush(git)) {
            throw new ServiceNotEnabledException("You may read this space but not push to it.");
        }
        ReceivePack pack = new ReceivePack(repository);
        pack.setRefLogIdent(
                new PersonIdent(git.account().displayName(), git.account().email()));
        // PushChecker refuses deletions and rewrites of main itself, with reasons people can act on
        pack.setAllowDeletes(true);
        pack.setAllowNonFastForwards(true);
        pack.setAtomic(true);
        pack.setCheckReceivedObjects(true);
        pack.setMaxObjectSizeLimit(limits.maxAttachmentSize().toBytes());
        // PushChecker first: LandOnMain merges only commits that passed the checks of a push to main
        pack.setPreReceiveHook(PreReceiveHookChain.newChain(List.of(
                new PushChecker(git, permissions, proposals, limits, markdown, bodySpaces, courses),
                new LandOnMain(git, pushes))));
        PostReceiveHook counted = (done, commands) -> received.increment();
        pack.setPostReceiveHook(
                PostReceiveHookChain.newChain(List.of(new PushRecorder(git, recordPush, pushes, site), counted)));
        return pack;
    }

    /** A community's space takes pushes from those who edit or propose; a body's or a course's from those who write it. */
    private boolean mayPush(GitRequest git) {
        long communityId = git.community().id();
        if (git.course() != null) {
            return courses.mayWrite(git.actor(), git.community(), git.course());
        }
        if (git.body() != null) {
            return bodySpaces.may(
                    git.actor(),
                    Action.EDIT_BODY_SPACE,
                    git.community(),
                    git.body().bodyId());
        }
        return permissions.may(git.actor(), Action.EDIT_PAGE, communityId)
                || permissions.may(git.actor(), Action.PROPOSE_CHANGE, communityId);
    }
}
