package org.statcommons.content;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.KeptAnswers;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.database.ServerSignals;

/**
 * Which version of which page is public (data access of {@code content.publications} and its feed,
 * {@code content.publication_events}). Publishing records one version (commit and blob) of a page; the public
 * address shows exactly that version until the page is published again or unpublished, whatever is saved
 * meanwhile. Publishing and unpublishing are {@code content.publishing.PublishPage}; who may is the policy's question.
 */
@Repository
public class Publications {

    private final JdbcClient jdbc;
    private final Pages pages;
    /**
     * Every member's page view asks {@link #marks}: kept in memory by space and path, forgotten by every write of
     * the publications here and of the hidden pages ({@link HiddenPages} tells); several servers on one database
     * set {@code statcommons.page-marks.keep-in-memory=false}.
     */
    private final KeptAnswers<String, Marks> kept;

    Publications(
            JdbcClient jdbc,
            Pages pages,
            @Value("${statcommons.page-marks.keep-in-memory:true}") boolean keepInMemory,
            ServerSignals signals) {
        this.jdbc = jdbc;
        this.pages = pages;
        this.kept = new KeptAnswers<>(200_000, keepInMemory, signals, "page-marks");
    }

    private static String key(long communityId, String path) {
        return communityId + "\n" + path;
    }

    /** A page's marks changed other than through this class: read again at the next view. */
    void forgetMarks(long communityId, String path) {
        kept.forget(key(communityId, path));
    }

    /** Marks of several pages changed (a move): every page's are read again. */
    void forgetMarks() {
        kept.forgetAll();
    }

    /** A published version of a page. */
    public record Published(
            long communityId,
            String path,
            String title,
            String commitId,
            String blobId,
            Instant publishedAt,
            String publishedBy) {}

    /** One publish or unpublish, for the feed. */
    public record Event(long id, String path, String title, String commitId, boolean published, Instant at) {}

    /** Records this version as the page's public one, replacing an earlier one. */
    public void save(Published published) {
        forgetMarks(published.communityId(), published.path());
        jdbc.sql("""
                        insert into content.publications (community_id, path, title, commit_id, blob_id, published_at, published_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (community_id, path) do update set title = excluded.title, commit_id = excluded.commit_id,
                            blob_id = excluded.blob_id, published_at = excluded.published_at, published_by = excluded.published_by""")
                .params(
                        published.communityId(),
                        published.path(),
                        published.title(),
                        published.commitId(),
                        published.blobId(),
                        Timestamp.from(published.publishedAt()),
                        published.publishedBy())
                .update();
    }

    /** The page is no longer public. */
    public void delete(long communityId, String path) {
        forgetMarks(communityId, path);
        jdbc.sql("delete from content.publications where community_id = ? and path = ?")
                .params(communityId, path)
                .update();
    }

    /** Forgets the feed entries of an address. */
    public void deleteEvents(long communityId, String path) {
        jdbc.sql("delete from content.publication_events where community_id = ? and path = ?")
                .params(communityId, path)
                .update();
    }

    /** The publication at {@code from}, and its feed entries, now at {@code to}, as this version moved there. */
    public void move(long communityId, String from, String to, String commitId, String blobId) {
        forgetMarks(communityId, from);
        forgetMarks(communityId, to);
        jdbc.sql(
                        "update content.publications set path = ?, commit_id = ?, blob_id = ? where community_id = ? and path = ?")
                .params(to, commitId, blobId, communityId, from)
                .update();
        jdbc.sql("update content.publication_events set path = ? where community_id = ? and path = ?")
                .params(to, communityId, from)
                .update();
    }

    /** A line of the feed: published (with the version) or unpublished. */
    public void recordEvent(long communityId, String path, String title, String commitId, boolean published) {
        jdbc.sql(
                        "insert into content.publication_events (community_id, path, title, commit_id, published) values (?, ?, ?, ?, ?)")
                .params(communityId, path, title, commitId, published)
                .update();
    }

    public Optional<Published> published(long communityId, String path) {
        return jdbc.sql("select * from content.publications where community_id = ? and path = ?")
                .params(communityId, path)
                .query(Publications::map)
                .optional();
    }

    /**
     * What a view of a page as it is now asks about its address, in one query instead of two (every member's page
     * view asks it).
     *
     * @param hidden    a moderator hid the page ({@link HiddenPages#hidden(long, String)})
     * @param published its public version ({@link #published(long, String)})
     */
    public record Marks(boolean hidden, Optional<Published> published) {}

    public Marks marks(long communityId, String path) {
        return kept.get(
                key(communityId, path),
                () -> jdbc.sql("""
                        select exists (select 1 from content.hidden_pages h
                                        where h.community_id = :community and h.path = :path) as hidden, p.*
                          from (select 1) as one
                          left join content.publications p on p.community_id = :community and p.path = :path""")
                        .param("community", communityId)
                        .param("path", path)
                        .query((rs, row) -> new Marks(
                                rs.getBoolean("hidden"),
                                rs.getString("path") == null ? Optional.empty() : Optional.of(map(rs, row))))
                        .single());
    }

    /**
     * Where the page once published at {@code path}, an address no longer published, is published now after
     * moves (for redirecting its old public address); empty when nothing published moved from there.
     */
    public Optional<String> movedTo(long communityId, String path) {
        if (!path.endsWith(SpacePath.PAGE_SUFFIX)) {
            return Optional.empty();
        }
        try {
            return pages.movedTo(communityId, path)
                    .filter(now -> published(communityId, now).isPresent());
        } catch (InvalidInputException | NotFoundException notAPage) {
            return Optional.empty();
        }
    }

    /** The published pages of a space, by path. */
    public List<Published> of(long communityId) {
        return jdbc.sql("select * from content.publications where community_id = ? order by path")
                .param(communityId)
                .query(Publications::map)
                .list();
    }

    /** Every published page on the server, for the sitemap. */
    public List<Published> all(int limit) {
        return jdbc.sql("select * from content.publications order by community_id, path limit ?")
                .param(limit)
                .query(Publications::map)
                .list();
    }

    /**
     * The latest publications of pages that are still public, newest first (unpublished pages drop out of
     * the feed with all their earlier entries).
     */
    public List<Event> feed(long communityId, int limit) {
        return jdbc.sql("""
                        select e.id, e.path, e.title, e.commit_id, e.published, e.at
                          from content.publication_events e
                          join content.publications p on p.community_id = e.community_id and p.path = e.path
                         where e.community_id = ? and e.published
                         order by e.id desc limit ?""")
                .params(communityId, limit)
                .query((rs, row) -> new Event(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBoolean(5),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    /**
     * Changes whenever anything in the space is published or unpublished: part of the key of cached public
     * pages, whose links depend on which other pages are public.
     */
    public long stamp(long communityId) {
        return jdbc.sql("select coalesce(max(id), 0) from content.publication_events where community_id = ?")
                .param(communityId)
                .query(Long.class)
                .single();
    }

    private static Published map(ResultSet rs, int row) throws SQLException {
        return new Published(
                rs.getLong("community_id"),
                rs.getString("path"),
                rs.getString("title"),
                rs.getString("commit_id"),
                rs.getString("blob_id"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getString("published_by"));
    }
}
