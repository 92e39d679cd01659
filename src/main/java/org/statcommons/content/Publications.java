package org.statcommons.content;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.content.publishing.PublicationActivityPublisher;
import org.statcommons.content.publishing.PublishedVersions;
import org.statcommons.content.space.SpaceIndex;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;

/**
 * Which version of which page is public. Publishing records one version (commit and blob) of a page; the
 * public address shows exactly that version until the page is published again or unpublished, whatever is
 * saved meanwhile. Who may publish is the caller's question (the permission policy).
 */
@Service
public class Publications {

    private final JdbcClient jdbc;
    private final Pages pages;
    private final SpaceIndex index;
    private final ApplicationEventPublisher events;
    private final PublicationActivityPublisher activities;
    private final HiddenPages hidden;
    private final SpaceChanges changes;
    private final PublishedVersions versions;
    private final Clock clock;

    Publications(JdbcClient jdbc, Pages pages, SpaceIndex index, ApplicationEventPublisher events, PublicationActivityPublisher activities,
                 HiddenPages hidden, SpaceChanges changes, PublishedVersions versions, Clock clock) {
        this.clock = clock;
        this.hidden = hidden;
        this.changes = changes;
        this.versions = versions;
        this.jdbc = jdbc;
        this.pages = pages;
        this.index = index;
        this.events = events;
        this.activities = activities;
    }

    /** A published version of a page. */
    public record Published(long communityId, String path, String title, String commitId, String blobId,
                            Instant publishedAt, String publishedBy) {
    }

    /** One publish or unpublish, for the feed. */
    public record Event(long id, String path, String title, String commitId, boolean published, Instant at) {
    }

    /**
     * Publishes a version of the page at {@code path}: the given commit, or the page as it is now when
     * {@code commitId} is blank.
     */
    @Transactional
    public Published publish(long communityId, String path, String commitId, Author by) {
        SpacePath page = SpacePath.page("path", path);
        Pages.PageContent content = commitId == null || commitId.isBlank()
                ? pages.read(communityId, page.value())
                : pages.read(communityId, new PageVersion(checkedCommit(commitId), page.value()));
        index.lock(communityId);
        if (hidden.hidden(communityId, page.value())) {
            throw new ConflictException("A moderator has hidden this page: it cannot be published until a moderator restores it.");
        }
        Instant now = clock.instant();
        published(communityId, page.value()).filter(before -> !before.commitId().equals(content.commitId()))
                .ifPresent(before -> versions.release(communityId, before.commitId()));
        jdbc.sql("""
                        insert into content.publications (community_id, path, title, commit_id, blob_id, published_at, published_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (community_id, path) do update set title = excluded.title, commit_id = excluded.commit_id,
                            blob_id = excluded.blob_id, published_at = excluded.published_at, published_by = excluded.published_by""")
                .params(communityId, page.value(), content.title(), content.commitId(), content.blobId(),
                        java.sql.Timestamp.from(now), by.name())
                .update();
        event(communityId, page.value(), content.title(), content.commitId(), true);
        activities.pagePublished(communityId, page.value(), content.title(), by.name());
        return new Published(communityId, page.value(), content.title(), content.commitId(), content.blobId(), now, by.name());
    }

    /** Makes the page private again; true when it was published. */
    @Transactional
    public boolean unpublish(long communityId, String path) {
        SpacePath page = SpacePath.page("path", path);
        Optional<Published> published = published(communityId, page.value());
        if (published.isEmpty()) {
            return false;
        }
        jdbc.sql("delete from content.publications where community_id = ? and path = ?").params(communityId, page.value()).update();
        versions.release(communityId, published.get().commitId());
        event(communityId, page.value(), published.get().title(), null, false);
        return true;
    }

