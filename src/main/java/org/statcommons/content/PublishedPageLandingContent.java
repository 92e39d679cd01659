package org.statcommons.content;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.community.LandingContent;
import org.statcommons.community.ListedLink;
import org.statcommons.community.ListedSection;
import org.statcommons.platform.Text;

/**
 * A community's published pages on its public landing page, newest first: what a visitor can read without an
 * account. Read from {@link Publications}, so only pages that are public are listed, and none a moderator hid.
 */
@Component
class PublishedPageLandingContent implements LandingContent {

    private static final int SHOWN = 20;
    private final Publications publications;
    private final HiddenPages hidden;

    PublishedPageLandingContent(Publications publications, HiddenPages hidden) {
        this.publications = publications;
        this.hidden = hidden;
    }

    @Override
    public Optional<ListedSection> section(Community community) {
        // a page a moderator hid is not public, even where its publication is still recorded
        var hiddenPaths = hidden.of(community.id());
        List<Publications.Published> published = publications.of(community.id()).stream()
                .filter(p -> !hiddenPaths.contains(p.path()))
                .toList();
        if (published.isEmpty()) {
            return Optional.empty();
        }
        List<ListedLink> links = published.stream()
                .sorted(Comparator.comparing(Publications.Published::publishedAt)
                        .reversed())
                .limit(SHOWN)
                .map(p -> new ListedLink(
                        p.title(),
                        PageAddress.published(community.slug(), p.path()),
                        Text.of("content.landing.published.when"),
                        p.publishedAt()))
                .toList();
        return Optional.of(new ListedSection(10, Text.of("content.landing.published.heading"), links, null, null));
    }
}
