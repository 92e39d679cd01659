package org.statcommons.content.githttp;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.content.Author;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpaceChanged;
import org.statcommons.content.space.BranchMerge;
import org.statcommons.content.space.IndexState;
import org.statcommons.content.space.Snapshot;
import org.statcommons.content.space.SpaceBranches;
import org.statcommons.content.space.SpaceIndexer;
import org.statcommons.content.space.SpaceRepacker;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.content.space.SpaceWriter;
import org.statcommons.platform.Text;

/**
 * What the server does with Git pushes. After a push moved main, the index catches up with the pushed
 * commits (under the space's lock, as a web save would) and {@link SpaceChanged} is published, so a push
 * feeds everything a web edit feeds. Commits pushed to {@code refs/for/main} are landed on main by the
 * server, merged like a web save ({@link #mergeIntoMain}), so a Git user gets work into a busy space.
 */
@Service
public class SpacePushes {

    /** The ref a Git user pushes to when the server should merge their commits into main. */
    public static final String FOR_MAIN = "refs/for/main";

    private final SpaceRepositories repositories;
    private final SpaceIndexer index;
    private final SpaceWriter writer;
    private final SpaceRepacker repacks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    SpacePushes(
            SpaceRepositories repositories,
            SpaceIndexer index,
            SpaceWriter writer,
            SpaceRepacker repacks,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.repositories = repositories;
        this.index = index;
        this.writer = writer;
        this.repacks = repacks;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** @param before main before the push, null when the push created it */
    public void mainPushed(long communityId, String before, String after) {
        transactions.executeWithoutResult(status -> {
            IndexState state = index.lock(communityId);
            try (Snapshot snapshot = new Snapshot(repositories.create(communityId))) {
                index.catchUp(snapshot, state);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            events.publishEvent(new SpaceChanged(communityId, before, after));
        });
    }

    /** A push was received (a pack added): the space may be due for a repack. */
    public void received(long communityId) {
        repacks.changed(communityId);
    }

    /**
     * Lands a commit pushed to {@link #FOR_MAIN} on main, as the pusher: when main has not moved since the
     * commit's history left it, main fast-forwards to it (the commits become main as they are); otherwise it
     * is merged three ways with main as it is now, in a merge commit whose second parent is the pushed commit
     * (so the pusher's clone gets main with a plain {@code git pull}), retried when main moves meanwhile, like
     * a web save. A real conflict lands nothing and names the files both sides changed.
     *
     * @return {@code SAVED} (fast-forward), {@code MERGED}, {@code UNCHANGED} (main already has the commit)
     *         or {@code CONFLICT}
     */
    public SaveResult mergeIntoMain(long communityId, String pushed, Author pusher) {
        Repository repository = repositories.create(communityId);
        String summary;
        try (Snapshot snapshot = new Snapshot(repository)) {
            RevCommit tip = snapshot.walk().parseCommit(ObjectId.fromString(pushed));
            RevCommit head = snapshot.head();
            if (head == null || snapshot.walk().isMergedInto(head, tip)) {
                RefUpdate update = repository.updateRef(SpaceBranches.MAIN);
                update.setExpectedOldObjectId(head == null ? ObjectId.zeroId() : head);
                update.setNewObjectId(tip);
                update.setRefLogIdent(new PersonIdent(pusher.name(), pusher.email()));
                update.setRefLogMessage("statcommons: push to " + FOR_MAIN, false);
                RefUpdate.Result result = update.update(snapshot.walk());
                if (result == RefUpdate.Result.NEW || result == RefUpdate.Result.FAST_FORWARD) {
                    mainPushed(communityId, head == null ? null : head.name(), tip.name());
                    return new SaveResult.Saved(SaveResult.Outcome.SAVED, tip.name(), null);
                }
                // main moved since it was read: merge with what is there now
            }
            summary = tip.getShortMessage();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pushed commit " + pushed, e);
        }
        return writer.write(
                communityId,
                pusher,
                "Merge pushed commits: " + summary,
                snapshot -> BranchMerge.plan(
                        snapshot,
                        snapshot.walk().parseCommit(ObjectId.fromString(pushed)),
                        "yours",
                        paths -> Text.of("content.push.conflict", String.join(", ", paths))));
    }
}
