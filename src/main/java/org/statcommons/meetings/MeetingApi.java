package org.statcommons.meetings;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.platform.TextInput;

/** Meetings over JSON, with the same rules as the pages; bad input is answered with a problem document. */
@RestController
@RequestMapping("/api/v1/communities/{slug}/meetings")
class MeetingApi {

    record NewMeetingBody(String title, String kind, String agenda, Integer durationMinutes, String onlineLink, String place,
                          List<String> candidates, String invite, Long topicGroupId, List<Long> people) {

        /** The meeting as sent, parsed: times without an offset are in the organiser's zone. */
        NewMeeting command(ZoneId zone, Instant now) {
            TextInput input = new TextInput();
            MeetingDetails details = MeetingDetails.check(input, title, kind, agenda, durationMinutes, onlineLink, place);
            Invitation invitation = Invitation.parse(input, invite, topicGroupId, people);
            return NewMeeting.of(input, details, candidates == null ? List.of() : candidates, invitation, zone, now);
        }
    }

    record EditBody(String title, String kind, String agenda, Integer durationMinutes, String onlineLink, String place,
                    String start) {
    }

    record AnswersBody(Map<Long, String> answers) {
    }

    record ScheduleBody(Long candidateId, String repeat, Integer occurrences) {
    }

    record ExceptionBody(String occurrence, String newStart) {
    }

    record AttendanceBody(String occurrence, List<Long> present) {
    }

    record InviteeJson(long accountId, String name, String timeZone, boolean timeZoneAssumed, int tally) {
    }

    record LocalTimeJson(long accountId, String local, boolean outsideWorkingHours, boolean asleep, String answer) {
    }

    record CandidateJson(long id, Instant start, int rank, boolean suggested, int asleep, int outsideWorkingHours,
                         long weightedBurden, int yes, int ifNeedBe, int no, List<LocalTimeJson> invitees) {
    }

    record OccurrenceJson(Instant originalStart, Instant start, boolean moved, boolean skipped, List<Long> present) {
    }

    record MeetingJson(long id, String title, String kind, String status, String agenda, int durationMinutes, String onlineLink,
                       String place, String organiser, String timeZone, boolean timeZoneAssumed, Instant start, String recurrence,
                       int sequence, String agendaPage, String minutesPage, List<InviteeJson> invitees,
                       List<CandidateJson> candidates, Long suggestedCandidateId, List<OccurrenceJson> occurrences) {
    }

    record MeetingListJson(long id, String title, String kind, String status, Instant start, String recurrence) {
    }

    private final MeetingSite site;
    private final Meetings meetings;
    private final MeetingViews views;
    private final Organising organising;
    private final PollAnswers answers;
    private final Attendance attendance;
    private final MeetingPeople people;
    private final Clock clock;

    MeetingApi(MeetingSite site, Meetings meetings, MeetingViews views, Organising organising, PollAnswers answers,
               Attendance attendance, MeetingPeople people, Clock clock) {
        this.people = people;
        this.clock = clock;
        this.site = site;
        this.meetings = meetings;
        this.views = views;
        this.organising = organising;
        this.answers = answers;
        this.attendance = attendance;
    }

    @GetMapping
    List<MeetingListJson> list(@PathVariable String slug, Actor actor) {
        Community community = site.community(slug, actor, Action.VIEW_MEETINGS);
        return meetings.ofCommunity(community.id()).stream().map(m -> new MeetingListJson(m.id(), m.title(), m.kind().name(),
                m.status().name(), m.startsAt(), m.recurrence())).toList();
    }

    @PostMapping
    ResponseEntity<MeetingJson> create(@PathVariable String slug, @RequestBody(required = false) NewMeetingBody body, Actor actor) {
        Community community = site.community(slug, actor, Action.ORGANISE_MEETING);
        NewMeetingBody b = body == null ? new NewMeetingBody(null, null, null, null, null, null, null, null, null, null) : body;
        long id = organising.propose(actor, community, b.command(people.zoneOf(actor.accountId()), clock.instant()));
        return ResponseEntity.created(URI.create("/api/v1/communities/" + slug + "/meetings/" + id)).body(json(community, id));
    }

    @GetMapping("/{id}")
    MeetingJson show(@PathVariable String slug, @PathVariable long id, Actor actor) {
        Community community = site.community(slug, actor, Action.VIEW_MEETINGS);
        site.meeting(community, id);
        return json(community, id);
    }

