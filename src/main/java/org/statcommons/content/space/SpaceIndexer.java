package org.statcommons.content.space;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.content.ChangedPath;
import org.statcommons.content.SpacePath;

/**
 * The PostgreSQL index of every space's main branch: commits, the paths each changed, and the pages there
 * now. It is written in the same transaction that records a ref move ({@link SpaceWriter}) through {@link IndexedSpaces}, {@link IndexedCommits} and {@link IndexedPages}, and it notes
 * which commit it describes; whenever that differs from the real ref (a crash between the two, a later
 * push channel) it catches up from Git, and it can always be rebuilt from Git alone.
 */
@Component
public class SpaceIndexer {

    private final IndexedSpaces spaces;
    private final IndexedCommits commits;
    private final IndexedPages pages;
    private final SpaceRepositories repositories;
    private final TransactionTemplate transactions;

    SpaceIndexer(
            IndexedSpaces spaces,
            IndexedCommits commits,
            IndexedPages pages,
            SpaceRepositories repositories,
            PlatformTransactionManager transactionManager) {
        this.spaces = spaces;
        this.commits = commits;
        this.pages = pages;
        this.repositories = repositories;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Throws the index of the space away and builds it again from the repository. */
    public void rebuild(long communityId) {
        transactions.executeWithoutResult(status -> {
            lock(communityId);
            clear(communityId);
            try (Snapshot snapshot = snapshot(communityId)) {
                catchUp(snapshot, new IndexState(communityId, null, 0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Makes sure the index describes main as it is now, before a read. Costs one ref lookup when it does;
     * otherwise takes the space's lock and catches up. Gives the commit the index described when it was already
     * current (what was read of it can be kept for that commit), and nothing when it caught up or has no space.
     */
    public Optional<String> ensureCurrent(long communityId) {
        Optional<Repository> repository = repositories.open(communityId);
        if (repository.isEmpty()) {
            return Optional.empty();
        }
        String indexed = spaces.indexedCommit(communityId).orElse(null);
        try {
            ObjectId head = repository.get().resolve(SpaceBranches.MAIN);
            if (Objects.equals(head == null ? null : head.name(), indexed)) {
                return Optional.ofNullable(indexed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactions.executeWithoutResult(status -> {
            IndexState state = lock(communityId);
            try (Snapshot snapshot = snapshot(communityId)) {
                catchUp(snapshot, state);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return Optional.empty();
    }

    /** The commit of main the index describes now, if any. */
    public Optional<String> indexedCommit(long communityId) {
        return spaces.indexedCommit(communityId);
    }

    /**
     * Takes the space's write lock for the current transaction (creating the space's row on first use):
     * writers of one space queue here, so two saves never race for the same ref.
     */
    public IndexState lock(long communityId) {
        return spaces.lock(communityId);
    }

    /**
     * Indexes the commits on main's first-parent line that the index lacks. When the indexed commit is not
     * on that line (main was moved back or rewritten) the index is rebuilt from scratch.
     *
     * @return the index state afterwards
     */
    public IndexState catchUp(Snapshot snapshot, IndexState state) throws IOException {
        RevCommit head = snapshot.head();
        String headId = head == null ? null : head.name();
        if (Objects.equals(headId, state.indexedCommit())) {
            return state;
        }
        List<RevCommit> missing = new ArrayList<>();
        boolean found = false;
        for (RevCommit commit = head; commit != null; commit = firstParent(snapshot, commit)) {
            if (commit.name().equals(state.indexedCommit())) {
                found = true;
                break;
            }
            missing.add(commit);
        }
        long seq = state.commitCount();
        if (!found) {
            clear(state.communityId());
            seq = 0;
        }
        Collections.reverse(missing);
        for (RevCommit commit : missing) {
            append(snapshot, state.communityId(), commit, ++seq);
        }
        markIndexed(state.communityId(), headId, seq);
        return new IndexState(state.communityId(), headId, seq);
    }

    /** Adds one commit of main (whose first parent is already indexed) to the index. */
    void append(Snapshot snapshot, long communityId, RevCommit commit, long seq) throws IOException {
        PersonIdent author = commit.getAuthorIdent();
        SpaceCommit indexed = new SpaceCommit(
                commit.name(),
                seq,
                commit.getParentCount() == 0 ? null : commit.getParent(0).name(),
                author.getName(),
                author.getEmailAddress(),
                author.getWhenAsInstant(),
                commit.getShortMessage());
        commits.add(communityId, indexed);
        for (CommitChanges.PathChange change : CommitChanges.of(snapshot.reader(), snapshot.walk(), commit)) {
            commits.addPath(communityId, seq, new ChangedPath(change.path(), change.change(), change.oldPath()));
            if (!change.path().endsWith(SpacePath.PAGE_SUFFIX)) {
                continue;
            }
            if (change.change() == 'D') {
                pages.delete(communityId, change.path());
            } else {
                String title = PageFile.parse(snapshot.read(change.blob())).title(fileName(change.path()));
                pages.put(communityId, change.path(), title, change.blob().name(), indexed);
            }
        }
    }

    void markIndexed(long communityId, String commitId, long commitCount) {
        spaces.markIndexed(communityId, commitId, commitCount);
    }

    /** Forgets the space's index entirely (its row and repository are kept). */
    private void clear(long communityId) {
        pages.deleteAll(communityId);
        commits.deleteAll(communityId);
        markIndexed(communityId, null, 0);
    }

    private Snapshot snapshot(long communityId) throws IOException {
        return new Snapshot(repositories.create(communityId));
    }

    private static RevCommit firstParent(Snapshot snapshot, RevCommit commit) throws IOException {
        return commit.getParentCount() == 0 ? null : snapshot.walk().parseCommit(commit.getParent(0));
    }

    private static String fileName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.substring(0, name.length() - SpacePath.PAGE_SUFFIX.length());
    }
}
