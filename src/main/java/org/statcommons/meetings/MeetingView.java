package org.statcommons.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the meeting's screen and the API show: the meeting, its poll with fairness figures per candidate
 * and each invitee's local time, or its occurrences with attendance.
 */
record MeetingView(
        Meeting meeting,
        String organiserName,
        String topicGroupName,
        List<PersonFinder.Person> invitees,
        List<CandidateRow> candidates,
        long suggestedCandidateId,
        List<OccurrenceRow> occurrences,
        Map<Long, Integer> tallies,
        List<PersonFinder.Person> withoutZone) {

    /** One invitee at one candidate time. */
    record InviteeTime(
            long accountId,
            String name,
            String local,
            boolean outside,
            boolean asleep,
            boolean weekend,
            boolean zoneAssumed,
            String zone,
            Answer answer,
            int tally) {}

    /** One candidate time with its fairness figures. */
    record CandidateRow(
            long id,
            Instant start,
            int asleep,
            int outside,
            long burden,
            int yes,
            int ifNeedBe,
            int no,
            int rank,
            List<InviteeTime> invitees) {
        public boolean suggested() {
            return rank == 1;
        }

        /** Whether this time falls on a day of this invitee's weekend (so their own answer form says so). */
        public boolean weekendFor(Long accountId) {
            return invitees.stream().anyMatch(t -> accountId != null && t.accountId() == accountId && t.weekend());
        }

        /** The answer of one invitee ("YES", "IF_NEED_BE", "NO"), or "" when they have not answered. */
        public String answerOf(Long accountId) {
            return invitees.stream()
                    .filter(t -> accountId != null && t.accountId() == accountId && t.answer() != null)
                    .map(t -> t.answer().name())
                    .findFirst()
                    .orElse("");
        }
    }

    /** One occurrence of a scheduled meeting, with who took part. */
    record OccurrenceRow(
            Instant originalStart, Instant start, boolean moved, boolean skipped, boolean past, Set<Long> present) {
        public String id() {
            return originalStart.toString();
        }
    }

    public String repeat() {
        return Repeat.of(meeting.recurrence()).label();
    }

    public boolean hasPast() {
        return occurrences.stream().anyMatch(o -> o.past() && !o.skipped());
    }

    public String inviteeName(long id) {
        return invitees.stream()
                .filter(p -> p.id() == id)
                .map(PersonFinder.Person::name)
                .findFirst()
                .orElse("#" + id);
    }
}
