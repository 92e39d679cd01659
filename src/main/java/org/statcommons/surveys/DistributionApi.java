package org.statcommons.surveys;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.platform.StatCommonsProperties;

/** A wave's distribution for its owners (docs/api.md#surveys): counts, invitations, reminders, the public link. */
@RestController
class DistributionApi {

    private final SurveyOwnership ownership;
    private final Waves waves;
    private final DistributionPresenter presenter;
    private final SendInvitations sendInvitations;
    private final SendReminders sendReminders;
    private final MakePublicLink makePublicLink;
    private final StatCommonsProperties properties;

    DistributionApi(
            SurveyOwnership ownership,
            Waves waves,
            DistributionPresenter presenter,
            SendInvitations sendInvitations,
            SendReminders sendReminders,
            MakePublicLink makePublicLink,
            StatCommonsProperties properties) {
        this.ownership = ownership;
        this.waves = waves;
        this.presenter = presenter;
        this.sendInvitations = sendInvitations;
        this.sendReminders = sendReminders;
        this.makePublicLink = makePublicLink;
        this.properties = properties;
    }

    record SentJson(int sent) {}

    record PublicLinkJson(String link) {}

    @GetMapping("/api/v1/communities/{slug}/surveys/{id}/waves/{waveId}/distribution")
    DistributionPresenter.DistributionView distribution(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor) {
        Survey survey = ownership.require(actor, community, id);
        return presenter.present(community.slug(), survey, waves.inSurvey(survey, waveId));
    }

    @PostMapping("/api/v1/communities/{slug}/surveys/{id}/waves/{waveId}/invitations")
    SentJson invite(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor) {
        return new SentJson(sendInvitations.send(actor, community, id, waveId));
    }

    @PostMapping("/api/v1/communities/{slug}/surveys/{id}/waves/{waveId}/reminders")
    SentJson remind(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor) {
        return new SentJson(sendReminders.remind(actor, community, id, waveId));
    }

    @PostMapping("/api/v1/communities/{slug}/surveys/{id}/waves/{waveId}/public-link")
    PublicLinkJson publicLink(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor) {
        String secret = makePublicLink.make(actor, community, id, waveId);
        return new PublicLinkJson(properties.link(SurveyLinkAddress.publicLink(secret)));
    }
}
