package org.statcommons.meetings;

import java.time.Clock;
import java.util.List;
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

/** The occurrences of a scheduled meeting over JSON: one of a series skipped or moved, and who took part in one. */
@RestController
@RequestMapping("/api/v1/communities/{slug}/meetings/{id}")
class OccurrenceApi {

    /** The occurrence by its original start (an instant); {@code newStart} moves it, its absence skips it. */
    record ExceptionBody(String occurrence, String newStart) {}

    /** The occurrence by its original start (absent: the first), the invitees present. */
    record AttendanceBody(String occurrence, List<Long> present) {}

    private final Meetings meetings;
    private final MeetingJsonPresenter json;
    private final ChangeOccurrence changeOccurrence;
    private final RecordAttendance recordAttendance;
    private final Clock clock;

    OccurrenceApi(
            Meetings meetings,
            MeetingJsonPresenter json,
            ChangeOccurrence changeOccurrence,
            RecordAttendance recordAttendance,
            Clock clock) {
        this.meetings = meetings;
        this.json = json;
        this.changeOccurrence = changeOccurrence;
        this.recordAttendance = recordAttendance;
        this.clock = clock;
    }

    @PostMapping("/exceptions")
    MeetingJson changeOccurrence(
            @Permitted(Action.ORGANISE_MEETING) Community community,
            @PathVariable long id,
            @RequestBody(required = false) ExceptionBody body,
            Actor actor) {
        Meeting meeting = meetings.inCommunity(community, id);
        changeOccurrence.change(
                actor,
                community,
                id,
                OccurrenceChange.of(
                        body == null ? null : body.occurrence(),
                        body == null ? null : body.newStart(),
                        meeting,
                        clock.instant()));
        return json.meeting(meetings.inCommunity(community, id));
    }

    @PutMapping("/attendance")
    MeetingJson attendance(
            @Permitted(Action.ORGANISE_MEETING) Community community,
            @PathVariable long id,
            @RequestBody(required = false) AttendanceBody body,
            Actor actor) {
        recordAttendance.record(
                actor,
                community,
                id,
                NewAttendance.of(body == null ? null : body.occurrence(), body == null ? null : body.present()));
        return json.meeting(meetings.inCommunity(community, id));
    }
}
