package org.statcommons.surveys;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * A signed-in member answers a wave from inside the app: their invitation's personal link, made now if they are in
 * the audience but were not invited (no e-mail: they are here). The answering screens are the link's, so answers
 * saved through the app and through the e-mail are the same response.
 */
@Service
class AnswerInside {

    private final Permissions permissions;
    private final Surveys surveys;
    private final Waves waves;
    private final SurveyInvitations invitations;
    private final AnswerableFinder answerable;
    private final LinkSigner signer;
    private final Clock clock;

    AnswerInside(
            Permissions permissions,
            Surveys surveys,
            Waves waves,
            SurveyInvitations invitations,
            AnswerableFinder answerable,
            LinkSigner signer,
            Clock clock) {
        this.permissions = permissions;
        this.surveys = surveys;
        this.waves = waves;
        this.invitations = invitations;
        this.answerable = answerable;
        this.signer = signer;
        this.clock = clock;
    }

    /** @return the member's personal link's secret */
    @Transactional
    String link(Actor actor, Community community, long surveyId, long waveId) {
        if (!actor.signedIn() || !permissions.may(actor, Action.ANSWER_SURVEYS, community.id())) {
            throw new NotAllowedException(Action.ANSWER_SURVEYS, actor.signedIn());
        }
        Survey survey = surveys.ownedBy(SurveyOwner.of(community), surveyId);
        Wave wave = waves.inSurvey(survey, waveId);
        if (!wave.takesAnswersAt(clock.instant())) {
            throw new ConflictException(Text.of("surveys.answer.closed"));
        }
        var invitation = invitations.ofPerson(wave.id(), actor.accountId());
        if (invitation.isPresent()) {
            return signer.secret(invitation.get().nonce());
        }
        if (wave.audienceKind() == AudienceKind.PUBLIC_LINK || !answerable.inAudience(actor, community, wave)) {
            throw new NotFoundException(Text.of("surveys.inside.not-asked"));
        }
        byte[] nonce = signer.nonce();
        String secret = signer.secret(nonce);
        if (!invitations.invite(wave.id(), actor.accountId(), nonce, signer.hash(secret), clock.instant())) {
            // invited meanwhile, in another transaction: that invitation's link is theirs
            return signer.secret(invitations
                    .ofPerson(wave.id(), actor.accountId())
                    .orElseThrow()
                    .nonce());
        }
        return secret;
    }
}
