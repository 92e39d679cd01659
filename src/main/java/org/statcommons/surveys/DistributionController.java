package org.statcommons.surveys;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.bodies.Bodies;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.community.TopicGroupMembers;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The owners' distribution screen of a wave: its window and audience, how many were invited and answered, the
 * invitations and reminders, and a public-link wave's link. The community's inside is the handlers' permission; the
 * survey's owner standing (or the secretariat's role) is asked by {@link SurveyOwnership} before the survey is read.
 */
@Controller
@CommunityTab("surveys")
class DistributionController {

    private final SurveyOwnership ownership;
    private final Waves waves;
    private final DistributionPresenter presenter;
    private final SendInvitations sendInvitations;
    private final SendReminders sendReminders;
    private final MakePublicLink makePublicLink;
    private final ScheduleWave scheduleWave;
    private final OpenWave openWave;
    private final CloseWave closeWave;
    private final TopicGroupMembers topicGroups;
    private final Bodies bodies;

    DistributionController(
            SurveyOwnership ownership,
            Waves waves,
            DistributionPresenter presenter,
            SendInvitations sendInvitations,
            SendReminders sendReminders,
            MakePublicLink makePublicLink,
            ScheduleWave scheduleWave,
            OpenWave openWave,
            CloseWave closeWave,
            TopicGroupMembers topicGroups,
            Bodies bodies) {
        this.ownership = ownership;
        this.waves = waves;
        this.presenter = presenter;
        this.sendInvitations = sendInvitations;
        this.sendReminders = sendReminders;
        this.makePublicLink = makePublicLink;
        this.scheduleWave = scheduleWave;
        this.openWave = openWave;
        this.closeWave = closeWave;
        this.topicGroups = topicGroups;
        this.bodies = bodies;
    }

    @GetMapping("/c/{slug}/surveys/{id}/waves/{waveId}/distribution")
    String distribution(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable long waveId,
            @ModelAttribute("schedule") WaveTimes schedule,
            Actor actor,
            TimePresenter times,
            Model model) {
        Survey survey = ownership.require(actor, community, id);
        Wave wave = waves.inSurvey(survey, waveId);
        model.addAttribute("view", presenter.present(community.slug(), survey, wave));
        boolean typed = !schedule.opensAt().isEmpty()
                || !schedule.closesAt().isEmpty()
                || !schedule.audience().isEmpty();
        model.addAttribute(
                "schedule",
                typed
                        ? schedule
                        : new WaveTimes(
                                local(wave.opensAt(), times),
                                local(wave.closesAt(), times),
                                wave.audienceKind().name() + (wave.audienceId() == null ? "" : ":" + wave.audienceId()),
                                ""));
        model.addAttribute("groups", topicGroups.of(community.id()));
        model.addAttribute("bodies", bodies.of(community));
        return "surveys/distribution";
    }

    /** A time as the owner types it back, in their zone. */
    private static String local(java.time.Instant at, TimePresenter times) {
        return at == null
                ? ""
                : java.time.LocalDateTime.ofInstant(at, times.zone())
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    @PostMapping("/c/{slug}/surveys/{id}/waves/{waveId}/invitations")
    @ShowFormOnError("distribution")
    String invite(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor,
            RedirectAttributes redirect) {
        int sent = sendInvitations.send(actor, community, id, waveId);
        redirect.addFlashAttribute("notice", Text.of("surveys.distribution.notice.invited", sent));
        return "redirect:" + SurveyLinkAddress.distribution(community.slug(), id, waveId);
    }

    @PostMapping("/c/{slug}/surveys/{id}/waves/{waveId}/reminders")
    @ShowFormOnError("distribution")
    String remind(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor,
            RedirectAttributes redirect) {
        int sent = sendReminders.remind(actor, community, id, waveId);
        redirect.addFlashAttribute("notice", Text.of("surveys.distribution.notice.reminded", sent));
        return "redirect:" + SurveyLinkAddress.distribution(community.slug(), id, waveId);
    }

    @PostMapping("/c/{slug}/surveys/{id}/waves/{waveId}/public-link")
    @ShowFormOnError("distribution")
    String publicLink(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor) {
        makePublicLink.make(actor, community, id, waveId);
        return "redirect:" + SurveyLinkAddress.distribution(community.slug(), id, waveId);
    }

    @PostMapping("/c/{slug}/surveys/{id}/waves/{waveId}/schedule")
    @ShowFormOnError("distribution")
    String schedule(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable long waveId,
            @ModelAttribute("schedule") WaveTimes typed,
            Actor actor,
            TimePresenter times,
            RedirectAttributes redirect) {
        scheduleWave.schedule(actor, community, id, waveId, typed, times.zone());
        redirect.addFlashAttribute("notice", Text.of("surveys.schedule.notice.saved"));
        return "redirect:" + SurveyLinkAddress.distribution(community.slug(), id, waveId);
    }

    @PostMapping("/c/{slug}/surveys/{id}/waves/{waveId}/open")
    @ShowFormOnError("distribution")
    String open(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable long waveId,
            @RequestParam(defaultValue = "true") boolean now,
            Actor actor,
            RedirectAttributes redirect) {
        Wave wave = openWave.open(actor, community, id, waveId, now);
        redirect.addFlashAttribute("notice", Text.of("surveys.schedule.notice.opened", wave.label()));
        return "redirect:" + SurveyLinkAddress.distribution(community.slug(), id, waveId);
    }

    @PostMapping("/c/{slug}/surveys/{id}/waves/{waveId}/close")
    @ShowFormOnError("distribution")
    String close(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) Community community,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor,
            RedirectAttributes redirect) {
        Wave wave = closeWave.close(actor, community, id, waveId);
        redirect.addFlashAttribute("notice", Text.of("surveys.schedule.notice.closed", wave.label()));
        return "redirect:" + SurveyLinkAddress.distribution(community.slug(), id, waveId);
    }
}
