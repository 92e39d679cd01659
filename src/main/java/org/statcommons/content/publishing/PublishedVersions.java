package org.statcommons.content.publishing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.statcommons.content.Author;
import org.statcommons.content.SpacePath;
import org.statcommons.content.pages.MovePage;
import org.statcommons.content.space.Snapshot;
import org.statcommons.content.space.SpaceBranches;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.content.space.SpaceWriter;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * The published version of a page that moved, at its new place. A publication names a commit and a path; when
 * the page moves on main, the published text must stay exactly what was published (later edits stay private)
 * while its address, its folder of files and its links into that folder follow the page. So a commit is made
 * outside main: the published commit with the page moved as {@link MovePage#edits} moves it, whose parent is
 * the published commit. Every reader of (commit, path) then finds the published version at the new path.
 * A ref {@code refs/published/<id>} keeps that commit from being pruned; it is dropped once the publication
 * names another commit (published again, unpublished, moved again). Git users never fetch it by default
 * (clones take {@code refs/heads/*}), and pushes to it are refused like every ref but main and proposals.
 */
@Component
public class PublishedVersions {

    private static final Logger log = LoggerFactory.getLogger(PublishedVersions.class);

    private final SpaceRepositories repositories;

    PublishedVersions(SpaceRepositories repositories) {
        this.repositories = repositories;
    }

    /** The moved version: its commit and the page's blob there. */
    public record Moved(String commitId, String blobId) {}

    /**
     * Makes the version published at {@code publishedCommit} moved from {@code from} to {@code to}, committed
     * by whoever made main's head (the person who moved the page). The ref is removed again if the caller's
     * transaction rolls back.
     */
    public Moved moved(long communityId, String publishedCommit, SpacePath from, SpacePath to) {
        Repository repository = repositories
                .open(communityId)
                .orElseThrow(() -> new NotFoundException(Text.of("content.no-pages-yet")));
        try (Snapshot snapshot = new Snapshot(repository);
                ObjectInserter inserter = repository.newObjectInserter()) {
            RevCommit published = snapshot.walk().parseCommit(ObjectId.fromString(publishedCommit));
            // the move itself passed the folder bound on main; this copy of an older version follows it
            ObjectId tree = SpaceWriter.tree(
                    snapshot,
                    inserter,
                    published,
                    MovePage.edits(snapshot, published, from, to, true),
                    Integer.MAX_VALUE);
            PersonIdent mover = snapshot.head().getCommitterIdent();
            // stamped like the move it follows
            ObjectId commit = inserter.insert(SpaceWriter.commit(
                    tree,
                    published,
                    null,
                    new Author(mover.getName(), mover.getEmailAddress()),
                    "Published version of " + from + ", moved to " + to,
                    mover.getWhenAsInstant()));
            inserter.flush();
            String ref = SpaceBranches.PUBLISHED + commit.name();
            RefUpdate update = repository.updateRef(ref);
            update.setExpectedOldObjectId(ObjectId.zeroId());
            update.setNewObjectId(commit);
            update.setRefLogMessage("statcommons: published version of " + from + " moved to " + to, false);
            RefUpdate.Result result = update.update(snapshot.walk());
            if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.NO_CHANGE) {
                throw new IllegalStateException("Creating " + ref + " failed: " + result);
            }
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_ROLLED_BACK) {
                        delete(repository, ref);
                    }
                }
            });
            ObjectId blob =
                    snapshot.blob(snapshot.walk().parseCommit(commit), to).orElseThrow();
            return new Moved(commit.name(), blob.name());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the published version in space " + communityId, e);
        }
    }

    /**
     * The publication no longer names {@code commitId}: if that was a moved version, its ref goes once the
     * transaction has committed (before that, a rollback would leave the publication naming it).
     */
    public void release(long communityId, String commitId) {
        String ref = SpaceBranches.PUBLISHED + commitId;
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                repositories.open(communityId).ifPresent(repository -> delete(repository, ref));
            }
        });
    }

    private static void delete(Repository repository, String ref) {
        try {
            Ref existing = repository.exactRef(ref);
            if (existing == null) {
                return;
            }
            RefUpdate delete = repository.updateRef(ref);
            delete.setExpectedOldObjectId(existing.getObjectId());
            delete.setForceUpdate(true);
            RefUpdate.Result result = delete.delete();
            if (result != RefUpdate.Result.FORCED && result != RefUpdate.Result.NO_CHANGE) {
                log.warn("Could not delete {} ({}); it only keeps an old published version", ref, result);
            }
        } catch (IOException e) {
            log.warn("Could not delete {}; it only keeps an old published version", ref, e);
        }
    }
}
