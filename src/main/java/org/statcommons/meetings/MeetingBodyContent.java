package org.statcommons.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.bodies.Body;
import org.statcommons.bodies.BodyContent;
import org.statcommons.community.Community;
import org.statcommons.community.ListedLink;
import org.statcommons.community.ListedSection;
import org.statcommons.platform.Text;

/**
 * The meetings a body was invited to, on the body's page: polls still finding a time and the upcoming ones, then the
 * latest past ones, for those who may see the community's meetings (like a topic group's meetings on its page).
 */
@Component
class MeetingBodyContent implements BodyContent {

    private static final int PAST_SHOWN = 10;

    private final MeetingPresenter presenter;
    private final Permissions permissions;

    MeetingBodyContent(MeetingPresenter presenter, Permissions permissions) {
        this.presenter = presenter;
        this.permissions = permissions;
    }

    @Override
    public Optional<ListedSection> section(Actor actor, Community community, Body body) {
        if (!permissions.may(actor, Action.VIEW_MEETINGS, community.id())) {
            return Optional.empty();
        }
        MeetingPresenter.Listing listing = presenter.listing(community);
        List<ListedLink> links = new ArrayList<>();
        Stream.concat(listing.polls().stream(), listing.upcoming().stream())
                .filter(listed -> ofBody(listed, body))
                .forEach(listed -> links.add(link(community, listed)));
        listing.past().stream()
                .filter(listed -> ofBody(listed, body))
                .limit(PAST_SHOWN)
                .forEach(listed -> links.add(link(community, listed)));
        return Optional.of(new ListedSection(
                20,
                Text.of("meetings.body.heading"),
                links,
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

    private static ListedLink link(Community community, MeetingPresenter.Listed listed) {
        Text state = switch (listed.status()) {
            case "poll" -> Text.of("meetings.topic-group.state.poll");
            case "upcoming" -> Text.of("meetings.body.state.upcoming");
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
