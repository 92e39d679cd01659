package org.statcommons.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.statcommons.content.space.PageFile;
import org.statcommons.content.space.Snapshot;
import org.statcommons.content.space.SpaceIndex;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.platform.NotFoundException;

/** Reading pages: the current version (with the commit an edit form starts from), old versions, the page list. */
@Service
public class Pages {

    private final SpaceRepositories repositories;
    private final JdbcClient jdbc;
    private final SpaceIndex index;

    Pages(SpaceRepositories repositories, JdbcClient jdbc, SpaceIndex index) {
        this.repositories = repositories;
        this.jdbc = jdbc;
        this.index = index;
    }

    /** A page's text at one commit; {@code commitId} is what an edit form sends back as its base. */
    public record PageContent(String path, String title, String body, String commitId, String blobId) {}

    /** The page as it is on main now. */
    public PageContent read(long communityId, String path) {
        SpacePath page = SpacePath.page("path", path);
        return withSnapshot(communityId, snapshot -> content(snapshot, snapshot.head(), page));
    }

    /** The page as it was in one version. */
    public PageContent read(long communityId, PageVersion version) {
        SpacePath page = SpacePath.page("path", version.path());
        return withSnapshot(
                communityId, snapshot -> content(snapshot, snapshot.commit("version", version.commitId()), page));
    }

    /** Every page on main, by path (the page tree), from the index. */
    public List<PageSummary> list(long communityId) {
        index.ensureCurrent(communityId);
        return jdbc.sql("""
                        select p.path, p.title, p.blob_id, p.latest_commit, c.author_name, p.changed_at
                          from content.pages p
                          join content.commits c on c.community_id = p.community_id and c.seq = p.latest_seq
                         where p.community_id = ? order by p.path""")
                .param(communityId)
                .query((rs, row) -> new PageSummary(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /**
     * Where a page that is no longer at {@code path} went, following moves (for redirecting old addresses);
     * empty when it was deleted or never existed.
     */
    public Optional<String> movedTo(long communityId, String path) {
        index.ensureCurrent(communityId);
        String current = SpacePath.page("path", path).value();
        for (int hops = 0; hops < 20; hops++) {
            if (exists(communityId, current)) {
                return hops == 0 ? Optional.empty() : Optional.of(current);
            }
            Optional<String> next = jdbc.sql("""
                            select path from content.commit_paths
                             where community_id = ? and old_path = ? and change = 'R' order by seq desc limit 1""")
                    .params(communityId, current)
                    .query(String.class)
                    .optional();
            if (next.isEmpty()) {
                return Optional.empty();
            }
            current = next.get();
        }
        return Optional.empty();
    }

    private boolean exists(long communityId, String path) {
        return jdbc.sql("select count(*) from content.pages where community_id = ? and path = ?")
                        .params(communityId, path)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private static PageContent content(Snapshot snapshot, RevCommit commit, SpacePath path) throws IOException {
        Optional<ObjectId> blob = snapshot.blob(commit, path);
        if (blob.isEmpty()) {
            throw new NotFoundException("There is no page " + path + ".");
        }
        PageFile file = PageFile.parse(snapshot.read(blob.get()));
        return new PageContent(
                path.value(),
                file.title(path),
                file.body(),
                commit.name(),
                blob.get().name());
    }

    @FunctionalInterface
    private interface Read<T> {
        T apply(Snapshot snapshot) throws IOException;
    }

    private <T> T withSnapshot(long communityId, Read<T> read) {
        Repository repository = repositories
                .open(communityId)
                .orElseThrow(() -> new NotFoundException("This community has no pages yet."));
        try (Snapshot snapshot = new Snapshot(repository)) {
            return read.apply(snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