    @PatchMapping("/{id}")
    MeetingJson edit(@PathVariable String slug, @PathVariable long id, @RequestBody(required = false) EditBody body, Actor actor) {
        Community community = site.community(slug, actor, Action.ORGANISE_MEETING);
        Meeting meeting = site.meeting(community, id);
        EditBody b = body == null ? new EditBody(null, null, null, null, null, null, null) : body;
        organising.edit(actor, community, id, new MeetingDetailsForm(
                b.title() == null ? meeting.title() : b.title(), b.kind() == null ? meeting.kind().name() : b.kind(),
                b.agenda() == null ? meeting.agenda() : b.agenda(),
                String.valueOf(b.durationMinutes() == null ? meeting.durationMinutes() : b.durationMinutes()),
                b.onlineLink() == null ? meeting.onlineLink() : b.onlineLink(), b.place() == null ? meeting.place() : b.place(),
                b.start()));
        return json(community, id);
    }

    @PutMapping("/{id}/answers")
    MeetingJson answer(@PathVariable String slug, @PathVariable long id, @RequestBody(required = false) AnswersBody body, Actor actor) {
        Community community = site.community(slug, actor, Action.VIEW_MEETINGS);
        answers.answerSignedIn(actor, community, id, body == null || body.answers() == null ? Map.of() : body.answers());
        return json(community, id);
    }

    @PostMapping("/{id}/schedule")
    MeetingJson schedule(@PathVariable String slug, @PathVariable long id, @RequestBody(required = false) ScheduleBody body, Actor actor) {
        Community community = site.community(slug, actor, Action.ORGANISE_MEETING);
        ScheduleBody b = body == null ? new ScheduleBody(null, null, null) : body;
        organising.schedule(actor, community, id, b.candidateId() == null ? 0 : b.candidateId(), b.repeat(),
                b.occurrences() == null ? "" : b.occurrences().toString());
        return json(community, id);
    }

    @PostMapping("/{id}/exceptions")
    MeetingJson exception(@PathVariable String slug, @PathVariable long id, @RequestBody(required = false) ExceptionBody body, Actor actor) {
        Community community = site.community(slug, actor, Action.ORGANISE_MEETING);
        organising.exception(actor, community, id, body == null ? null : body.occurrence(), body == null ? null : body.newStart());
        return json(community, id);
    }

    @PutMapping("/{id}/attendance")
    MeetingJson attendance(@PathVariable String slug, @PathVariable long id, @RequestBody(required = false) AttendanceBody body, Actor actor) {
        Community community = site.community(slug, actor, Action.ORGANISE_MEETING);
        organising.recordAttendance(actor, community, id, body == null ? null : body.occurrence(), body == null ? null : body.present(),
                attendance);
        return json(community, id);
    }

    @PostMapping("/{id}/cancel")
    MeetingJson cancel(@PathVariable String slug, @PathVariable long id, Actor actor) {
        Community community = site.community(slug, actor, Action.ORGANISE_MEETING);
        organising.cancel(actor, community, id);
        return json(community, id);
    }

    private MeetingJson json(Community community, long id) {
        Meeting m = site.meeting(community, id);
        MeetingView view = views.of(m);
        return new MeetingJson(m.id(), m.title(), m.kind().name(), m.status().name(), m.agenda(), m.durationMinutes(), m.onlineLink(),
                m.place(), view.organiserName(), m.timeZone(), m.zoneAssumed(), m.startsAt(), m.recurrence(), m.sequence(),
                m.agendaPage(), m.minutesPage(),
                view.invitees().stream().map(p -> new InviteeJson(p.id(), p.name(), p.zone().getId(), p.zoneAssumed(),
                        view.tallies().getOrDefault(p.id(), 0))).toList(),
                view.candidates().stream().map(c -> new CandidateJson(c.id(), c.start(), c.rank(), c.suggested(), c.asleep(), c.outside(),
                        c.burden(), c.yes(), c.ifNeedBe(), c.no(), c.invitees().stream().map(t -> new LocalTimeJson(t.accountId(),
                        t.local(), t.outside(), t.asleep(), t.answer() == null ? null : t.answer().name())).toList())).toList(),
                view.suggestedCandidateId() < 0 ? null : view.suggestedCandidateId(),
                view.occurrences().stream().map(o -> new OccurrenceJson(o.originalStart(), o.start(), o.moved(), o.skipped(),
                        List.copyOf(o.present()))).toList());
    }
}
