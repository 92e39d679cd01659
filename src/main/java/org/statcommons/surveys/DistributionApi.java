package org.statcommons.surveys;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Permitted;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.TimePresenter;

/** A wave's distribution for its owners (docs/api.md#surveys): counts, invitations, reminders, the public link. */
@RestController
class DistributionApi {

    private final OwnerChecker checker;
    private final Waves waves;
    private final DistributionPresenter presenter;
    private final SendInvitations sendInvitations;
    private final SendReminders sendReminders;
    private final MakePublicLink makePublicLink;
    private final StatCommonsProperties properties;
    private final ScheduleWave scheduleWave;
    private final OpenWave openWave;
    private final CloseWave closeWave;

    DistributionApi(
            OwnerChecker checker,
            Waves waves,
            DistributionPresenter presenter,
            SendInvitations sendInvitations,
            SendReminders sendReminders,
            MakePublicLink makePublicLink,
            StatCommonsProperties properties,
            ScheduleWave scheduleWave,
            OpenWave openWave,
            CloseWave closeWave) {
        this.checker = checker;
        this.waves = waves;
        this.presenter = presenter;
        this.sendInvitations = sendInvitations;
        this.sendReminders = sendReminders;
        this.makePublicLink = makePublicLink;
        this.properties = properties;
        this.scheduleWave = scheduleWave;
        this.openWave = openWave;
        this.closeWave = closeWave;
    }

    record SentJson(int sent) {}

    record PublicLinkJson(String link) {}

    @GetMapping("/api/v1/communities/{slug}/surveys/{id}/waves/{waveId}/distribution")
    DistributionPresenter.DistributionView distribution(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor) {
        Survey survey = checker.require(actor, owner, id);
        return presenter.present(owner, survey, waves.inSurvey(survey, waveId));
    }

    @PostMapping("/api/v1/communities/{slug}/surveys/{id}/waves/{waveId}/invitations")
    SentJson invite(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor) {
        return new SentJson(sendInvitations.send(actor, owner, id, waveId));
    }

    @PostMapping("/api/v1/communities/{slug}/surveys/{id}/waves/{waveId}/reminders")
    SentJson remind(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor) {
        return new SentJson(sendReminders.remind(actor, owner, id, waveId));
    }

    @PostMapping("/api/v1/communities/{slug}/surveys/{id}/waves/{waveId}/public-link")
    PublicLinkJson publicLink(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor) {
        String secret = makePublicLink.make(actor, owner, id, waveId);
        return new PublicLinkJson(properties.link(SurveyLinkAddress.publicLink(secret)));
    }

    /** Opening and closing times (ISO, with an offset or in the caller's zone), audience; absent: none / unchanged. */
    record ScheduleJson(String opensAt, String closesAt, String audience, Long audienceId) {}

    record OpenJson(Boolean now) {}

    @PutMapping("/api/v1/communities/{slug}/surveys/{id}/waves/{waveId}/schedule")
    DistributionPresenter.DistributionView schedule(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @RequestBody(required = false) ScheduleJson json,
            Actor actor,
            TimePresenter times) {
        ScheduleJson sent = json == null ? new ScheduleJson(null, null, null, null) : json;
        Wave wave = scheduleWave.schedule(
                actor,
                owner,
                id,
                waveId,
                new WaveTimes(
                        sent.opensAt(),
                        sent.closesAt(),
                        sent.audience(),
                        sent.audienceId() == null ? "" : sent.audienceId().toString(),
                        List.of()),
                times.zone());
        return view(owner, actor, id, wave);
    }

    @PostMapping("/api/v1/communities/{slug}/surveys/{id}/waves/{waveId}/open")
    DistributionPresenter.DistributionView open(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @RequestBody(required = false) OpenJson json,
            Actor actor) {
        boolean now = json == null || json.now() == null || json.now();
        return view(owner, actor, id, openWave.open(actor, owner, id, waveId, now));
    }

    @PostMapping("/api/v1/communities/{slug}/surveys/{id}/waves/{waveId}/close")
    DistributionPresenter.DistributionView close(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor) {
        return view(owner, actor, id, closeWave.close(actor, owner, id, waveId));
    }

    private DistributionPresenter.DistributionView view(SurveyOwner owner, Actor actor, long id, Wave wave) {
        return presenter.present(owner, checker.require(actor, owner, id), wave);
    }
}
