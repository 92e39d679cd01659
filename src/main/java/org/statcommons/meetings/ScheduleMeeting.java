package org.statcommons.meetings;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.ActivityKind;

/**
 * Schedules a polled meeting at one of its candidate times, as a single meeting or the first of a series: its
 * tally, agenda and minutes pages are recorded and the iCalendar invitation goes to every invitee.
 */
@Service
class ScheduleMeeting {

    private final Permissions permissions;
    private final Meetings meetings;
    private final Accounts accounts;
    private final MeetingRecorder recorder;
    private final MeetingPageWriter pages;
    private final MeetingMailer mail;
    private final Clock clock;

    ScheduleMeeting(
            Permissions permissions,
            Meetings meetings,
            Accounts accounts,
            MeetingRecorder recorder,
            MeetingPageWriter pages,
            MeetingMailer mail,
            Clock clock) {
        this.permissions = permissions;
        this.meetings = meetings;
        this.accounts = accounts;
        this.recorder = recorder;
        this.pages = pages;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional
    void schedule(Actor actor, Community community, long meetingId, ScheduleRequest request) {
        permissions.require(actor, Action.ORGANISE_MEETING, community.id());
        Meeting meeting = meetings.lockInCommunity(community, meetingId);
        if (!meeting.polling()) {
            throw new ConflictException(
                    meeting.cancelled() ? Text.of("meetings.is-cancelled") : Text.of("meetings.schedule.already"));
        }
        Instant start = meetings.candidates(meetingId).stream()
                .filter(c -> c.id() == request.candidateId())
                .findFirst()
                .map(Meetings.Candidate::startsAt)
                .orElseThrow(() -> new InvalidInputException("candidate", Text.of("meetings.schedule.choose")));
        if (!start.isAfter(clock.instant())) {
            throw new InvalidInputException("candidate", Text.of("meetings.schedule.passed"));
        }
        String rule = request.rule();
        meetings.schedule(meetingId, start, rule);
        Account organiser = accounts.byId(actor.accountId()).orElseThrow();
        meeting = meetings.find(meetingId).orElseThrow();
        recorder.recordBurdens(meeting);
        MeetingPageWriter.Written written = pages.write(
                community, meeting, organiser, mail.link(MeetingAddress.meeting(community.slug(), meetingId)));
        meetings.setPages(meetingId, written.agenda(), written.minutes());
        meetings.recordCreation(
                meetingId, organiser.id(), Text.of("meetings.change.scheduled", rule == null ? "none" : rule));
        meeting = meetings.find(meetingId).orElseThrow();
        recorder.sendInvitations(
                community,
                meeting,
                organiser,
                null,
                ActivityKind.MEETING_INVITATION,
                Text.of(
                        "meetings.activity.scheduled",
                        TimePresenter.literal(meeting.title()),
                        TimePresenter.mark(start, meeting.zone())));
    }
}
