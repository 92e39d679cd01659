package org.statcommons.meetings;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.statcommons.platform.SecretTokens;

/**
 * Invitees answer a poll: signed in on the meeting's page, or through the personal link of their poll
 * e-mail without signing in. The link's secret is looked up by its hash and answers only its own poll, for
 * its own invitee. Answering again replaces the earlier answers: the last one counts.
 */
@Service
class PollAnswers {

    private final Permissions permissions;
    private final Meetings meetings;
    private final SecretTokens secrets;
    private final Accounts accounts;

    PollAnswers(Permissions permissions, Meetings meetings, SecretTokens secrets, Accounts accounts) {
        this.permissions = permissions;
        this.meetings = meetings;
        this.secrets = secrets;
        this.accounts = accounts;
    }

    /**
     * The invitation an answer link stands for; empty for a link that was never issued (forged, mistyped),
     * or whose invitee the policy no longer lets see the community's meetings.
     */
    Optional<Meetings.Invitation> byLink(String secret) {
        if (secret == null || secret.length() < 20 || secret.length() > 100) {
            return Optional.empty();
        }
        return meetings.byToken(secrets.hash(secret)).filter(this::mayStillAnswer);
    }

    /**
     * The link stands in for signing in, not for the policy: asked at each use, so an invitee who left the
     * community or was suspended since the poll e-mail can no longer read or answer through it.
     */
    private boolean mayStillAnswer(Meetings.Invitation invitation) {
        Optional<Account> invitee = accounts.byId(invitation.accountId()).filter(Account::active);
        Optional<Meeting> meeting = meetings.find(invitation.meetingId());
        return invitee.isPresent() && meeting.isPresent()
                && permissions.may(invitee.get().actor(), Action.VIEW_MEETINGS, meeting.get().communityId());
    }

    /** A signed-in invitee answers on the meeting's page or through the API. */
    @Transactional
    void answerSignedIn(Actor actor, Community community, long meetingId, Map<Long, String> answers) {
        permissions.require(actor, Action.VIEW_MEETINGS, community.id());
        Meeting meeting = meetings.lock(meetingId).filter(m -> m.communityId() == community.id())
                .orElseThrow(() -> new org.statcommons.platform.NotFoundException("There is no such meeting in this community."));
        if (!meetings.invited(meetingId, actor.accountId())) {
            throw new ConflictException("You are not invited to this meeting, so you cannot answer its poll.");
        }
        save(meeting, actor.accountId(), answers);
    }

    /** An invitee answers through their link; returns the meeting. */
    @Transactional
    Meeting answerByLink(String secret, Map<Long, String> answers) {
        Meetings.Invitation invitation = byLink(secret)
                .orElseThrow(() -> new org.statcommons.platform.NotFoundException("This answer link is not valid."));
        Meeting meeting = meetings.lock(invitation.meetingId()).orElseThrow();
        save(meeting, invitation.accountId(), answers);
        return meeting;
    }

    private void save(Meeting meeting, long accountId, Map<Long, String> answers) {
        if (!meeting.polling()) {
            throw new ConflictException(meeting.cancelled() ? "This meeting is cancelled: the poll is closed."
                    : "The time has been chosen: the poll is closed.");
        }
        Set<Long> candidates = meetings.candidates(meeting.id()).stream().map(Meetings.Candidate::id).collect(Collectors.toSet());
        Map<Long, Answer> parsed = new java.util.HashMap<>();
        java.util.Set<Long> cleared = new java.util.HashSet<>();
        for (Map.Entry<Long, String> entry : answers.entrySet()) {
            if (!candidates.contains(entry.getKey())) {
                throw new InvalidInputException("answers", "Answer only the times proposed for this meeting.");
            }
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                cleared.add(entry.getKey());
                continue;
            }
            Answer answer = Answer.parse(entry.getValue());
            if (answer == null) {
                throw new InvalidInputException("answers", "Answer yes, if need be or no.");
            }
            parsed.put(entry.getKey(), answer);
        }
        if (parsed.isEmpty() && cleared.isEmpty()) {
            throw new InvalidInputException("answers", "Answer at least one of the proposed times.");
        }
        parsed.forEach((candidate, answer) -> meetings.answer(candidate, accountId, answer));
        cleared.forEach(candidate -> meetings.clearAnswer(candidate, accountId));
    }
}
