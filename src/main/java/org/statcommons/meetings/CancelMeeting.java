package org.statcommons.meetings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * Cancels a meeting, polled or scheduled: its tally is taken back, and invitees are told (a scheduled meeting's
 * with the iCalendar CANCEL, so calendars remove it).
 */
@Service
class CancelMeeting {

    private final Permissions permissions;
    private final Meetings meetings;
    private final Tallies tallies;
    private final Accounts accounts;
    private final MeetingRecorder recorder;

    CancelMeeting(
            Permissions permissions, Meetings meetings, Tallies tallies, Accounts accounts, MeetingRecorder recorder) {
        this.permissions = permissions;
        this.meetings = meetings;
        this.tallies = tallies;
        this.accounts = accounts;
        this.recorder = recorder;
    }

    @Transactional
    void cancel(Actor actor, Community community, long meetingId) {
        permissions.require(actor, Action.ORGANISE_MEETING, community.id());
        Meeting meeting = meetings.lockInCommunity(community, meetingId);
        if (meeting.cancelled()) {
            throw new ConflictException(Text.of("meetings.cancel.already"));
        }
        boolean wasScheduled = meeting.scheduled();
        meetings.cancel(meetingId);
        tallies.forget(meetingId);
        meetings.changed(meetingId, actor.accountId(), Text.of("meetings.change.cancelled"));
        Account organiser = accounts.byId(actor.accountId()).orElseThrow();
        recorder.sendCancellations(community, meetings.find(meetingId).orElseThrow(), organiser, wasScheduled);
    }
}
