package org.statcommons.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a move of main changed, for features that keep their own data about pages (comments follow moves,
 * search re-indexes changed pages): read from the index, never from the Git log.
 */
@Repository
public class SpaceChanges {

    private final JdbcClient jdbc;

    SpaceChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The paths changed by main's commits after {@code before} up to and including {@code after}, oldest
     * first, as a {@link SpaceChanged} event names them. Empty when either commit is not on main's indexed
     * line (history was rewritten, or the index was rebuilt meanwhile): the caller should then look at the
     * whole space again.
     */
    public Optional<List<ChangedPath>> between(long communityId, String before, String after) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read(communityId, before, after);
        }
        // the saving transaction's listeners (comments, publications, hidden pages) each ask this of one save,
        // under the space's lock: read once per transaction. Only a found answer is kept: the commits between two
        // commits of main never change, while a commit not yet indexed may be indexed later in the transaction.
        Map<Asked, List<ChangedPath>> asked = askedInThisTransaction();
        Asked key = new Asked(communityId, before, after);
        List<ChangedPath> kept = asked.get(key);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<List<ChangedPath>> read = read(communityId, before, after);
        read.ifPresent(paths -> asked.put(key, paths));
        return read;
    }

    private record Asked(long communityId, String before, String after) {}

    @SuppressWarnings("unchecked")
    private Map<Asked, List<ChangedPath>> askedInThisTransaction() {
        Map<Asked, List<ChangedPath>> asked =
                (Map<Asked, List<ChangedPath>>) TransactionSynchronizationManager.getResource(this);
        if (asked == null) {
            asked = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, asked);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SpaceChanges.this);
                }
            });
        }
        return asked;
    }

    private Optional<List<ChangedPath>> read(long communityId, String before, String after) {
        // one round trip: the two commits' places on main's line and the paths between them (one row without a
        // path when none changed); several listeners ask this of every save, some of them under the space's lock
        List<Between> rows = jdbc.sql("""
                        with bounds as (
                            select case when :before = '' then 0
                                        else (select seq from content.commits where community_id = :community and id = :before)
                                   end as low,
                                   (select seq from content.commits where community_id = :community and id = :after) as high
                        )
                        select b.low, b.high, p.path, p.change, p.old_path
                          from bounds b
                          left join content.commit_paths p on p.community_id = :community and p.seq > b.low and p.seq <= b.high
                         order by p.seq, p.path""")
                .param("community", communityId)
                .param("before", before == null ? "" : before)
                .param("after", after)
                .query((rs, row) -> new Between(
                        rs.getObject(1) != null,
                        rs.getObject(2) != null,
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
        if (!rows.get(0).found()) {
            return Optional.empty();
        }
        return Optional.of(rows.stream()
                .filter(row -> row.path() != null)
                .map(row -> new ChangedPath(row.path(), row.change().charAt(0), row.oldPath()))
                .toList());
    }

    /** A row of {@link #between}: whether each commit is on main's indexed line, and one changed path or none. */
    private record Between(boolean lowKnown, boolean highKnown, String path, String change, String oldPath) {
        boolean found() {
            return lowKnown && highKnown;
        }
    }
}
