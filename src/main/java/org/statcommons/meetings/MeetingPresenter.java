package org.statcommons.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.bodies.Bodies;
import org.statcommons.bodies.Body;
import org.statcommons.community.Community;
import org.statcommons.community.TopicGroupMembers;
import org.statcommons.content.PageAddress;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;

/**
 * Builds what the meeting screens show: the list of a community's meetings, the new-meeting form's choices, and a
 * meeting ({@link MeetingView}: invitees' zones and tallies, the fairness ranking, occurrences and attendance), with
 * what concerns the viewer.
 */
@Component
class MeetingPresenter {

    private final Meetings meetings;
    private final Tallies tallies;
    private final Attendees attendees;
    private final PersonFinder people;
    private final TopicGroupMembers topicGroups;
    private final Bodies bodies;
    private final Markdown markdown;
    private final Clock clock;

    MeetingPresenter(
            Meetings meetings,
            Tallies tallies,
            Attendees attendees,
            PersonFinder people,
            TopicGroupMembers topicGroups,
            Bodies bodies,
            Markdown markdown,
            Clock clock) {
        this.meetings = meetings;
        this.tallies = tallies;
        this.attendees = attendees;
        this.people = people;
        this.topicGroups = topicGroups;
        this.bodies = bodies;
        this.markdown = markdown;
        this.clock = clock;
    }

    /**
     * A line of the list: the meeting, the start of its next (or last) occurrence (null for a poll or a meeting
     * that never got a time: {@code note} says which), formatted in each reader's zone by the template.
     */
    record Listed(Meeting meeting, Instant at, Text note, String status) {}

    /** A community's meetings: polls, the upcoming ones (soonest first), the past and cancelled ones. */
    record Listing(List<Listed> polls, List<Listed> upcoming, List<Listed> past) {}

    /**
     * The meeting's screen for one viewer: the meeting as everyone sees it, its agenda formatted, whether the viewer
     * is invited (and so answers the poll), their answers (what they typed, when a refused form is shown again),
     * whether their own zone is unknown, the agenda and minutes pages.
     */
    record MeetingScreen(
            MeetingView view,
            String agendaHtml,
            boolean invited,
            Map<Long, String> myAnswers,
            boolean myZoneAssumed,
            String agendaLink,
            String minutesLink) {}

    /** What the new-meeting form offers: the topic groups, the members to choose from, the organiser's zone. */
    record NewMeetingChoices(
            List<TopicGroupMembers.Group> groups,
            List<Body> bodies,
            List<PersonFinder.Person> members,
            String myZone,
            boolean myZoneAssumed) {}

    Listing listing(Community community) {
        Instant now = clock.instant();
        List<Listed> polls = new ArrayList<>();
        List<Listed> upcoming = new ArrayList<>();
        List<Listed> past = new ArrayList<>();
        List<Meeting> all = meetings.ofCommunity(community.id());
        Map<Long, Map<Instant, Instant>> exceptions =
                meetings.exceptions(all.stream().map(Meeting::id).toList());
        for (Meeting meeting : all) {
            if (meeting.polling()) {
                polls.add(new Listed(meeting, null, Text.of("meetings.finding-a-time"), "poll"));
                continue;
            }
            if (meeting.startsAt() == null) {
                past.add(new Listed(meeting, null, Text.of("meetings.list.no-time"), "cancelled"));
                continue;
            }
            List<Occurrences.Occurrence> occurrences = Occurrences.of(
                            meeting.startsAt(),
                            meeting.zone(),
                            meeting.recurrence(),
                            meeting.duration(),
                            exceptions.getOrDefault(meeting.id(), Map.of()))
                    .stream()
                    .filter(o -> !o.skipped())
                    .toList();
            Occurrences.Occurrence next = occurrences.stream()
                    .filter(o -> o.end().isAfter(now))
                    .findFirst()
                    .orElse(null);
            if (next != null && !meeting.cancelled()) {
                upcoming.add(new Listed(
                        meeting, next.start(), meeting.series() ? Text.of("meetings.list.series") : null, "upcoming"));
            } else {
                Occurrences.Occurrence last = occurrences.isEmpty() ? null : occurrences.get(occurrences.size() - 1);
                past.add(new Listed(
                        meeting, last == null ? null : last.start(), null, meeting.cancelled() ? "cancelled" : "held"));
            }
        }
        upcoming.sort(Comparator.comparing(l -> l.meeting().startsAt()));
        return new Listing(polls, upcoming, past);
    }

    NewMeetingChoices newMeeting(Community community, Actor organiser) {
        PersonFinder.Person me = people.byId(List.of(organiser.accountId())).values().stream()
                .findFirst()
                .orElseThrow();
        List<PersonFinder.Person> members = people.membersOf(community.id()).stream()
                .sorted(Comparator.comparing(p -> p.name().toLowerCase()))
                .toList();
        return new NewMeetingChoices(
                topicGroups.of(community.id()),
                bodies.of(community),
                members,
                me.zone().getId(),
                me.zoneAssumed());
    }

