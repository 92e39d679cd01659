package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * Sends an open wave to its audience: an invitation with a personal link to everyone in it not invited yet (sending
 * again reaches only those who joined since), queued in the outbox in the same transaction. Only an open wave that
 * has not closed is sent: a link that cannot be answered is no invitation.
 */
@Service
class SendInvitations {

    private final SurveyOwnership ownership;
    private final Waves waves;
    private final SurveyInvitations invitations;
    private final AudienceFinder audience;
    private final LinkSigner signer;
    private final SurveyMailer mailer;
    private final Clock clock;

    SendInvitations(
            SurveyOwnership ownership,
            Waves waves,
            SurveyInvitations invitations,
            AudienceFinder audience,
            LinkSigner signer,
            SurveyMailer mailer,
            Clock clock) {
        this.ownership = ownership;
        this.waves = waves;
        this.invitations = invitations;
        this.audience = audience;
        this.signer = signer;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** @return how many people were invited now */
    @Transactional
    int send(Actor actor, Community community, long surveyId, long waveId) {
        Survey survey = ownership.require(actor, community, surveyId);
        Wave wave = waves.inSurvey(survey, waveId);
        Instant now = clock.instant();
        requireSendable(wave, now);
        List<SurveyMailer.Letter> letters = new ArrayList<>();
        for (Account person : audience.of(community, wave)) {
            byte[] nonce = signer.nonce();
            String secret = signer.secret(nonce);
            if (invitations.invite(wave.id(), person.id(), nonce, signer.hash(secret), now)) {
                letters.add(new SurveyMailer.Letter(person, secret));
            }
        }
        mailer.send(survey, wave, community.name(), letters, false);
        return letters.size();
    }

    static void requireSendable(Wave wave, Instant now) {
        if (wave.state() != WaveState.OPEN) {
            throw new ConflictException(Text.of("surveys.distribution.not-open"));
        }
        if (wave.closesAt() != null && !now.isBefore(wave.closesAt())) {
            throw new ConflictException(Text.of("surveys.answer.closed"));
        }
    }
}
