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
import org.statcommons.platform.Text;

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
                Text.of("meetings.topic-group.heading"),
                links,
                Text.of("meetings.topic-group.empty"),
                new ListedSection.More(Text.of("meetings.topic-group.all"), MeetingAddress.list(community.slug()))));
    }

    private static boolean inGroup(MeetingPresenter.Listed listed, TopicGroups.TopicGroup group) {
        Long topic = listed.meeting().topicGroupId();
        return topic != null && topic == group.id();
    }

    private static ListedLink link(Community community, MeetingPresenter.Listed listed) {
        Text state = switch (listed.status()) {
            case "poll" -> Text.of("meetings.topic-group.state.poll");
            case "upcoming" -> null;
            case "cancelled" -> Text.of("meetings.topic-group.state.cancelled");
            default -> Text.of("meetings.topic-group.state.held");
        };
        return new ListedLink(
                listed.meeting().title(),
                MeetingAddress.meeting(community.slug(), listed.meeting().id()),
                state,
                "poll".equals(listed.status()) ? null : listed.at());
    }
}
