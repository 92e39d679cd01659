package org.statcommons.drives;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A drive's open information session, for anyone: when it is and the registration form; and the personal link that
 * cancels a registration (a page with a button, so that a mail scanner following links cancels nothing).
 */
@Controller
@CommunityTab("about")
class SessionController {

    private final Drives drives;
    private final Communities communities;
    private final RegisterForSession registerForSession;
    private final CancelRegistration cancelRegistration;

    SessionController(
            Drives drives,
            Communities communities,
            RegisterForSession registerForSession,
            CancelRegistration cancelRegistration) {
        this.drives = drives;
        this.communities = communities;
        this.registerForSession = registerForSession;
        this.cancelRegistration = cancelRegistration;
    }

    @GetMapping("/c/{slug}/drives/{id}/session")
    String session(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @ModelAttribute("form") RegistrationForm form,
            Model model) {
        Drive drive = drives.inCommunity(community, id);
        model.addAttribute("drive", drive);
        model.addAttribute("infoSession", registerForSession.session(community, drive));
        model.addAttribute("form", form.typed() ? form : RegistrationForm.blank());
        return "drives/session";
    }

    @PostMapping("/c/{slug}/drives/{id}/registrations")
    @ShowFormOnError("session")
    String register(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @PathVariable long id,
            @ModelAttribute("form") RegistrationForm form,
            Actor actor,
            HttpServletRequest http,
            RedirectAttributes redirect) {
        RegistrationForm.NewRegistration registration = form.command();
        registerForSession.register(actor, community, id, registration, http.getRemoteAddr());
        redirect.addFlashAttribute(
                "notice",
                Text.of("drives.notice.registered", registration.email().value()));
        return "redirect:" + DriveAddress.drive(community.slug(), id);
    }

    @GetMapping("/drive-registrations/{secret}")
    String cancellation(@PathVariable String secret, Model model) {
        Registration registration = cancelRegistration.usable(secret);
        Drive drive = drives.find(registration.driveId()).orElseThrow();
        model.addAttribute("registration", registration);
        model.addAttribute("drive", drive);
        model.addAttribute("community", communities.byId(drive.communityId()).orElseThrow());
        model.addAttribute("secret", secret);
        return "drives/cancel";
    }

    @PostMapping("/drive-registrations/{secret}")
    String cancel(@PathVariable String secret, RedirectAttributes redirect) {
        Drive drive = cancelRegistration.cancel(secret);
        Community community = communities.byId(drive.communityId()).orElseThrow();
        redirect.addFlashAttribute("notice", Text.of("drives.notice.registration-cancelled"));
        return "redirect:" + DriveAddress.drive(community.slug(), drive.id());
    }
}
