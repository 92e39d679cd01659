package org.statcommons.discussions;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.ListedLink;
import org.statcommons.community.ListedSection;
import org.statcommons.community.TopicGroupContent;
import org.statcommons.community.TopicGroups;
import org.statcommons.platform.Text;

/** A topic group's discussions on the group's page: the ten with the newest activity, pinned first. */
@Component
class DiscussionTopicGroupContent implements TopicGroupContent {

    private static final int SHOWN = 10;
    private final Discussions discussions;
    private final Permissions permissions;

    DiscussionTopicGroupContent(Discussions discussions, Permissions permissions) {
        this.discussions = discussions;
        this.permissions = permissions;
    }

    @Override
    public Optional<ListedSection> section(Actor actor, Community community, TopicGroups.TopicGroup group) {
        if (!permissions.may(actor, Action.VIEW_DISCUSSIONS, community.id())) {
            return Optional.empty();
        }
        boolean moderator = permissions.may(actor, Action.MODERATE_CONTENT, community.id());
        Discussions.Listing listing = discussions.list(community.id(), group.id(), 0);
        List<ListedLink> links = listing.discussions().stream()
                .limit(SHOWN)
                .map(d -> new ListedLink(
                        d.title(moderator),
                        DiscussionAddress.discussion(community.slug(), d.id()),
                        Text.of("discussions.topic-group.replies", d.replies()),
                        d.lastActivityAt()))
                .toList();
        String all = DiscussionAddress.list(community.slug()) + "?topic=" + group.slug();
        return Optional.of(new ListedSection(
                10,
                Text.of("discussions.topic-group.heading"),
                links,
                Text.of("discussions.topic-group.empty"),
                new ListedSection.More(Text.of("discussions.topic-group.all"), all)));
    }
}
