package org.statcommons.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.identity.Account;

/**
 * Reminds the invited people of a wave who have not submitted, with the same personal link (made again from its
 * nonce), so that what they saved is where they left it. Those who answered get nothing; those the policy no longer
 * lets answer (left, suspended) neither.
 */
@Service
class SendReminders {

    private final WaveSender sender;
    private final SurveyInvitations invitations;
    private final LinkSigner signer;

    SendReminders(WaveSender sender, SurveyInvitations invitations, LinkSigner signer) {
        this.sender = sender;
        this.invitations = invitations;
        this.signer = signer;
    }

    /** @return how many people were reminded */
    @Transactional
    int remind(Actor actor, SurveyOwner owner, long surveyId, long waveId) {
        return sender.send(actor, owner, surveyId, waveId, true, (wave, audience, now) -> {
            Map<Long, Account> mayAnswer =
                    audience.stream().collect(Collectors.toMap(Account::id, Function.identity()));
            List<SurveyMailer.Letter> letters = new ArrayList<>();
            for (Invitation invitation : invitations.unanswered(wave.id())) {
                Account person = mayAnswer.get(invitation.accountId());
                if (person == null) {
                    continue;
                }
                invitations.reminded(invitation.id(), now);
                letters.add(new SurveyMailer.Letter(person, signer.secret(invitation.nonce())));
            }
            return letters;
        });
    }
}
