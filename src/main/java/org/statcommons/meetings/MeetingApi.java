package org.statcommons.meetings;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.meetings.MeetingJsonPresenter.MeetingJson;
import org.statcommons.meetings.MeetingJsonPresenter.MeetingListJson;
import org.statcommons.platform.TextInput;

/**
 * Meetings over JSON, with the same rules as the screens: the list, proposing, reading, changing and cancelling a
 * meeting ({@link PollApi} answers and schedules, {@link OccurrenceApi} skips, moves and records attendance). Bodies
 * are parsed here into the same typed commands as the forms (times without an offset in the organiser's zone, or
 * the meeting's); bad input is a problem naming the fields.
 */
@RestController
@RequestMapping("/api/v1/communities/{slug}/meetings")
class MeetingApi {

    record NewMeetingBody(
            String title,
            String kind,
            String agenda,
            Integer durationMinutes,
            String onlineLink,
            String place,
            List<String> candidates,
            String invite,
            Long topicGroupId,
            Long bodyId,
            List<Long> people) {

        /** The meeting as sent, parsed: times without an offset are in the organiser's zone. */
        NewMeeting command(ZoneId zone, Instant now) {
            TextInput input = new TextInput();
            MeetingDetails details =
                    MeetingDetails.check(input, title, kind, agenda, durationMinutes, onlineLink, place);
            Invitation invitation = Invitation.parse(input, invite, topicGroupId, bodyId, people);
            return NewMeeting.of(input, details, candidates == null ? List.of() : candidates, invitation, zone, now);
        }
    }

    /** A change: what is left out stays as it is; {@code start} moves a scheduled meeting's first occurrence. */
    record EditBody(
            String title,
            String kind,
            String agenda,
            Integer durationMinutes,
            String onlineLink,
            String place,
            String start) {

        MeetingChange command(Meeting meeting, Instant now) {
            TextInput input = new TextInput();
            MeetingDetails details = MeetingDetails.check(
                    input,
                    title == null ? meeting.title() : title,
                    kind == null ? meeting.kind().name() : kind,
                    agenda == null ? meeting.agenda() : agenda,
                    durationMinutes == null ? meeting.durationMinutes() : durationMinutes,
                    onlineLink == null ? meeting.onlineLink() : onlineLink,
                    place == null ? meeting.place() : place);
            return MeetingChange.of(input, details, start, meeting, now);
        }
    }

    private final Meetings meetings;
    private final MeetingJsonPresenter json;
    private final PersonFinder people;
    private final ProposeMeeting proposeMeeting;
    private final ChangeMeeting changeMeeting;
    private final CancelMeeting cancelMeeting;
    private final Clock clock;

    MeetingApi(
            Meetings meetings,
            MeetingJsonPresenter json,
            PersonFinder people,
            ProposeMeeting proposeMeeting,
            ChangeMeeting changeMeeting,
            CancelMeeting cancelMeeting,
            Clock clock) {
        this.meetings = meetings;
        this.json = json;
        this.people = people;
        this.proposeMeeting = proposeMeeting;
        this.changeMeeting = changeMeeting;
        this.cancelMeeting = cancelMeeting;
        this.clock = clock;
    }

    @GetMapping
    List<MeetingListJson> list(@Permitted(Action.VIEW_MEETINGS) Community community) {
        return meetings.ofCommunity(community.id()).stream().map(json::listed).toList();
    }

    @PostMapping
    ResponseEntity<MeetingJson> propose(
            @Permitted(Action.ORGANISE_MEETING) Community community,
            @RequestBody(required = false) NewMeetingBody body,
            Actor actor) {
        NewMeetingBody sent = body == null
                ? new NewMeetingBody(null, null, null, null, null, null, null, null, null, null, null)
                : body;
        long id = proposeMeeting.propose(
                actor, community, sent.command(people.zoneOf(actor.accountId()), clock.instant()));
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.slug() + "/meetings/" + id))
                .body(json.meeting(meetings.inCommunity(community, id)));
    }

    @GetMapping("/{id}")
    MeetingJson meeting(@Permitted(Action.VIEW_MEETINGS) Community community, @PathVariable long id) {
        return json.meeting(meetings.inCommunity(community, id));
    }

    @PatchMapping("/{id}")
    MeetingJson change(
            @Permitted(Action.ORGANISE_MEETING) Community community,
            @PathVariable long id,
            @RequestBody(required = false) EditBody body,
            Actor actor) {
        Meeting meeting = meetings.inCommunity(community, id);
        EditBody sent = body == null ? new EditBody(null, null, null, null, null, null, null) : body;
        changeMeeting.change(actor, community, id, sent.command(meeting, clock.instant()));
        return json.meeting(meetings.inCommunity(community, id));
    }

    @PostMapping("/{id}/cancel")
    MeetingJson cancel(@Permitted(Action.ORGANISE_MEETING) Community community, @PathVariable long id, Actor actor) {
        cancelMeeting.cancel(actor, community, id);
        return json.meeting(meetings.inCommunity(community, id));
    }
}
