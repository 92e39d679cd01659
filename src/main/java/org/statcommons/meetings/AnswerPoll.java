package org.statcommons.meetings;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * An invitee answers a poll: signed in on the meeting's screen or through the API, or through the personal link of
 * their poll e-mail without signing in. Answering again replaces the earlier answers: the last one counts.
 */
@Service
class AnswerPoll {

    private final Permissions permissions;
    private final Meetings meetings;
    private final AnswerLinkChecker links;

    AnswerPoll(Permissions permissions, Meetings meetings, AnswerLinkChecker links) {
        this.permissions = permissions;
        this.meetings = meetings;
        this.links = links;
    }

    /** A signed-in invitee answers. */
    @Transactional
    void answer(Actor actor, Community community, long meetingId, NewAnswers answers) {
        permissions.require(actor, Action.VIEW_MEETINGS, community.id());
        Meeting meeting = meetings.lockInCommunity(community, meetingId);
        if (!meetings.invited(meetingId, actor.accountId())) {
            throw new ConflictException(Text.of("meetings.poll.not-invited"));
        }
        save(meeting, actor.accountId(), answers);
    }

    /** An invitee answers through their link, which stands in for signing in (see {@link AnswerLinkChecker}). */
    @Transactional
    void answerByLink(String secret, NewAnswers answers) {
        Meetings.Invitation invitation =
                links.check(secret).orElseThrow(() -> new NotFoundException(AnswerLinkChecker.INVALID));
        save(meetings.lock(invitation.meetingId()).orElseThrow(), invitation.accountId(), answers);
    }

    private void save(Meeting meeting, long accountId, NewAnswers answers) {
        if (!meeting.polling()) {
            throw new ConflictException(
                    meeting.cancelled()
                            ? Text.of("meetings.poll.closed.cancelled")
                            : Text.of("meetings.poll.closed.scheduled"));
        }
        Set<Long> candidates = meetings.candidates(meeting.id()).stream()
                .map(Meetings.Candidate::id)
                .collect(Collectors.toSet());
        if (!candidates.containsAll(answers.candidates())) {
            throw NewAnswers.notProposed();
        }
        answers.answers().forEach((candidate, answer) -> meetings.answer(candidate, accountId, answer));
        answers.cleared().forEach(candidate -> meetings.clearAnswer(candidate, accountId));
    }
}