    /** The meeting's screen for this viewer; {@code typedAnswers} (candidate id → answer) override their saved answers. */
    MeetingScreen screen(Actor viewer, Community community, Meeting meeting, Map<Long, String> typedAnswers) {
        MeetingView view = present(meeting);
        boolean invited = viewer.signedIn() && view.invitees().stream().anyMatch(p -> p.id() == viewer.accountId());
        Map<Long, String> mine = new LinkedHashMap<>();
        for (MeetingView.CandidateRow candidate : view.candidates()) {
            mine.put(candidate.id(), typedAnswers.getOrDefault(candidate.id(), candidate.answerOf(viewer.accountId())));
        }
        boolean myZoneAssumed = viewer.signedIn()
                && people.byId(List.of(viewer.accountId())).values().stream()
                        .anyMatch(PersonFinder.Person::zoneAssumed);
        return new MeetingScreen(
                view,
                markdown.toHtml(meeting.agenda()),
                invited,
                mine,
                myZoneAssumed,
                meeting.agendaPage() == null ? null : PageAddress.page(community.slug(), meeting.agendaPage()),
                meeting.minutesPage() == null ? null : PageAddress.page(community.slug(), meeting.minutesPage()));
    }

    /** What the meeting's screen, the answer link and the API show of a meeting, for everyone alike. */
    MeetingView present(Meeting meeting) {
        List<Long> inviteeIds = meetings.invitees(meeting.id());
        List<PersonFinder.Person> invitees =
                new ArrayList<>(people.byId(inviteeIds).values());
        String organiser = people.byId(List.of(meeting.organiserId())).values().stream()
                .findFirst()
                .map(PersonFinder.Person::name)
                .orElse("someone");
        String group = meeting.topicGroupId() == null
                ? null
                : topicGroups
                        .find(meeting.communityId(), meeting.topicGroupId())
                        .map(TopicGroupMembers.Group::name)
                        .orElse(null);
        Map<Long, Integer> tally = tallies.of(meeting.communityId(), inviteeIds);
        List<MeetingView.CandidateRow> rows = new ArrayList<>();
        long suggested = -1;
        if (meeting.polling()) {
            List<Meetings.Candidate> candidates = meetings.candidates(meeting.id());
            Map<Long, Map<Long, Answer>> answers = meetings.answers(meeting.id());
            List<FairnessRanking.Invitee> rankingInvitees = invitees.stream()
                    .map(p -> new FairnessRanking.Invitee(p.id(), p.zone(), p.weekend(), tally.getOrDefault(p.id(), 0)))
                    .toList();
            Map<Integer, Map<Long, Answer>> byIndex = new HashMap<>();
            for (int i = 0; i < candidates.size(); i++) {
                byIndex.put(i, answers.getOrDefault(candidates.get(i).id(), Map.of()));
            }
            List<FairnessRanking.Score> scores = FairnessRanking.rank(
                    candidates.stream().map(Meetings.Candidate::startsAt).toList(),
                    meeting.duration().toSeconds(),
                    rankingInvitees,
                    byIndex);
            for (int i = 0; i < candidates.size(); i++) {
                Meetings.Candidate candidate = candidates.get(i);
                FairnessRanking.Score score = scores.get(i);
                List<MeetingView.InviteeTime> times = new ArrayList<>();
                Instant end = candidate.startsAt().plus(meeting.duration());
                for (PersonFinder.Person person : invitees) {
                    LocalHours hours = LocalHours.of(
                            person.zone(),
                            person.weekend(),
                            candidate.startsAt(),
                            meeting.duration().toSeconds());
                    times.add(new MeetingView.InviteeTime(
                            person.id(),
                            person.name(),
                            TimePresenter.span(candidate.startsAt(), end, person.zone()),
                            hours.outsideWorkingHours(),
                            hours.asleep(),
                            hours.weekend(),
                            person.zoneAssumed(),
                            person.zone().getId(),
                            byIndex.get(i).get(person.id()),
                            tally.getOrDefault(person.id(), 0)));
                }
                rows.add(new MeetingView.CandidateRow(
                        candidate.id(),
                        candidate.startsAt(),
                        score.asleep(),
                        score.outside(),
                        score.burden(),
                        score.yes(),
                        score.ifNeedBe(),
                        score.no(),
                        score.rank(),
                        times));
                if (score.rank() == 1) {
                    suggested = candidate.id();
                }
            }
        }
        List<MeetingView.OccurrenceRow> occurrences = new ArrayList<>();
        if (meeting.startsAt() != null) {
            Map<Instant, Set<Long>> present = attendees.of(meeting.id());
            Instant now = clock.instant();
            for (Occurrences.Occurrence o : Occurrences.of(
                    meeting.startsAt(),
                    meeting.zone(),
                    meeting.recurrence(),
                    meeting.duration(),
                    meetings.exceptions(meeting.id()))) {
                occurrences.add(new MeetingView.OccurrenceRow(
                        o.originalStart(),
                        o.start(),
                        o.moved(),
                        o.skipped(),
                        !o.start().isAfter(now),
                        present.getOrDefault(o.originalStart(), Set.of())));
            }
        }
        List<PersonFinder.Person> withoutZone =
                invitees.stream().filter(PersonFinder.Person::zoneAssumed).toList();
        return new MeetingView(meeting, organiser, group, invitees, rows, suggested, occurrences, tally, withoutZone);
    }
}
