package org.statcommons.meetings;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
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

    private final ListedMeetingLinker linker;
    private final Permissions permissions;

    MeetingTopicGroupContent(ListedMeetingLinker linker, Permissions permissions) {
        this.linker = linker;
        this.permissions = permissions;
    }

    @Override
    public Optional<ListedSection> section(Actor actor, Community community, TopicGroups.TopicGroup group) {
        if (!permissions.may(actor, Action.VIEW_MEETINGS, community.id())) {
            return Optional.empty();
        }
        return Optional.of(new ListedSection(
                20,
                Text.of("meetings.topic-group.heading"),
                linker.links(community, listed -> inGroup(listed, group), PAST_SHOWN, null),
                Text.of("meetings.topic-group.empty"),
                new ListedSection.More(Text.of("meetings.topic-group.all"), MeetingAddress.list(community.slug()))));
    }

    private static boolean inGroup(MeetingPresenter.Listed listed, TopicGroups.TopicGroup group) {
        Long topic = listed.meeting().topicGroupId();
        return topic != null && topic == group.id();
    }
}
