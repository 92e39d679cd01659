package org.statcommons.content.githttp;

import java.util.Collection;
import org.eclipse.jgit.transport.PreReceiveHook;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.eclipse.jgit.transport.ReceivePack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.statcommons.content.Author;
import org.statcommons.content.SaveResult;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.TooManyRequestsException;

/**
 * {@code git push origin HEAD:refs/for/main}: the server lands the pushed commits on main itself
 * ({@link SpacePushes#mergeIntoMain}), fast-forward or three-way merge, as it lands a web save. On a busy
 * space a push to main itself keeps losing the race (fetch, merge, push, and main has moved again); this
 * never does. Runs after {@link PushChecker} (so the commits passed the same checks as a push to main), and
 * before JGit would create the ref: the command is answered here, {@code refs/for/main} itself is never
 * stored. A conflict, a refused save or a save limit refuses the command with the reason, which
 * {@code git push} prints.
 */
class LandOnMain implements PreReceiveHook {

    private static final Logger log = LoggerFactory.getLogger(LandOnMain.class);

    private final GitRequest git;
    private final SpacePushes pushes;

    LandOnMain(GitRequest git, SpacePushes pushes) {
        this.git = git;
        this.pushes = pushes;
    }

    @Override
    public void onPreReceive(ReceivePack pack, Collection<ReceiveCommand> commands) {
        for (ReceiveCommand command : commands) {
            if (!command.getRefName().equals(SpacePushes.FOR_MAIN)
                    || command.getResult() != ReceiveCommand.Result.NOT_ATTEMPTED) {
                continue;
            }
            if (commands.size() > 1) {
                // landing on main cannot be undone if another ref of the push then failed: alone, it stays all or
                // nothing
                refuse(pack, command, "push refs/for/main on its own (git push origin HEAD:refs/for/main)");
                for (ReceiveCommand other : commands) {
                    if (other.getResult() == ReceiveCommand.Result.NOT_ATTEMPTED) {
                        other.setResult(
                                ReceiveCommand.Result.REJECTED_OTHER_REASON,
                                "not pushed: refs/for/main is pushed on its own");
                    }
                }
                return;
            }
            land(pack, command);
        }
    }

    private void land(ReceivePack pack, ReceiveCommand command) {
        Author pusher = new Author(
                git.account().displayName(),
                git.account().email(),
                git.account().id());
        try {
            SaveResult result = pushes.mergeIntoMain(
                    git.community().id(), command.getNewId().name(), pusher);
            switch (result.outcome()) {
                case SAVED ->
                    accept(
                            pack,
                            command,
                            "main is now your commit "
                                    + command.getNewId().abbreviate(10).name() + ".");
                case MERGED ->
                    accept(
                            pack,
                            command,
                            "main had moved on since you pulled: your commits were merged into it as "
                                    + ((SaveResult.Saved) result).commitId().substring(0, 10)
                                    + ". Run git pull to get the merge.");
                case UNCHANGED -> accept(pack, command, "main already has these commits; nothing changed.");
                case CONFLICT ->
                    refuse(
                            pack,
                            command,
                            ((SaveResult.Conflicted) result).reason().english());
                default -> throw new IllegalStateException("Unknown outcome " + result.outcome());
            }
        } catch (InvalidInputException | ConflictException | TooManyRequestsException e) {
            refuse(pack, command, e.getMessage());
        } catch (RuntimeException e) {
            log.error(
                    "Landing a push to {} on main of space {} failed",
                    SpacePushes.FOR_MAIN,
                    git.community().id(),
                    e);
            refuse(pack, command, "the server could not merge your commits; nothing changed, please try again");
        }
    }

    private static void accept(ReceivePack pack, ReceiveCommand command, String message) {
        command.setResult(ReceiveCommand.Result.OK);
        pack.sendMessage(message);
    }

    private static void refuse(ReceivePack pack, ReceiveCommand command, String reason) {
        command.setResult(ReceiveCommand.Result.REJECTED_OTHER_REASON, reason);
        pack.sendError(SpacePushes.FOR_MAIN + ": " + reason);
    }
}
