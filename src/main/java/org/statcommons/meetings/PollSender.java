package org.statcommons.meetings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.community.Community;
import org.statcommons.platform.SecretTokens;

/**
 * Sends a new meeting's poll: each invitee is recorded with the hash of a new answer-link secret and gets the
 * poll by e-mail with the link, which needs no sign-in (see {@link AnswerLinkChecker}).
 */
@Component
class PollSender {

    private final Meetings meetings;
    private final PersonFinder people;
    private final SecretTokens secrets;
    private final MeetingMailer mail;

    PollSender(Meetings meetings, PersonFinder people, SecretTokens secrets, MeetingMailer mail) {
        this.meetings = meetings;
        this.people = people;
        this.secrets = secrets;
        this.mail = mail;
    }

    void send(
            Community community,
            Meeting meeting,
            String organiserName,
            List<Instant> candidates,
            Collection<Long> invitees) {
        for (PersonFinder.Person person : people.byId(invitees).values()) {
            String secret = secrets.newSecret();
            meetings.invite(meeting.id(), person.id(), secrets.hash(secret));
            mail.poll(community, meeting, person, organiserName, candidates, secret);
        }
    }
}
