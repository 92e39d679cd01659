package org.statcommons.surveys;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.identity.Account;

/**
 * Sends an open wave to its audience: an invitation with a personal link to everyone in it not invited yet (sending
 * again reaches only those who joined since), queued in the outbox in the same transaction. Only an open wave that
 * has not closed is sent ({@link WaveSender}).
 */
@Service
class SendInvitations {

    private final WaveSender sender;
    private final SurveyInvitations invitations;
    private final LinkSigner signer;

    SendInvitations(WaveSender sender, SurveyInvitations invitations, LinkSigner signer) {
        this.sender = sender;
        this.invitations = invitations;
        this.signer = signer;
    }

    /** @return how many people were invited now */
    @Transactional
    int send(Actor actor, SurveyOwner owner, long surveyId, long waveId) {
        return sender.send(actor, owner, surveyId, waveId, false, (wave, audience, now) -> {
            List<SurveyMailer.Letter> letters = new ArrayList<>();
            for (Account person : audience) {
                byte[] nonce = signer.nonce();
                String secret = signer.secret(nonce);
                if (invitations.invite(wave.id(), person.id(), nonce, signer.hash(secret), now)) {
                    letters.add(new SurveyMailer.Letter(person, secret));
                }
            }
            return letters;
        });
    }
}
