package org.statcommons.drives;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
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
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.meetings.SessionCalendar;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A drive's public screen, read by anyone: what the drive is, and the application form while it runs. Opened through
 * a personal link ({@code ?invited=}), the use is counted and the form filled in.
 */
@Controller
@CommunityTab("about")
class ApplicationController {

    private final Drives drives;
    private final ApplyToDrive applyToDrive;
    private final FollowPersonalLink followPersonalLink;
    private final SessionCalendar sessions;
    private final Clock clock;

    ApplicationController(
            Drives drives,
            ApplyToDrive applyToDrive,
            FollowPersonalLink followPersonalLink,
            SessionCalendar sessions,
            Clock clock) {
        this.drives = drives;
        this.applyToDrive = applyToDrive;
        this.followPersonalLink = followPersonalLink;
        this.sessions = sessions;
        this.clock = clock;
    }

    @GetMapping("/c/{slug}/drives/{id}")
    String drive(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @RequestParam(name = "invited", required = false) String invited,
            @ModelAttribute("form") ApplicationForm form,
            Model model) {
        Drive drive = drives.inCommunity(community, id);
        model.addAttribute("drive", drive);
        model.addAttribute("open", drive.openOn(LocalDate.now(clock.withZone(ZoneOffset.UTC))));
        Optional<ApplicationForm> personal =
                invited == null ? Optional.empty() : followPersonalLink.follow(drive, invited);
        model.addAttribute("form", form.typed() ? form : personal.orElse(ApplicationForm.blank()));
        model.addAttribute(
                "infoSession",
                drive.sessionMeetingId() == null
                        ? null
                        : sessions.scheduled(community.id(), drive.sessionMeetingId())
                                .orElse(null));
        return "drives/drive";
    }

    @PostMapping("/c/{slug}/drives/{id}/applications")
    @ShowFormOnError("drive")
    String apply(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @ModelAttribute("form") ApplicationForm form,
            Actor actor,
            HttpServletRequest http,
            RedirectAttributes redirect) {
        applyToDrive.apply(actor, community, id, form.command(), http.getRemoteAddr());
        redirect.addFlashAttribute("notice", Text.of("drives.notice.applied"));
        return "redirect:" + DriveAddress.drive(community.slug(), id);
    }
}
