package org.statcommons.meetings;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.TimePresenter;

/**
 * Builds the screen of a personal answer link: nothing but the meeting's title, its community, the candidate times
 * in the invitee's own zone and their answers, or the chosen time once the poll is closed.
 */
@Component
class AnswerLinkPresenter {

    private final Meetings meetings;
    private final Communities communities;
    private final PersonFinder people;
    private final MeetingPresenter presenter;

    AnswerLinkPresenter(Meetings meetings, Communities communities, PersonFinder people, MeetingPresenter presenter) {
        this.meetings = meetings;
        this.communities = communities;
        this.people = people;
        this.presenter = presenter;
    }

    /** The link's screen; {@code when} is the chosen time in the invitee's zone, null while the poll is open. */
    record AnswerLinkScreen(
            Meeting meeting, Community community, PersonFinder.Person person, List<Row> rows, String when) {}

    /** One candidate as the invitee sees it: in their own zone, with their answer. */
    record Row(long id, String when, String answer, boolean suggested) {}

    /** The screen of this invitation; {@code typedAnswers} (candidate id → answer) override the saved answers. */
    AnswerLinkScreen present(Meetings.Invitation invitation, Map<Long, String> typedAnswers) {
        Meeting meeting = meetings.find(invitation.meetingId()).orElseThrow(AnswerLinkPresenter::invalid);
        Community community = communities.byId(meeting.communityId()).orElseThrow(AnswerLinkPresenter::invalid);
        PersonFinder.Person me = people.byId(List.of(invitation.accountId())).values().stream()
                .findFirst()
                .orElseThrow(AnswerLinkPresenter::invalid);
        List<Row> rows = presenter.present(meeting).candidates().stream()
                .map(c -> new Row(
                        c.id(),
                        TimePresenter.in(me.zone()).fullWith(c.start(), meeting.zone()),
                        typedAnswers.getOrDefault(c.id(), c.answerOf(me.id())),
                        c.suggested()))
                .toList();
        return new AnswerLinkScreen(
                meeting,
                community,
                me,
                rows,
                meeting.startsAt() == null
                        ? null
                        : TimePresenter.in(me.zone()).fullWith(meeting.startsAt(), meeting.zone()));
    }

    private static NotFoundException invalid() {
        return new NotFoundException(AnswerLinkChecker.INVALID);
    }
}
