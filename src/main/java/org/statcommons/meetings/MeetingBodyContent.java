package org.statcommons.meetings;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.bodies.Body;
import org.statcommons.bodies.BodyContent;
import org.statcommons.community.Community;
import org.statcommons.community.ListedSection;
import org.statcommons.platform.Text;

/**
 * The meetings a body was invited to, on the body's page: polls still finding a time and the upcoming ones, then the
 * latest past ones, for those who may see the community's meetings (like a topic group's meetings on its page).
 */
@Component
class MeetingBodyContent implements BodyContent {

    private static final int PAST_SHOWN = 10;

    private final ListedMeetingLinker linker;
    private final Permissions permissions;

    MeetingBodyContent(ListedMeetingLinker linker, Permissions permissions) {
        this.linker = linker;
        this.permissions = permissions;
    }

    @Override
    public Optional<ListedSection> section(Actor actor, Community community, Body body) {
        if (!permissions.may(actor, Action.VIEW_MEETINGS, community.id())) {
            return Optional.empty();
        }
        return Optional.of(new ListedSection(
                20,
                Text.of("meetings.body.heading"),
                linker.links(
                        community, listed -> ofBody(listed, body), PAST_SHOWN, Text.of("meetings.body.state.upcoming")),
                Text.of("meetings.body.empty"),
                permissions.may(actor, Action.ORGANISE_MEETING, community.id())
                        ? new ListedSection.More(
                                Text.of("meetings.body.invite"), MeetingAddress.inviteBody(community.slug(), body.id()))
                        : null));
    }

    private static boolean ofBody(MeetingPresenter.Listed listed, Body body) {
        Long invited = listed.meeting().bodyId();
        return invited != null && invited == body.id();
    }
}
