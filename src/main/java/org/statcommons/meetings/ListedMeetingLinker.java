package org.statcommons.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.community.ListedLink;
import org.statcommons.platform.Text;

/**
 * The links to some of a community's meetings that another feature's page lists (a topic group's, a body's): polls
 * still finding a time and the upcoming ones, as the meetings list shows them, then the latest past ones.
 */
@Component
class ListedMeetingLinker {

    private final MeetingPresenter presenter;

    ListedMeetingLinker(MeetingPresenter presenter) {
        this.presenter = presenter;
    }

    /**
     * @param upcomingState the word beside an upcoming meeting, or null for none (its time says it)
     */
    List<ListedLink> links(
            Community community, Predicate<MeetingPresenter.Listed> wanted, int pastShown, Text upcomingState) {
        MeetingPresenter.Listing listing = presenter.listing(community);
        List<ListedLink> links = new ArrayList<>();
        Stream.concat(listing.polls().stream(), listing.upcoming().stream())
                .filter(wanted)
                .forEach(listed -> links.add(link(community, listed, upcomingState)));
        listing.past().stream()
                .filter(wanted)
                .limit(pastShown)
                .forEach(listed -> links.add(link(community, listed, upcomingState)));
        return links;
    }

    private static ListedLink link(Community community, MeetingPresenter.Listed listed, Text upcomingState) {
        Text state = switch (listed.status()) {
            case "poll" -> Text.of("meetings.topic-group.state.poll");
            case "upcoming" -> upcomingState;
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
