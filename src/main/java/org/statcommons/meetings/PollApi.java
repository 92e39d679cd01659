package org.statcommons.meetings;

import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.meetings.MeetingJsonPresenter.MeetingJson;

/** A meeting's poll over JSON: an invitee's answers, and the organiser's choice of the time (and series). */
@RestController
@RequestMapping("/api/v1/communities/{slug}/meetings/{id}")
class PollApi {

    /** Candidate id → {@code YES}, {@code IF_NEED_BE}, {@code NO}, or empty to take an answer back. */
    record AnswersBody(Map<Long, String> answers) {}

    record ScheduleBody(Long candidateId, String repeat, Integer occurrences) {}

    private final Meetings meetings;
    private final MeetingJsonPresenter json;
    private final AnswerPoll answerPoll;
    private final ScheduleMeeting scheduleMeeting;

    PollApi(Meetings meetings, MeetingJsonPresenter json, AnswerPoll answerPoll, ScheduleMeeting scheduleMeeting) {
        this.meetings = meetings;
        this.json = json;
        this.answerPoll = answerPoll;
        this.scheduleMeeting = scheduleMeeting;
    }

    @PutMapping("/answers")
    MeetingJson answer(
            @Permitted(Action.VIEW_MEETINGS) Community community,
            @PathVariable long id,
            @RequestBody(required = false) AnswersBody body,
            Actor actor) {
        answerPoll.answer(
                actor,
                community,
                id,
                NewAnswers.of(body == null || body.answers() == null ? Map.of() : body.answers()));
        return json.meeting(meetings.inCommunity(community, id));
    }

    @PostMapping("/schedule")
    MeetingJson schedule(
            @Permitted(Action.ORGANISE_MEETING) Community community,
            @PathVariable long id,
            @RequestBody(required = false) ScheduleBody body,
            Actor actor) {
        ScheduleBody sent = body == null ? new ScheduleBody(null, null, null) : body;
        scheduleMeeting.schedule(
                actor, community, id, ScheduleRequest.of(sent.candidateId(), sent.repeat(), sent.occurrences()));
        return json.meeting(meetings.inCommunity(community, id));
    }
}