    /**
     * Publications follow their page when main's new commits moved it, whatever moved it (the web, a merged
     * proposal, a Git push), in the transaction that moved main: the public address, the feed and the sitemap
     * name the new path, the old address redirects there (see {@code PublicPagesController}), and the text stays
     * the version that was published, moved with its files ({@link PublishedVersions}).
     */
    @EventListener
    void on(SpaceChanged changed) {
        changes.between(changed.communityId(), changed.before(), changed.after()).ifPresent(paths -> {
            for (ChangedPath path : paths) {
                if (path.change() == 'R' && path.path().endsWith(SpacePath.PAGE_SUFFIX) && path.oldPath().endsWith(SpacePath.PAGE_SUFFIX)) {
                    follow(changed.communityId(), new SpacePath(path.oldPath()), new SpacePath(path.path()));
                }
            }
        });
    }

    private void follow(long communityId, SpacePath from, SpacePath to) {
        Optional<Published> published = published(communityId, from.value());
        if (published.isEmpty()) {
            return;
        }
        PublishedVersions.Moved moved = versions.moved(communityId, published.get().commitId(), from, to);
        // a publication left at the new path by a page deleted from there gives way, with its feed entries
        published(communityId, to.value()).ifPresent(stale -> versions.release(communityId, stale.commitId()));
        jdbc.sql("delete from content.publications where community_id = ? and path = ?").params(communityId, to.value()).update();
        jdbc.sql("delete from content.publication_events where community_id = ? and path = ?").params(communityId, to.value()).update();
        jdbc.sql("update content.publications set path = ?, commit_id = ?, blob_id = ? where community_id = ? and path = ?")
                .params(to.value(), moved.commitId(), moved.blobId(), communityId, from.value()).update();
        jdbc.sql("update content.publication_events set path = ? where community_id = ? and path = ?")
                .params(to.value(), communityId, from.value()).update();
        versions.release(communityId, published.get().commitId());
        // the old address is no longer public: recorded like an unpublishing, which also renews the stamp
        event(communityId, from.value(), published.get().title(), null, false);
        events.publishEvent(new PublicationChanged(communityId, to.value(), true));
    }

    public Optional<Published> published(long communityId, String path) {
        return jdbc.sql("select * from content.publications where community_id = ? and path = ?")
                .params(communityId, path).query(Publications::map).optional();
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
            return pages.movedTo(communityId, path).filter(now -> published(communityId, now).isPresent());
        } catch (InvalidInputException | NotFoundException notAPage) {
            return Optional.empty();
        }
    }

    /** The published pages of a space, by path. */
    public List<Published> of(long communityId) {
        return jdbc.sql("select * from content.publications where community_id = ? order by path")
                .param(communityId).query(Publications::map).list();
    }

    /** Every published page on the server, for the sitemap. */
    public List<Published> all(int limit) {
        return jdbc.sql("select * from content.publications order by community_id, path limit ?")
                .param(limit).query(Publications::map).list();
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
                .query((rs, row) -> new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getTimestamp(6).toInstant()))
                .list();
    }

    /**
     * Changes whenever anything in the space is published or unpublished: part of the key of cached public
     * pages, whose links depend on which other pages are public.
     */
    public long stamp(long communityId) {
        return jdbc.sql("select coalesce(max(id), 0) from content.publication_events where community_id = ?")
                .param(communityId).query(Long.class).single();
    }

    private void event(long communityId, String path, String title, String commitId, boolean published) {
        jdbc.sql("insert into content.publication_events (community_id, path, title, commit_id, published) values (?, ?, ?, ?, ?)")
                .params(communityId, path, title, commitId, published).update();
        events.publishEvent(new PublicationChanged(communityId, path, published));
    }

    private static String checkedCommit(String commitId) {
        String id = commitId.strip();
        if (!org.eclipse.jgit.lib.ObjectId.isId(id)) {
            throw new InvalidInputException("version", "This is not a version of this page.");
        }
        return id;
    }

    private static Published map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Published(rs.getLong("community_id"), rs.getString("path"), rs.getString("title"), rs.getString("commit_id"),
                rs.getString("blob_id"), rs.getTimestamp("published_at").toInstant(), rs.getString("published_by"));
    }
}
