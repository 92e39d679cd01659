package org.statcommons.surveys;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/** Makes a public-link wave's link (once: making it again gives the same link), for its owners to hand out. */
@Service
class MakePublicLink {

    private final OwnerChecker checker;
    private final Waves waves;
    private final PublicLinks links;
    private final LinkSigner signer;
    private final Clock clock;

    MakePublicLink(OwnerChecker checker, Waves waves, PublicLinks links, LinkSigner signer, Clock clock) {
        this.checker = checker;
        this.waves = waves;
        this.links = links;
        this.signer = signer;
        this.clock = clock;
    }

    /** @return the link's secret */
    @Transactional
    String make(Actor actor, SurveyOwner owner, long surveyId, long waveId) {
        Survey survey = checker.require(actor, owner, surveyId);
        Wave wave = waves.inSurvey(survey, waveId);
        if (wave.audienceKind() != AudienceKind.PUBLIC_LINK) {
            throw new ConflictException(Text.of("surveys.distribution.not-public"));
        }
        byte[] nonce = signer.nonce();
        byte[] kept = links.nonceOr(wave.id(), nonce, signer.hash(signer.secret(nonce)), clock.instant());
        return signer.secret(kept);
    }
}
