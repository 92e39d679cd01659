package org.statcommons.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/** Records who took part in one occurrence of a scheduled meeting, once it has started (replacing an earlier record). */
@Service
class RecordAttendance {

    private final Permissions permissions;
    private final Meetings meetings;
    private final Attendees attendees;
    private final Clock clock;

    RecordAttendance(Permissions permissions, Meetings meetings, Attendees attendees, Clock clock) {
        this.permissions = permissions;
        this.meetings = meetings;
        this.attendees = attendees;
        this.clock = clock;
    }

    @Transactional
    void record(Actor actor, Community community, long meetingId, NewAttendance attendance) {
        permissions.require(actor, Action.ORGANISE_MEETING, community.id());
        Meeting meeting = meetings.lockInCommunity(community, meetingId);
        if (!meeting.scheduled()) {
            throw new ConflictException(Text.of("meetings.attendance.scheduled-only"));
        }
        Instant original = attendance.occurrence() == null ? meeting.startsAt() : attendance.occurrence();
        Occurrences.Occurrence held = Occurrences.of(
                        meeting.startsAt(),
                        meeting.zone(),
                        meeting.recurrence(),
                        meeting.duration(),
                        meetings.exceptions(meetingId))
                .stream()
                .filter(o -> o.originalStart().equals(original) && !o.skipped())
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("occurrence", Text.of("meetings.occurrence.choose")));
        if (held.start().isAfter(clock.instant())) {
            throw new InvalidInputException("occurrence", Text.of("meetings.attendance.not-started"));
        }
        if (!Set.copyOf(meetings.invitees(meetingId)).containsAll(attendance.present())) {
            throw new InvalidInputException("present", Text.of("meetings.attendance.invitees-only"));
        }
        attendees.record(meetingId, original, attendance.present(), actor.accountId());
    }
}
