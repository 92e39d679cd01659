package org.statcommons.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.statcommons.community.TopicGroupMembers;

/** Builds a {@link MeetingView}: invitees' zones and tallies, the fairness ranking, occurrences and attendance. */
@Component
class MeetingViews {

    private final Meetings meetings;
    private final Tallies tallies;
    private final Attendance attendance;
    private final MeetingPeople people;
    private final TopicGroupMembers topicGroups;
    private final Clock clock = Clock.systemUTC();

    MeetingViews(Meetings meetings, Tallies tallies, Attendance attendance, MeetingPeople people, TopicGroupMembers topicGroups) {
        this.meetings = meetings;
        this.tallies = tallies;
        this.attendance = attendance;
        this.people = people;
        this.topicGroups = topicGroups;
    }

    MeetingView of(Meeting meeting) {
        List<Long> inviteeIds = meetings.invitees(meeting.id());
        List<MeetingPeople.Person> invitees = new ArrayList<>(people.byId(inviteeIds).values());
        String organiser = people.byId(List.of(meeting.organiserId())).values().stream().findFirst()
                .map(MeetingPeople.Person::name).orElse("someone");
        String group = meeting.topicGroupId() == null ? null
                : topicGroups.find(meeting.communityId(), meeting.topicGroupId()).map(TopicGroupMembers.Group::name).orElse(null);
        Map<Long, Integer> tally = tallies.of(meeting.communityId(), inviteeIds);
        List<MeetingView.CandidateRow> rows = new ArrayList<>();
        long suggested = -1;
        if (meeting.polling()) {
            List<Meetings.Candidate> candidates = meetings.candidates(meeting.id());
            Map<Long, Map<Long, Answer>> answers = meetings.answers(meeting.id());
            List<FairnessRanking.Invitee> rankingInvitees = invitees.stream()
                    .map(p -> new FairnessRanking.Invitee(p.id(), p.zone(), p.weekend(), tally.getOrDefault(p.id(), 0))).toList();
            Map<Integer, Map<Long, Answer>> byIndex = new HashMap<>();
            for (int i = 0; i < candidates.size(); i++) {
                byIndex.put(i, answers.getOrDefault(candidates.get(i).id(), Map.of()));
            }
            List<FairnessRanking.Score> scores = FairnessRanking.rank(candidates.stream().map(Meetings.Candidate::startsAt).toList(),
                    meeting.duration().toSeconds(), rankingInvitees, byIndex);
            for (int i = 0; i < candidates.size(); i++) {
                Meetings.Candidate candidate = candidates.get(i);
                FairnessRanking.Score score = scores.get(i);
                List<MeetingView.InviteeTime> times = new ArrayList<>();
                Instant end = candidate.startsAt().plus(meeting.duration());
                for (MeetingPeople.Person person : invitees) {
                    LocalHours hours = LocalHours.of(person.zone(), person.weekend(), candidate.startsAt(), meeting.duration().toSeconds());
                    times.add(new MeetingView.InviteeTime(person.id(), person.name(),
                            MeetingTimes.local(candidate.startsAt(), end, person.zone()), hours.outsideWorkingHours(),
                            hours.asleep(), person.zoneAssumed(), person.zone().getId(), byIndex.get(i).get(person.id()),
                            tally.getOrDefault(person.id(), 0)));
                }
                rows.add(new MeetingView.CandidateRow(candidate.id(), candidate.startsAt(),
                        MeetingTimes.full(candidate.startsAt(), meeting.zone()), score.asleep(), score.outside(), score.burden(),
                        score.yes(), score.ifNeedBe(), score.no(), score.rank(), times));
                if (score.rank() == 1) {
                    suggested = candidate.id();
                }
            }
        }
        List<MeetingView.OccurrenceRow> occurrences = new ArrayList<>();
        if (meeting.startsAt() != null) {
            Map<Instant, Set<Long>> present = attendance.of(meeting.id());
            Instant now = clock.instant();
            for (Occurrences.Occurrence o : Occurrences.of(meeting.startsAt(), meeting.zone(), meeting.recurrence(), meeting.duration(),
                    meetings.exceptions(meeting.id()))) {
                occurrences.add(new MeetingView.OccurrenceRow(o.originalStart(), o.start(), MeetingTimes.full(o.start(), meeting.zone()),
                        o.moved(), o.skipped(), !o.start().isAfter(now), present.getOrDefault(o.originalStart(), Set.of())));
            }
        }
        List<MeetingPeople.Person> withoutZone = invitees.stream().filter(MeetingPeople.Person::zoneAssumed).toList();
        return new MeetingView(meeting, organiser, group, invitees, rows, suggested, occurrences, tally, withoutZone);
    }
}
