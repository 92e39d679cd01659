package org.statcommons.bodies;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.ListedLink;
import org.statcommons.community.ListedSection;
import org.statcommons.content.BodySpace;
import org.statcommons.content.BodySpaces;
import org.statcommons.content.PageSummary;
import org.statcommons.content.Pages;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * "Members-only space" on a body's page: the pages of the body's space, for its members and the secretariat only
 * (anyone else gets no section at all, so the page tells them nothing of it). A space not made yet lists nothing; its
 * link makes it.
 */
@Component
class BodySpaceContent implements BodyContent {

    static final int SHOWN = 20;

    private final BodySpaces spaces;
    private final Pages pages;

    BodySpaceContent(BodySpaces spaces, Pages pages) {
        this.spaces = spaces;
        this.pages = pages;
    }

    @Override
    public Optional<ListedSection> section(Actor actor, Community community, Body body) {
        Optional<BodySpace> space = spaces.ifAllowed(actor, Action.VIEW_BODY_SPACE, community, body.id());
        if (space.isEmpty()) {
            return Optional.empty();
        }
        List<ListedLink> links = listed(space.get()).stream()
                .sorted(Comparator.comparing(PageSummary::changedAt).reversed())
                .limit(SHOWN)
                .map(page -> new ListedLink(page.title(), space.get().page(page.path()), null, page.changedAt()))
                .toList();
        return Optional.of(new ListedSection(
                5,
                Text.of("content.body.heading"),
                links,
                Text.of("content.body.empty"),
                new ListedSection.More(Text.of("content.body.open"), space.get().address())));
    }

    private List<PageSummary> listed(BodySpace space) {
        try {
            return pages.list(space.key());
        } catch (NotFoundException notMadeYet) {
            return List.of();
        }
    }
}
