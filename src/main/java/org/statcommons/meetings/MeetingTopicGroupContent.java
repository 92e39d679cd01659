package org.statcommons.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.ListedLink;
import org.statcommons.community.ListedSection;
import org.statcommons.community.TopicGroupContent;
import org.statcommons.community.TopicGroups;

/**
 * A topic group's meetings on the group's page: polls still finding a time, then the upcoming ones, as the meetings
 * list shows them; then the three latest past ones.
 */
@Component
class MeetingTopicGroupContent implements TopicGroupContent {

    private static final int PAST_SHOWN = 3;

    private final MeetingPresenter presenter;
    private final Permissions permissions;

    MeetingTopicGroupContent(MeetingPresenter presenter, Permissions permissions) {
        this.presenter = presenter;
        this.permissions = permissions;
    }

    @Override
    public Optional<ListedSection> section(Actor actor, Community community, TopicGroups.TopicGroup group) {
        if (!permissions.may(actor, Action.VIEW_MEETINGS, community.id())) {
            return Optional.empty();
        }
        MeetingPresenter.Listing listing = presenter.listing(community);
        List<ListedLink> links = new ArrayList<>();
        Stream.concat(listing.polls().stream(), listing.upcoming().stream())
                .filter(listed -> inGroup(listed, group))
                .forEach(listed -> links.add(link(community, listed)));
        listing.past().stream()
                .filter(listed -> inGroup(listed, group))
                .limit(PAST_SHOWN)
                .forEach(listed -> links.add(link(community, listed)));
        return Optional.of(new ListedSection(
                20,
                "Meetings",
                links,
                "No meetings for this group yet.",
                new ListedLink("All meetings", MeetingAddress.list(community.slug()), "")));
    }

    private static boolean inGroup(MeetingPresenter.Listed listed, TopicGroups.TopicGroup group) {
        Long topic = listed.meeting().topicGroupId();
        return topic != null && topic == group.id();
    }

    private static ListedLink link(Community community, MeetingPresenter.Listed listed) {
        String state = switch (listed.status()) {
            case "poll" -> "finding a time";
            case "upcoming" -> "";
            case "cancelled" -> "cancelled";
            default -> "held";
        };
        return new ListedLink(
                listed.meeting().title(),
                MeetingAddress.meeting(community.slug(), listed.meeting().id()),
                state,
                "poll".equals(listed.status()) ? null : listed.at());
    }
}
