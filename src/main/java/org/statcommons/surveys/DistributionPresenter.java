package org.statcommons.surveys;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.statcommons.platform.StatCommonsProperties;

/** What the owners' distribution screen and API show of a wave: its window, audience, counts and public link. */
@Component
class DistributionPresenter {

    private final SurveyInvitations invitations;
    private final PublicLinks publicLinks;
    private final LinkSigner signer;
    private final StatCommonsProperties properties;

    DistributionPresenter(
            SurveyInvitations invitations,
            PublicLinks publicLinks,
            LinkSigner signer,
            StatCommonsProperties properties) {
        this.invitations = invitations;
        this.publicLinks = publicLinks;
        this.signer = signer;
        this.properties = properties;
    }

    /**
     * @param publicLink the wave's public link (full address), or null when it has none
     */
    record DistributionView(
            long surveyId,
            String survey,
            long waveId,
            String wave,
            WaveState state,
            Instant opensAt,
            Instant closesAt,
            AudienceKind audience,
            int invited,
            int answered,
            String publicLink,
            String base) {}

    DistributionView present(SurveyOwner owner, Survey survey, Wave wave) {
        SurveyInvitations.Counts counts = invitations.count(wave.id());
        String link = publicLinks
                .nonceOf(wave.id())
                .map(nonce -> properties.link(SurveyLinkAddress.publicLink(signer.secret(nonce))))
                .orElse(null);
        return new DistributionView(
                survey.id(),
                survey.title(),
                wave.id(),
                wave.label(),
                wave.state(),
                wave.opensAt(),
                wave.closesAt(),
                wave.audienceKind(),
                counts.invited(),
                counts.answered(),
                link,
                SurveyLinkAddress.distribution(owner, survey.id(), wave.id()));
    }
}
