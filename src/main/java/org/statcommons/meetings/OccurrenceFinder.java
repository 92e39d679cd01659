package org.statcommons.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;

/**
 * The public API of meetings for other features: finds the occurrences of a community's scheduled meetings in a
 * window (series expanded, skipped occurrences left out, moved ones at their new time, cancelled meetings
 * absent). The caller decides who may read them (meetings are seen with VIEW_MEETINGS).
 */
@Component
public class OccurrenceFinder {

    private final Meetings meetings;
    private final Communities communities;

    OccurrenceFinder(Meetings meetings, Communities communities) {
        this.meetings = meetings;
        this.communities = communities;
    }

    /** Occurrences that start before {@code to} and end after {@code from}, earliest first. */
    public List<MeetingSummary> between(long communityId, Instant from, Instant to) {
        Community community = communities.byId(communityId).orElse(null);
        if (community == null || !from.isBefore(to)) {
            return List.of();
        }
        List<MeetingSummary> found = new ArrayList<>();
        List<Meeting> scheduled = meetings.scheduledIn(List.of(communityId), from);
        Map<Long, Map<Instant, Instant>> exceptions =
                meetings.exceptions(scheduled.stream().map(Meeting::id).toList());
        for (Meeting meeting : scheduled) {
            for (Occurrences.Occurrence occurrence : Occurrences.of(
                    meeting.startsAt(),
                    meeting.zone(),
                    meeting.recurrence(),
                    meeting.duration(),
                    exceptions.getOrDefault(meeting.id(), Map.of()))) {
                if (!occurrence.skipped()
                        && occurrence.start().isBefore(to)
                        && occurrence.end().isAfter(from)) {
                    found.add(new MeetingSummary(
                            meeting.id(),
                            meeting.title(),
                            meeting.kind(),
                            occurrence.start(),
                            occurrence.end(),
                            MeetingAddress.meeting(community.slug(), meeting.id()),
                            meeting.where()));
                }
            }
        }
        found.sort(Comparator.comparing(MeetingSummary::start).thenComparing(MeetingSummary::meetingId));
        return found;
    }
}
