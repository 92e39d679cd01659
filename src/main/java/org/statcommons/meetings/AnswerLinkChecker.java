package org.statcommons.meetings;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.Text;

/**
 * Checks the personal answer link of a poll e-mail: the secret is looked up by its hash, and answers only its own
 * poll, for its own invitee, as long as the policy still lets that invitee see the community's meetings.
 */
@Component
class AnswerLinkChecker {

    static final Text INVALID = Text.of("meetings.answer-link.invalid");

    private final Meetings meetings;
    private final SecretTokens secrets;
    private final Accounts accounts;
    private final Permissions permissions;

    AnswerLinkChecker(Meetings meetings, SecretTokens secrets, Accounts accounts, Permissions permissions) {
        this.meetings = meetings;
        this.secrets = secrets;
        this.accounts = accounts;
        this.permissions = permissions;
    }

    /**
     * The invitation an answer link stands for; empty for a link that was never issued (forged, mistyped),
     * or whose invitee the policy no longer lets see the community's meetings.
     */
    Optional<Meetings.Invitation> check(String secret) {
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
        return invitee.isPresent()
                && meeting.isPresent()
                && permissions.may(
                        invitee.get().actor(),
                        Action.VIEW_MEETINGS,
                        meeting.get().communityId());
    }
}
