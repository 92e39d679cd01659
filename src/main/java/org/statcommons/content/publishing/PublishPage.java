package org.statcommons.content.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.content.Author;
import org.statcommons.content.HiddenPages;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.PublicationChanged;
import org.statcommons.content.Publications;
import org.statcommons.content.SpacePath;
import org.statcommons.content.space.SpaceIndexer;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Publishing a version of a page, or making it private again (a tight family: {@code unpublish} undoes
 * {@code publish}). Who may publish is the caller's question (the permission policy; moderation unpublishes
 * what it hides).
 */
@Service
public class PublishPage {

    private final Publications publications;
    private final Pages pages;
    private final SpaceIndexer index;
    private final HiddenPages hidden;
    private final PublishedVersions versions;
    private final PublicationActivityPublisher activities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishPage(
            Publications publications,
            Pages pages,
            SpaceIndexer index,
            HiddenPages hidden,
            PublishedVersions versions,
            PublicationActivityPublisher activities,
            ApplicationEventPublisher events,
            Clock clock) {
        this.publications = publications;
        this.pages = pages;
        this.index = index;
        this.hidden = hidden;
        this.versions = versions;
        this.activities = activities;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Publishes a version of the page at {@code path}: the given commit, or the page as it is now when
     * {@code commitId} is blank.
     */
    @Transactional
    public Publications.Published publish(long communityId, String path, String commitId, Author by) {
        SpacePath page = SpacePath.page("path", path);
        Pages.PageContent content = commitId == null || commitId.isBlank()
                ? pages.read(communityId, page.value())
                : pages.read(communityId, new PageVersion(checkedCommit(commitId), page.value()));
        index.lock(communityId);
        if (hidden.hidden(communityId, page.value())) {
            throw new ConflictException(
                    "A moderator has hidden this page: it cannot be published until a moderator restores it.");
        }
        Instant now = clock.instant();
        publications
                .published(communityId, page.value())
                .filter(before -> !before.commitId().equals(content.commitId()))
                .ifPresent(before -> versions.release(communityId, before.commitId()));
        Publications.Published published = new Publications.Published(
                communityId, page.value(), content.title(), content.commitId(), content.blobId(), now, by.name());
        publications.save(published);
        recorded(communityId, page.value(), content.title(), content.commitId(), true);
        activities.pagePublished(communityId, page.value(), content.title(), by.name());
        return published;
    }

    /** Makes the page private again; true when it was published. */
    @Transactional
    public boolean unpublish(long communityId, String path) {
        SpacePath page = SpacePath.page("path", path);
        Optional<Publications.Published> published = publications.published(communityId, page.value());
        if (published.isEmpty()) {
            return false;
        }
        publications.delete(communityId, page.value());
        versions.release(communityId, published.get().commitId());
        recorded(communityId, page.value(), published.get().title(), null, false);
        return true;
    }

    private void recorded(long communityId, String path, String title, String commitId, boolean published) {
        publications.recordEvent(communityId, path, title, commitId, published);
        events.publishEvent(new PublicationChanged(communityId, path, published));
    }

    private static String checkedCommit(String commitId) {
        String id = commitId.strip();
        if (!ObjectId.isId(id)) {
            throw new InvalidInputException("version", Text.of("content.publish.not-a-version"));
        }
        return id;
    }
}
