package org.statcommons.bodies;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.community.LandingContent;
import org.statcommons.community.ListedLink;
import org.statcommons.community.ListedSection;
import org.statcommons.platform.Text;

/** The names of a community's bodies on its landing page (their seats are for members, on each body's page). */
@Component
class BodyLandingContent implements LandingContent {

    private final Bodies bodies;

    BodyLandingContent(Bodies bodies) {
        this.bodies = bodies;
    }

    @Override
    public Optional<ListedSection> section(Community community) {
        List<Body> all = bodies.of(community);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ListedSection(
                30,
                Text.of("bodies.title"),
                all.stream()
                        .map(b -> new ListedLink(b.name(), BodyAddress.of(community.slug(), b.id()), null, null))
                        .toList(),
                null,
                null));
    }
}
