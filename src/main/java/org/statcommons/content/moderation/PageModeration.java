package org.statcommons.content.moderation;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.HiddenPages;
import org.statcommons.content.PageAddress;
import org.statcommons.content.PageHidden;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.PublicationChanged;
import org.statcommons.content.Publications;
import org.statcommons.content.SpacePath;
import org.statcommons.content.publishing.PublishPage;
import org.statcommons.moderation.ModeratedContent;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Subject;

/**
 * Pages as items people flag and moderators hide ({@code page:<community id>/<path>}). Members flag the
 * pages of their space; anyone signed in flags a published page. Hiding a page unpublishes it and marks it
 * hidden, so that nobody publishes it again until a moderator restores it; search drops it
 * ({@link PageHidden}, {@link PublicationChanged}).
 */
@Component
class PageModeration implements ModeratedContent {

    private final Communities communities;
    private final Permissions permissions;
    private final Pages pages;
    private final Publications publications;
    private final PublishPage publishing;
    private final HiddenPages hiddenPages;
    private final ApplicationEventPublisher events;

    PageModeration(
            Communities communities,
            Permissions permissions,
            Pages pages,
            Publications publications,
            PublishPage publishing,
            HiddenPages hiddenPages,
            ApplicationEventPublisher events) {
        this.publishing = publishing;
        this.communities = communities;
        this.permissions = permissions;
        this.pages = pages;
        this.publications = publications;
        this.hiddenPages = hiddenPages;
        this.events = events;
    }

    /** The subject naming a page, as in {@code page:12/guides/sampling.md}. */
    static Subject subject(long communityId, String path) {
        return new Subject("page", communityId + "/" + path);
    }

    @Override
    public String kind() {
        return "page";
    }

    @Override
    public Optional<FlaggedItem> describe(Subject item, Actor viewer) {
        Optional<Place> place = place(item);
        if (place.isEmpty()) {
            return Optional.empty();
        }
        Community community = place.get().community();
        String path = place.get().path();
        boolean member = permissions.may(viewer, Action.VIEW_SPACE, community.id());
        boolean hidden = hiddenPages.hidden(community.id(), path);
        Optional<Publications.Published> published = publications.published(community.id(), path);
        if (!member && (published.isEmpty() || !viewer.signedIn())) {
            return Optional.empty();
        }
        try {
            Pages.PageContent page = member
                    ? pages.read(community.id(), path)
                    : pages.read(community.id(), new PageVersion(published.get().commitId(), path));
            String excerpt =
                    hidden && !permissions.may(viewer, Action.MODERATE_CONTENT, community.id()) ? "" : page.body();
            return Optional.of(new FlaggedItem(
                    subject(community.id(), path),
                    community.id(),
                    null,
                    "",
                    Text.of("content.moderation.title", page.title()),
                    excerpt,
                    member ? PageAddress.page(community.slug(), path) : PageAddress.published(community.slug(), path),
                    hidden));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    @Override
    public void hide(Subject item, boolean hidden) {
        Place place = place(item).orElseThrow(() -> new NotFoundException(Text.of("content.no-such-page")));
        long community = place.community().id();
        if (hiddenPages.mark(community, place.path(), hidden)) {
            if (hidden) {
                publishing.unpublish(community, place.path());
            }
            events.publishEvent(new PageHidden(community, place.path(), hidden));
        }
    }

    private record Place(Community community, String path) {}

    private Optional<Place> place(Subject item) {
        int slash = item.id().indexOf('/');
        if (slash < 1) {
            return Optional.empty();
        }
        try {
            long communityId = Long.parseLong(item.id().substring(0, slash));
            String path = SpacePath.page("item", item.id().substring(slash + 1)).value();
            return communities.byId(communityId).map(c -> new Place(c, path));
        } catch (RuntimeException notAPage) {
            return Optional.empty();
        }
    }
}
