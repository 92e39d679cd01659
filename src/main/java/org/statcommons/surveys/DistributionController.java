package org.statcommons.surveys;

import java.util.List;
import java.util.Map;
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
import org.statcommons.community.Communities;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.community.TopicGroupMembers;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The owners' distribution screen of a wave: its window and audience, how many were invited and answered, the
 * invitations and reminders, and a public-link wave's link. The community's inside is the handlers' permission; the
 * survey's owner standing (or the secretariat's role) is asked by {@link OwnerChecker} before the survey is read.
 */
@Controller
@CommunityTab("surveys")
class DistributionController {

    private final OwnerChecker checker;
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
    private final Communities communities;
    private final WaveCommunities waveCommunities;

    DistributionController(
            OwnerChecker checker,
            Waves waves,
            DistributionPresenter presenter,
            SendInvitations sendInvitations,
            SendReminders sendReminders,
            MakePublicLink makePublicLink,
            ScheduleWave scheduleWave,
            OpenWave openWave,
            CloseWave closeWave,
            TopicGroupMembers topicGroups,
            Bodies bodies,
            Communities communities,
            WaveCommunities waveCommunities) {
        this.checker = checker;
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
        this.communities = communities;
        this.waveCommunities = waveCommunities;
    }

    @GetMapping({"/c/{slug}/surveys/{id}/waves/{waveId}/distribution", "/admin/surveys/{id}/waves/{waveId}/distribution"
    })
    String distribution(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @ModelAttribute("schedule") WaveTimes schedule,
            Actor actor,
            TimePresenter times,
            Model model) {
        Survey survey = checker.require(actor, owner, id);
        Wave wave = waves.inSurvey(survey, waveId);
        model.addAttribute("view", presenter.present(owner, survey, wave));
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
                                "",
                                waveCommunities.of(wave.id()).stream()
                                        .map(String::valueOf)
                                        .toList()));
        model.addAttribute("groups", owner.platformWide() ? List.of() : topicGroups.of(owner.communityId()));
        if (owner.platformWide()) {
            // a platform-wide survey may ask the members of chosen communities, or a body of any of them
            Map<Long, String> names = new java.util.LinkedHashMap<>();
            communities
                    .all()
                    .forEach(l -> names.put(l.community().id(), l.community().name()));
            model.addAttribute("communityNames", names);
            model.addAttribute("bodies", bodies.inCommunities(names.keySet()));
        } else {
            model.addAttribute("communityNames", Map.of());
            model.addAttribute("bodies", bodies.of(owner.community()));
        }
        return "surveys/distribution";
    }

    /** A time as the owner types it back, in their zone. */
    private static String local(java.time.Instant at, TimePresenter times) {
        return at == null
                ? ""
                : java.time.LocalDateTime.ofInstant(at, times.zone())
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    @PostMapping({"/c/{slug}/surveys/{id}/waves/{waveId}/invitations", "/admin/surveys/{id}/waves/{waveId}/invitations"
    })
    @ShowFormOnError("distribution")
    String invite(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor,
            RedirectAttributes redirect) {
        int sent = sendInvitations.send(actor, owner, id, waveId);
        redirect.addFlashAttribute("notice", Text.of("surveys.distribution.notice.invited", sent));
        return "redirect:" + SurveyLinkAddress.distribution(owner, id, waveId);
    }

    @PostMapping({"/c/{slug}/surveys/{id}/waves/{waveId}/reminders", "/admin/surveys/{id}/waves/{waveId}/reminders"})
    @ShowFormOnError("distribution")
    String remind(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor,
            RedirectAttributes redirect) {
        int sent = sendReminders.remind(actor, owner, id, waveId);
        redirect.addFlashAttribute("notice", Text.of("surveys.distribution.notice.reminded", sent));
        return "redirect:" + SurveyLinkAddress.distribution(owner, id, waveId);
    }

    @PostMapping({"/c/{slug}/surveys/{id}/waves/{waveId}/public-link", "/admin/surveys/{id}/waves/{waveId}/public-link"
    })
    @ShowFormOnError("distribution")
    String publicLink(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor) {
        makePublicLink.make(actor, owner, id, waveId);
        return "redirect:" + SurveyLinkAddress.distribution(owner, id, waveId);
    }

    @PostMapping({"/c/{slug}/surveys/{id}/waves/{waveId}/schedule", "/admin/surveys/{id}/waves/{waveId}/schedule"})
    @ShowFormOnError("distribution")
    String schedule(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @ModelAttribute("schedule") WaveTimes typed,
            Actor actor,
            TimePresenter times,
            RedirectAttributes redirect) {
        scheduleWave.schedule(actor, owner, id, waveId, typed, times.zone());
        redirect.addFlashAttribute("notice", Text.of("surveys.schedule.notice.saved"));
        return "redirect:" + SurveyLinkAddress.distribution(owner, id, waveId);
    }

    @PostMapping({"/c/{slug}/surveys/{id}/waves/{waveId}/open", "/admin/surveys/{id}/waves/{waveId}/open"})
    @ShowFormOnError("distribution")
    String open(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @RequestParam(defaultValue = "true") boolean now,
            Actor actor,
            RedirectAttributes redirect) {
        Wave wave = openWave.open(actor, owner, id, waveId, now);
        redirect.addFlashAttribute("notice", Text.of("surveys.schedule.notice.opened", wave.label()));
        return "redirect:" + SurveyLinkAddress.distribution(owner, id, waveId);
    }

    @PostMapping({"/c/{slug}/surveys/{id}/waves/{waveId}/close", "/admin/surveys/{id}/waves/{waveId}/close"})
    @ShowFormOnError("distribution")
    String close(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor,
            RedirectAttributes redirect) {
        Wave wave = closeWave.close(actor, owner, id, waveId);
        redirect.addFlashAttribute("notice", Text.of("surveys.schedule.notice.closed", wave.label()));
        return "redirect:" + SurveyLinkAddress.distribution(owner, id, waveId);
    }
}
