package org.statcommons.content.space;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.content.SpacePath;

/**
 * The PostgreSQL index of every space's main branch: commits, the paths each changed, and the pages there
 * now. It is written in the same transaction that records a ref move ({@link SpaceWriter}), and it notes
 * which commit it describes; whenever that differs from the real ref (a crash between the two, a later
 * push channel) it catches up from Git, and it can always be rebuilt from Git alone.
 */
@Component
public class SpaceIndex {

    private final JdbcClient jdbc;
    private final SpaceRepositories repositories;
    private final TransactionTemplate transactions;

    SpaceIndex(JdbcClient jdbc, SpaceRepositories repositories, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.repositories = repositories;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Where the index stands for one space, read under the space's row lock. */
    public record State(long communityId, String indexedCommit, long commitCount) {}

    /** Throws the index of the space away and builds it again from the repository. */
    public void rebuild(long communityId) {
        transactions.executeWithoutResult(status -> {
            lock(communityId);
            clear(communityId);
            try (Snapshot snapshot = snapshot(communityId)) {
                catchUp(snapshot, new State(communityId, null, 0));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Makes sure the index describes main as it is now, before a read. Costs one ref lookup when it does;
     * otherwise takes the space's lock and catches up.
     */
    public void ensureCurrent(long communityId) {
        Optional<Repository> repository = repositories.open(communityId);
        if (repository.isEmpty()) {
            return;
        }
        String indexed = jdbc.sql("select indexed_commit from content.spaces where community_id = ?")
                .param(communityId)
                .query(String.class)
                .optional()
                .orElse(null);
        try {
            ObjectId head = repository.get().resolve(SpaceBranches.MAIN);
            if (Objects.equals(head == null ? null : head.name(), indexed)) {
                return;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactions.executeWithoutResult(status -> {
            State state = lock(communityId);
            try (Snapshot snapshot = snapshot(communityId)) {
                catchUp(snapshot, state);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Takes the space's write lock for the current transaction (creating the space's row on first use):
     * writers of one space queue here, so two saves never race for the same ref.
     */
    public State lock(long communityId) {
        jdbc.sql("insert into content.spaces (community_id) values (?) on conflict do nothing")
                .param(communityId)
                .update();
        return jdbc.sql(
                        "select community_id, indexed_commit, commit_count from content.spaces where community_id = ? for update")
                .param(communityId)
                .query((rs, row) -> new State(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .single();
    }

    /**
     * Indexes the commits on main's first-parent line that the index lacks. When the indexed commit is not
     * on that line (main was moved back or rewritten) the index is rebuilt from scratch.
     *
     * @return the index state afterwards
     */
    public State catchUp(Snapshot snapshot, State state) throws IOException {
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
        return new State(state.communityId(), headId, seq);
    }

    /** Adds one commit of main (whose first parent is already indexed) to the index. */
    void append(Snapshot snapshot, long communityId, RevCommit commit, long seq) throws IOException {
        PersonIdent author = commit.getAuthorIdent();
        jdbc.sql("""
                        insert into content.commits (community_id, seq, id, parent_id, author_name, author_email, authored_at, summary)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        communityId,
                        seq,
                        commit.name(),
                        commit.getParentCount() == 0
                                ? null
                                : commit.getParent(0).name(),
                        author.getName(),
                        author.getEmailAddress(),
                        Timestamp.from(author.getWhenAsInstant()),
                        commit.getShortMessage())
                .update();
        for (CommitChanges.PathChange change : CommitChanges.of(snapshot.reader(), snapshot.walk(), commit)) {
            jdbc.sql(
                            "insert into content.commit_paths (community_id, seq, path, change, old_path) values (?, ?, ?, ?, ?)")
                    .params(communityId, seq, change.path(), String.valueOf(change.change()), change.oldPath())
                    .update();
            if (!change.path().endsWith(SpacePath.PAGE_SUFFIX)) {
                continue;
            }
            if (change.change() == 'D') {
                jdbc.sql("delete from content.pages where community_id = ? and path = ?")
                        .params(communityId, change.path())
                        .update();
            } else {
                String title = PageFile.parse(snapshot.read(change.blob())).title(fileName(change.path()));
                jdbc.sql("""
                                insert into content.pages (community_id, path, title, blob_id, latest_seq, latest_commit, changed_at)
                                values (?, ?, ?, ?, ?, ?, ?)
                                on conflict (community_id, path) do update set title = excluded.title, blob_id = excluded.blob_id,
                                    latest_seq = excluded.latest_seq, latest_commit = excluded.latest_commit, changed_at = excluded.changed_at""")
                        .params(
                                communityId,
                                change.path(),
                                title,
                                change.blob().name(),
                                seq,
                                commit.name(),
                                Timestamp.from(author.getWhenAsInstant()))
                        .update();
            }
        }
    }

    void markIndexed(long communityId, String commitId, long commitCount) {
        jdbc.sql(
                        "update content.spaces set indexed_commit = ?, commit_count = ?, indexed_at = now() where community_id = ?")
                .params(commitId, commitCount, communityId)
                .update();
    }

    /** Forgets the space's index entirely (its row and repository are kept). */
    private void clear(long communityId) {
        jdbc.sql("delete from content.pages where community_id = ?")
                .param(communityId)
                .update();
        jdbc.sql("delete from content.commits where community_id = ?")
                .param(communityId)
                .update();
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
