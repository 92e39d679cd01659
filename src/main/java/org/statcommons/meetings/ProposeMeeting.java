package org.statcommons.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.moderation.PostingLimiter;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.ActivityKind;

/**
 * Proposes a meeting with candidate times to its invitees: the poll goes out by e-mail, each invitee with a
 * personal answer link.
 */
@Service
class ProposeMeeting {

    private final Permissions permissions;
    private final Meetings meetings;
    private final Accounts accounts;
    private final InviteeChooser invitees;
    private final PollSender poll;
    private final MeetingActivityPublisher activity;
    private final PostingLimiter postingLimits;

    ProposeMeeting(
            Permissions permissions,
            Meetings meetings,
            Accounts accounts,
            InviteeChooser invitees,
            PollSender poll,
            MeetingActivityPublisher activity,
            PostingLimiter postingLimits) {
        this.permissions = permissions;
        this.meetings = meetings;
        this.accounts = accounts;
        this.invitees = invitees;
        this.poll = poll;
        this.activity = activity;
        this.postingLimits = postingLimits;
    }

    /** Returns the new meeting's id. */
    @Transactional
    long propose(Actor actor, Community community, NewMeeting proposal) {
        permissions.require(actor, Action.ORGANISE_MEETING, community.id());
        Account organiser = accounts.byId(actor.accountId()).orElseThrow();
        PersonFinder.Person organiserPerson = PersonFinder.person(organiser);
        MeetingDetails details = proposal.details();
        List<Instant> candidates = proposal.candidates();
        Invitation invitation = proposal.invitation();
        List<Long> invited = invitees.choose(community, invitation, organiser.id());
        // what the organiser wrote goes out by e-mail to many people: the same limits as any post
        postingLimits.check(actor, community.id(), details.title() + "\n" + details.agenda());
        long id = meetings.insert(
                community.id(),
                invitation.scope() == Invitation.Scope.TOPIC_GROUP ? invitation.topicGroupId() : null,
                details,
                organiser.id(),
                organiserPerson.zone(),
                organiserPerson.zoneAssumed());
        if (invitation.scope() == Invitation.Scope.BODY) {
            meetings.inviteBody(id, invitation.bodyId());
        }
        meetings.addCandidates(id, candidates);
        meetings.recordCreation(
                id, organiser.id(), Text.of("meetings.change.proposed", candidates.size(), invited.size()));
        Meeting meeting = meetings.find(id).orElseThrow();
        poll.send(community, meeting, organiser.displayName(), candidates, invited);
        activity.publish(
                community,
                meeting,
                ActivityKind.MEETING_POLL,
                organiser,
                Text.of(
                        "meetings.activity.poll",
                        TimePresenter.literal(organiser.displayName()),
                        TimePresenter.literal(meeting.title())),
                Set.copyOf(invited));
        return id;
    }
}
