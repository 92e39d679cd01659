package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;

/**
 * Reminds the invited people of a wave who have not submitted, with the same personal link (made again from its
 * nonce), so that what they saved is where they left it. Those who answered get nothing; those the policy no longer
 * lets answer (left, suspended) neither.
 */
@Service
class SendReminders {

    private final SurveyOwnership ownership;
    private final Waves waves;
    private final SurveyInvitations invitations;
    private final AudienceFinder audience;
    private final LinkSigner signer;
    private final SurveyMailer mailer;
    private final Clock clock;

    SendReminders(
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

    /** @return how many people were reminded */
    @Transactional
    int remind(Actor actor, Community community, long surveyId, long waveId) {
        Survey survey = ownership.require(actor, community, surveyId);
        Wave wave = waves.inSurvey(survey, waveId);
        Instant now = clock.instant();
        SendInvitations.requireSendable(wave, now);
        List<Invitation> unanswered = invitations.unanswered(wave.id());
        Map<Long, Account> mayAnswer =
                audience.of(community, wave).stream().collect(Collectors.toMap(Account::id, Function.identity()));
        List<SurveyMailer.Letter> letters = new ArrayList<>();
        for (Invitation invitation : unanswered) {
            Account person = mayAnswer.get(invitation.accountId());
            if (person == null) {
                continue;
            }
            invitations.reminded(invitation.id(), now);
            letters.add(new SurveyMailer.Letter(person, signer.secret(invitation.nonce())));
        }
        mailer.send(survey, wave, community.name(), letters, true);
        return letters.size();
    }
}
