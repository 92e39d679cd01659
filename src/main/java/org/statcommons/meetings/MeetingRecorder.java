package org.statcommons.meetings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.ActivityKind;

/**
 * Records the steps that the use cases changing a meeting share: the change itself (its SEQUENCE, the updated
 * invitation, the activity), the invitations and cancellations sent, the tally of bad hours, and what a calendar
 * shows of the meeting.
 */
@Component
class MeetingRecorder {

    private final Meetings meetings;
    private final Tallies tallies;
    private final PersonFinder people;
    private final Accounts accounts;
    private final MeetingMailer mail;
    private final MeetingActivityPublisher activity;

    MeetingRecorder(
            Meetings meetings,
            Tallies tallies,
            PersonFinder people,
            Accounts accounts,
            MeetingMailer mail,
            MeetingActivityPublisher activity) {
        this.meetings = meetings;
        this.tallies = tallies;
        this.people = people;
        this.accounts = accounts;
        this.mail = mail;
        this.activity = activity;
    }

    /**
     * A scheduled meeting has changed ({@code change}): its SEQUENCE goes up, the change is recorded (in English), the
     * tally follows the new times, and the invitees who may still see it get the updated invitation.
     */
    void changed(Actor actor, Community community, long meetingId, ChangeDescription change) {
        meetings.changed(meetingId, actor.accountId(), change.what());
        Meeting meeting = meetings.find(meetingId).orElseThrow();
        recordBurdens(meeting);
        Account organiser = accounts.byId(actor.accountId()).orElseThrow();
        sendInvitations(community, meeting, organiser, change.what(), ActivityKind.MEETING_CHANGED, change.title());
    }

    /**
     * Sends the iCalendar invitation ({@code change} null) or its update to the invitees whom the policy still lets
     * see the community's meetings, and publishes the activity to every invitee.
     */
    void sendInvitations(Community community, Meeting meeting, Account by, Text change, ActivityKind kind, Text title) {
        List<Long> invitees = meetings.invitees(meeting.id());
        mail.invitations(
                community,
                calendarDetails(community, meeting),
                people.mayView(invitees, community.id()).values(),
                change);
        activity.publish(community, meeting, kind, by, title, Set.copyOf(invitees));
    }

    /** Tells the invitees who may still see it that the meeting is cancelled (with the iCalendar CANCEL once scheduled). */
    void sendCancellations(Community community, Meeting meeting, Account by, boolean wasScheduled) {
        List<Long> invitees = meetings.invitees(meeting.id());
        mail.cancellations(
                community,
                calendarDetails(community, meeting),
                people.mayView(invitees, community.id()).values(),
                wasScheduled);
        activity.publish(
                community,
                meeting,
                ActivityKind.MEETING_CANCELLED,
                by,
                Text.of("meetings.activity.cancelled", TimePresenter.literal(meeting.title())),
                Set.copyOf(invitees));
    }

    /** The tally: every invitee for whom the (first) time is bad carries this meeting, once per occurrence held. */
    void recordBurdens(Meeting meeting) {
        List<Occurrences.Occurrence> occurrences = Occurrences.of(
                meeting.startsAt(),
                meeting.zone(),
                meeting.recurrence(),
                meeting.duration(),
                meetings.exceptions(meeting.id()));
        int held = (int) occurrences.stream().filter(o -> !o.skipped()).count();
        Map<Long, LocalHours> bad = new LinkedHashMap<>();
        for (PersonFinder.Person person :
                people.byId(meetings.invitees(meeting.id())).values()) {
            LocalHours hours = LocalHours.of(
                    person.zone(),
                    person.weekend(),
                    meeting.startsAt(),
                    meeting.duration().toSeconds());
            if (hours.outsideWorkingHours()) {
                bad.put(person.id(), hours);
            }
        }
        tallies.record(meeting, bad, held, meeting.startsAt());
    }

    /** What an invitation or cancellation shows of the meeting besides its times. */
    MeetingCalendar.Details calendarDetails(Community community, Meeting meeting) {
        return mail.calendarDetails(
                community, meeting, accounts.byId(meeting.organiserId()), meetings.exceptions(meeting.id()));
    }
}
