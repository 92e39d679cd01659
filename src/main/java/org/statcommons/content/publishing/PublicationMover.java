package org.statcommons.content.publishing;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.statcommons.content.ChangedPath;
import org.statcommons.content.PublicationChanged;
import org.statcommons.content.Publications;
import org.statcommons.content.SpaceChanged;
import org.statcommons.content.SpaceChanges;
import org.statcommons.content.SpacePath;

/**
 * Publications follow their page when main's new commits moved it, whatever moved it (the web, a merged
 * proposal, a Git push), in the transaction that moved main: the public address, the feed and the sitemap
 * name the new path, the old address redirects there (see {@code PublicPagesController}), and the text stays
 * the version that was published, moved with its files ({@link PublishedVersions}).
 */
@Component
class PublicationMover {

    private final Publications publications;
    private final SpaceChanges changes;
    private final PublishedVersions versions;
    private final ApplicationEventPublisher events;

    PublicationMover(
            Publications publications,
            SpaceChanges changes,
            PublishedVersions versions,
            ApplicationEventPublisher events) {
        this.publications = publications;
        this.changes = changes;
        this.versions = versions;
        this.events = events;
    }

    @EventListener
    void on(SpaceChanged changed) {
        changes.between(changed.communityId(), changed.before(), changed.after())
                .ifPresent(paths -> {
                    for (ChangedPath path : paths) {
                        if (path.change() == 'R'
                                && path.path().endsWith(SpacePath.PAGE_SUFFIX)
                                && path.oldPath().endsWith(SpacePath.PAGE_SUFFIX)) {
                            follow(changed.communityId(), new SpacePath(path.oldPath()), new SpacePath(path.path()));
                        }
                    }
                });
    }

    private void follow(long communityId, SpacePath from, SpacePath to) {
        Optional<Publications.Published> published = publications.published(communityId, from.value());
        if (published.isEmpty()) {
            return;
        }
        PublishedVersions.Moved moved =
                versions.moved(communityId, published.get().commitId(), from, to);
        // a publication left at the new path by a page deleted from there gives way, with its feed entries
        publications
                .published(communityId, to.value())
                .ifPresent(stale -> versions.release(communityId, stale.commitId()));
        publications.delete(communityId, to.value());
        publications.deleteEvents(communityId, to.value());
        publications.move(communityId, from.value(), to.value(), moved.commitId(), moved.blobId());
        versions.release(communityId, published.get().commitId());
        // the old address is no longer public: recorded like an unpublishing, which also renews the stamp
        publications.recordEvent(communityId, from.value(), published.get().title(), null, false);
        events.publishEvent(new PublicationChanged(communityId, from.value(), false));
        events.publishEvent(new PublicationChanged(communityId, to.value(), true));
    }
}
