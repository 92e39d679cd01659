package org.statcommons.content.space;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.statcommons.content.ChangedPath;
import org.statcommons.content.PageSummary;
import org.statcommons.content.PageVersion;
import org.statcommons.content.SpacePath;

/**
 * History lists of a space, all from the PostgreSQL index (never by walking the Git log): a page's history
 * (following its moves), the whole space's history, and recently changed pages.
 */
@Service
public class PageHistory {

    private static final String COMMIT_COLUMNS =
            "c.id, c.seq, c.parent_id, c.author_name, c.author_email, c.authored_at, c.summary";

    private final JdbcClient jdbc;
    private final SpaceIndex index;

    PageHistory(JdbcClient jdbc, SpaceIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** A page's changes, newest first, including those made under earlier paths before it was moved. */
    public HistoryPage<PageChange> ofPage(long communityId, String path, int page, int size) {
        SpacePath pagePath = SpacePath.page("path", path);
        int[] bounds = HistoryPage.bounds(page, size);
        index.ensureCurrent(communityId);
        List<PageChange> rows = jdbc.sql("""
                        with recursive segment (path, upto, since, renamed_from) as (
                            select cast(:path as text), cast(9223372036854775807 as bigint), start.seq, start.old_path
                              from (select 1) one
                              left join lateral (select seq, old_path from content.commit_paths
                                                  where community_id = :community and path = :path and change in ('A', 'R')
                                                  order by seq desc limit 1) start on true
                            union all
                            select s.renamed_from, s.since, start.seq, start.old_path
                              from segment s
                              left join lateral (select seq, old_path from content.commit_paths
                                                  where community_id = :community and path = s.renamed_from
                                                    and change in ('A', 'R') and seq < s.since
                                                  order by seq desc limit 1) start on true
                             where s.renamed_from is not null
                        )
                        select %s, p.path, p.change, p.old_path
                          from segment s
                          join content.commit_paths p on p.community_id = :community and p.path = s.path
                                                     and p.seq < s.upto and p.seq >= coalesce(s.since, 0)
                          join content.commits c on c.community_id = p.community_id and c.seq = p.seq
                         order by p.seq desc
                         limit :limit offset :offset""".formatted(COMMIT_COLUMNS))
                .param("community", communityId)
                .param("path", pagePath.value())
                .param("limit", bounds[1] + 1)
                .param("offset", (long) (bounds[0] - 1) * bounds[1])
                .query((rs, row) -> new PageChange(
                        commit(rs),
                        new ChangedPath(
                                rs.getString("path"), rs.getString("change").charAt(0), rs.getString("old_path"))))
                .list();
        return pageOf(rows, bounds);
    }

    /** Every commit of the space, newest first, with the paths each changed. */
    public HistoryPage<SpaceChange> ofSpace(long communityId, int page, int size) {
        int[] bounds = HistoryPage.bounds(page, size);
        index.ensureCurrent(communityId);
        List<SpaceCommit> commits = jdbc.sql("select " + COMMIT_COLUMNS
                        + " from content.commits c where c.community_id = ? " + "order by c.seq desc limit ? offset ?")
                .params(communityId, bounds[1] + 1, (long) (bounds[0] - 1) * bounds[1])
                .query((rs, row) -> commit(rs))
                .list();
        if (commits.isEmpty()) {
            return new HistoryPage<>(List.of(), bounds[0], bounds[1], false);
        }
        Map<Long, List<ChangedPath>> paths = jdbc
                .sql("""
                        select seq, path, change, old_path from content.commit_paths
                         where community_id = ? and seq between ? and ? order by seq, path""")
                .params(
                        communityId,
                        commits.get(commits.size() - 1).seq(),
                        commits.get(0).seq())
                .query((rs, row) -> Map.entry(
                        rs.getLong(1),
                        new ChangedPath(rs.getString(2), rs.getString(3).charAt(0), rs.getString(4))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<SpaceChange> changes = new ArrayList<>();
        for (SpaceCommit commit : commits) {
            changes.add(new SpaceChange(commit, paths.getOrDefault(commit.seq(), List.of())));
        }
        return pageOf(changes, bounds);
    }

    /** The pages changed most recently, newest first. */
    public List<PageSummary> recentlyChanged(long communityId, int limit) {
        index.ensureCurrent(communityId);
        return jdbc.sql("""
                        select p.path, p.title, p.blob_id, p.latest_commit, c.author_name, p.changed_at
                          from content.pages p
                          join content.commits c on c.community_id = p.community_id and c.seq = p.latest_seq
                         where p.community_id = ? order by p.latest_seq desc, p.path limit ?""")
                .params(communityId, Math.min(HistoryPage.MAX_SIZE, Math.max(1, limit)))
                .query((rs, row) -> new PageSummary(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /** A page's change: the commit and what it did to the page (its path then). */
    public record PageChange(SpaceCommit commit, ChangedPath change) {
        /** The page's version after this change, for comparing and restoring (none after a deletion). */
        public PageVersion version() {
            return new PageVersion(commit.id(), change.path());
        }
    }

    /** A commit of the space and every path it changed. */
    public record SpaceChange(SpaceCommit commit, List<ChangedPath> paths) {}

    private static <T> HistoryPage<T> pageOf(List<T> rows, int[] bounds) {
        boolean more = rows.size() > bounds[1];
        return new HistoryPage<>(List.copyOf(more ? rows.subList(0, bounds[1]) : rows), bounds[0], bounds[1], more);
    }

    private static SpaceCommit commit(ResultSet rs) throws SQLException {
        return new SpaceCommit(
                rs.getString("id"),
                rs.getLong("seq"),
                rs.getString("parent_id"),
                rs.getString("author_name"),
                rs.getString("author_email"),
                rs.getTimestamp("authored_at").toInstant(),
                rs.getString("summary"));
    }
}
