package org.statcommons.content;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

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
        Optional<Long> from = before == null ? Optional.of(0L) : seq(communityId, before);
        Optional<Long> to = seq(communityId, after);
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        select path, change, old_path from content.commit_paths
                         where community_id = ? and seq > ? and seq <= ? order by seq, path""")
                .params(communityId, from.get(), to.get())
                .query((rs, row) ->
                        new ChangedPath(rs.getString(1), rs.getString(2).charAt(0), rs.getString(3)))
                .list());
    }

    private Optional<Long> seq(long communityId, String commitId) {
        return jdbc.sql("select seq from content.commits where community_id = ? and id = ?")
                .params(communityId, commitId)
                .query(Long.class)
                .optional();
    }
}
