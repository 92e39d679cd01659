package org.statcommons.content.space;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.statcommons.content.ChangedPath;
import org.statcommons.content.PageSummary;
import org.statcommons.content.SpacePath;

/**
 * History lists of a space, all from the PostgreSQL index (never by walking the Git log), brought up to main
 * first: a page's history (following its moves), the whole space's history, and recently changed pages.
 */
@Component
public class HistoryReader {

    private final IndexedCommits commits;
    private final IndexedPages pages;
    private final SpaceIndexer index;

    HistoryReader(IndexedCommits commits, IndexedPages pages, SpaceIndexer index) {
        this.commits = commits;
        this.pages = pages;
        this.index = index;
    }

    /** A page's changes, newest first, including those made under earlier paths before it was moved. */
    public HistoryPage<PageChange> ofPage(long communityId, String path, int page, int size) {
        SpacePath pagePath = SpacePath.page("path", path);
        int[] bounds = HistoryPage.bounds(page, size);
        index.ensureCurrent(communityId);
        List<PageChange> rows =
                commits.ofPage(communityId, pagePath.value(), bounds[1] + 1, (long) (bounds[0] - 1) * bounds[1]);
        return pageOf(rows, bounds);
    }

    /** Every commit of the space, newest first, with the paths each changed. */
    public HistoryPage<SpaceChange> ofSpace(long communityId, int page, int size) {
        int[] bounds = HistoryPage.bounds(page, size);
        index.ensureCurrent(communityId);
        List<SpaceCommit> found = commits.ofSpace(communityId, bounds[1] + 1, (long) (bounds[0] - 1) * bounds[1]);
        if (found.isEmpty()) {
            return new HistoryPage<>(List.of(), bounds[0], bounds[1], false);
        }
        Map<Long, List<ChangedPath>> paths = commits.pathsOf(
                communityId, found.get(found.size() - 1).seq(), found.get(0).seq());
        List<SpaceChange> changes = new ArrayList<>();
        for (SpaceCommit commit : found) {
            changes.add(new SpaceChange(commit, paths.getOrDefault(commit.seq(), List.of())));
        }
        return pageOf(changes, bounds);
    }

    /** The pages changed most recently, newest first. */
    public List<PageSummary> recentlyChanged(long communityId, int limit) {
        index.ensureCurrent(communityId);
        return pages.recentlyChanged(communityId, Math.min(HistoryPage.MAX_SIZE, Math.max(1, limit)));
    }

    private static <T> HistoryPage<T> pageOf(List<T> rows, int[] bounds) {
        boolean more = rows.size() > bounds[1];
        return new HistoryPage<>(List.copyOf(more ? rows.subList(0, bounds[1]) : rows), bounds[0], bounds[1], more);
    }
}
