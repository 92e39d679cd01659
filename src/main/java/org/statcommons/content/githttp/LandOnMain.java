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
import org.statcommons.platform.Text;
import org.statcommons.platform.TooManyRequestsException;
import org.statcommons.platform.i18n.Language;

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
        Language language = git.language();
        for (ReceiveCommand command : commands) {
            if (!command.getRefName().equals(SpacePushes.FOR_MAIN)
                    || command.getResult() != ReceiveCommand.Result.NOT_ATTEMPTED) {
                continue;
            }
            if (commands.size() > 1) {
                // landing on main cannot be undone if another ref of the push then failed: alone, it stays all or
                // nothing
                refuse(pack, command, Text.of("content.push.for-main.alone").in(language));
                for (ReceiveCommand other : commands) {
                    if (other.getResult() == ReceiveCommand.Result.NOT_ATTEMPTED) {
                        other.setResult(
                                ReceiveCommand.Result.REJECTED_OTHER_REASON,
                                Text.of("content.push.for-main.not-pushed").in(language));
                    }
                }
                return;
            }
            land(pack, command, language);
        }
    }

    private void land(ReceivePack pack, ReceiveCommand command, Language language) {
        Author pusher = new Author(
                git.account().displayName(),
                git.account().email(),
                git.account().id());
        try {
            SaveResult result =
                    pushes.mergeIntoMain(git.spaceKey(), command.getNewId().name(), pusher);
            switch (result.outcome()) {
                case SAVED ->
                    accept(
                            pack,
                            command,
                            Text.of(
                                            "content.push.for-main.saved",
                                            command.getNewId().abbreviate(10).name())
                                    .in(language));
                case MERGED ->
                    accept(
                            pack,
                            command,
                            Text.of(
                                            "content.push.for-main.merged",
                                            ((SaveResult.Saved) result)
                                                    .commitId()
                                                    .substring(0, 10))
                                    .in(language));
                case UNCHANGED ->
                    accept(
                            pack,
                            command,
                            Text.of("content.push.for-main.unchanged").in(language));
                case CONFLICT ->
                    refuse(
                            pack,
                            command,
                            ((SaveResult.Conflicted) result).reason().in(language));
                default -> throw new IllegalStateException("Unknown outcome " + result.outcome());
            }
        } catch (InvalidInputException e) {
            refuse(pack, command, inLanguage(e.errors().get(0).text(), e, language));
        } catch (ConflictException e) {
            refuse(pack, command, inLanguage(e.text(), e, language));
        } catch (TooManyRequestsException e) {
            refuse(pack, command, inLanguage(e.text(), e, language));
        } catch (RuntimeException e) {
            log.error("Landing a push to {} on main of space {} failed", SpacePushes.FOR_MAIN, git.spaceKey(), e);
            refuse(pack, command, Text.of("content.push.for-main.failed").in(language));
        }
    }

    /** A refusal's bundle text in the pusher's language; its English message when it has none yet. */
    private static String inLanguage(Text text, RuntimeException refusal, Language language) {
        return text == null ? refusal.getMessage() : text.in(language);
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
