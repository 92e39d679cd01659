package org.statcommons.content.githttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PostReceiveHook;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.eclipse.jgit.transport.ReceivePack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statcommons.content.proposals.Proposal;
import org.statcommons.content.proposals.RecordProposalPush;
import org.statcommons.content.space.SpaceBranches;
import org.statcommons.platform.StatCommonsProperties;

/**
 * After the branches moved: main's new commits go into the index (and {@code SpaceChanged} is published),
 * a proposal branch opens or updates its proposal, and the pusher is told where to find it. The space may
 * then be due for a repack (every push adds a pack).
 */
class PushRecorder implements PostReceiveHook {

    private static final Logger log = LoggerFactory.getLogger(PushRecorder.class);

    private final GitRequest git;
    private final RecordProposalPush recordPush;
    private final SpacePushes pushes;
    private final StatCommonsProperties site;

    PushRecorder(GitRequest git, RecordProposalPush recordPush, SpacePushes pushes, StatCommonsProperties site) {
        this.git = git;
        this.recordPush = recordPush;
        this.pushes = pushes;
        this.site = site;
    }

    @Override
    public void onPostReceive(ReceivePack pack, Collection<ReceiveCommand> commands) {
        long communityId = git.spaceKey();
        for (ReceiveCommand command : commands) {
            try {
                if (command.getRefName().equals(SpaceBranches.MAIN)) {
                    ObjectId before = command.getOldId();
                    pushes.mainPushed(
                            communityId,
                            ObjectId.zeroId().equals(before) ? null : before.name(),
                            command.getNewId().name());
                } else if (command.getRefName().startsWith(SpaceBranches.PROPOSALS)) {
                    Proposal proposal = recordProposal(pack, command);
                    pack.sendMessage("Proposal #" + proposal.id() + " ("
                            + proposal.status().label().toLowerCase() + "): "
                            + site.link("/c/" + git.community().slug() + "/proposals/" + proposal.id()));
                }
            } catch (RuntimeException e) {
                // the branch has moved; a lagging index catches up on next use, a missing record on the next push
                log.error("After a push to {} of space {}", command.getRefName(), communityId, e);
                pack.sendError("Your push was stored, but recording it failed; it will be caught up. (" + e.getMessage()
                        + ")");
            }
        }
        pushes.received(communityId);
    }

    private Proposal recordProposal(ReceivePack pack, ReceiveCommand command) {
        try (RevWalk walk = new RevWalk(pack.getRepository())) {
            RevCommit commit = walk.parseCommit(command.getNewId());
            String message = commit.getFullMessage();
            String body = message.substring(
                            Math.min(message.length(), commit.getShortMessage().length()))
                    .strip();
            return recordPush.record(
                    git.community().id(),
                    command.getRefName().substring(Constants.R_HEADS.length()),
                    git.account().id(),
                    git.account().displayName(),
                    commit.name(),
                    commit.getShortMessage(),
                    body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
