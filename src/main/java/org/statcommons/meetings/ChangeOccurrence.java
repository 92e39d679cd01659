package org.statcommons.meetings;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/** Skips one future occurrence of a scheduled series, or moves it; invitees get the updated invitation. */
@Service
class ChangeOccurrence {

    private final Permissions permissions;
    private final Meetings meetings;
    private final MeetingRecorder recorder;
    private final Clock clock;

    ChangeOccurrence(Permissions permissions, Meetings meetings, MeetingRecorder recorder, Clock clock) {
        this.permissions = permissions;
        this.meetings = meetings;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Transactional
    void change(Actor actor, Community community, long meetingId, OccurrenceChange change) {
        permissions.require(actor, Action.ORGANISE_MEETING, community.id());
        Meeting meeting = meetings.lockInCommunity(community, meetingId);
        if (!meeting.scheduled() || !meeting.series()) {
            throw new ConflictException(Text.of("meetings.occurrence.series-only"));
        }
        if (!Occurrences.dates(meeting.startsAt(), meeting.zone(), meeting.recurrence())
                .contains(change.occurrence())) {
            throw new InvalidInputException("occurrence", Text.of("meetings.occurrence.choose-in-series"));
        }
        if (!change.occurrence().isAfter(clock.instant())) {
            throw new InvalidInputException("occurrence", Text.of("meetings.occurrence.past"));
        }
        meetings.putException(meetingId, change.occurrence(), change.newStart(), actor.accountId());
        recorder.changed(
                actor,
                community,
                meetingId,
                ChangeDescription.ofOccurrence(
                        meeting.title(), change.occurrence(), change.newStart(), meeting.zone()));
    }
}
