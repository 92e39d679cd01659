package org.statcommons.meetings;

import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * Changes a meeting's details and, once it is scheduled, the time of its first occurrence. A scheduled meeting's
 * invitees get the updated invitation, which names what changed.
 */
@Service
class ChangeMeeting {

    private final Permissions permissions;
    private final Meetings meetings;
    private final MeetingRecorder recorder;

    ChangeMeeting(Permissions permissions, Meetings meetings, MeetingRecorder recorder) {
        this.permissions = permissions;
        this.meetings = meetings;
        this.recorder = recorder;
    }

    @Transactional
    void change(Actor actor, Community community, long meetingId, MeetingChange change) {
        permissions.require(actor, Action.ORGANISE_MEETING, community.id());
        Meeting meeting = meetings.lockInCommunity(community, meetingId);
        if (meeting.cancelled()) {
            throw new ConflictException(Text.of("meetings.is-cancelled"));
        }
        MeetingDetails details = change.details();
        Instant start = meeting.scheduled() && change.start() != null ? change.start() : meeting.startsAt();
        boolean newTitle = !details.title().equals(meeting.title());
        boolean newTime = meeting.scheduled() && !start.equals(meeting.startsAt());
        int newMinutes = details.durationMinutes() != meeting.durationMinutes() ? details.durationMinutes() : 0;
        boolean newPlace = !Objects.equals(details.onlineLink(), meeting.onlineLink())
                || !Objects.equals(details.place(), meeting.place());
        boolean newAgenda = !details.agenda().equals(meeting.agenda()) || details.kind() != meeting.kind();
        if (!newTitle && !newTime && newMinutes == 0 && !newPlace && !newAgenda) {
            return;
        }
        meetings.updateDetails(meetingId, details);
        if (meeting.scheduled()) {
            if (!start.equals(meeting.startsAt())) {
                meetings.reschedule(meetingId, start);
            }
            recorder.changed(
                    actor,
                    community,
                    meetingId,
                    ChangeDescription.ofDetails(
                            details.title(),
                            newTitle,
                            newTime ? start : null,
                            meeting.zone(),
                            newMinutes,
                            newPlace,
                            newAgenda));
        }
    }
}
