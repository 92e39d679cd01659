package org.statcommons.moderation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;

/**
 * The platform administrators' queue ({@code /admin/moderation}): flags on items bound to no community,
 * such as profiles. Administrators dismiss, hide, restore and warn; suspending an account is done under
 * Accounts, as before.
 */
@Controller
class AdminQueueController {

    private final Permissions permissions;
    private final Reports reports;
    private final ModerationDecisions decisions;

    AdminQueueController(Permissions permissions, Reports reports, ModerationDecisions decisions) {
        this.permissions = permissions;
        this.reports = reports;
        this.decisions = decisions;
    }

    @GetMapping("/admin/moderation")
    String queue(Actor actor, Model model) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        model.addAttribute("open", reports.open(null, QueueController.SHOWN));
        model.addAttribute("closed", reports.closed(null, 30));
        model.addAttribute("action", "/admin/moderation/reports/");
        return "moderation/admin-queue";
    }

    @PostMapping("/admin/moderation/reports/{id}")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "") String reason, Actor actor, RedirectAttributes redirect) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        ModerationDecisions.Kind kind = ModerationDecisions.Kind.parse(decision);
        if (kind == ModerationDecisions.Kind.SUSPEND || kind == ModerationDecisions.Kind.REMOVE) {
            throw new InvalidInputException("decision", "Suspend the account under Administration, Accounts.");
        }
        if (!decisions.inQueue(id, null)) {
            throw new NotFoundException("There is no such entry in the administrators' queue.");
        }
        QueueController.decide(decisions, actor, id, kind, reason, null, redirect);
        return "redirect:/admin/moderation#report-" + id;
    }
}
