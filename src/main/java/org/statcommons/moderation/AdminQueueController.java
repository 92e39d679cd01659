package org.statcommons.moderation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The platform administrators' queue ({@code /admin/moderation}): flags on items bound to no community,
 * such as profiles. Administrators dismiss, hide, restore and warn; suspending an account is done under
 * Accounts, as before.
 */
@Controller
class AdminQueueController {

    private final Permissions permissions;
    private final QueueEntries entries;
    private final DecideOnEntry decideOnEntry;

    AdminQueueController(Permissions permissions, QueueEntries entries, DecideOnEntry decideOnEntry) {
        this.permissions = permissions;
        this.entries = entries;
        this.decideOnEntry = decideOnEntry;
    }

    /** The queue; shown again for a refused decision, the entry it was about ({@code refusedEntry}) gets the messages. */
    @GetMapping("/admin/moderation")
    String queue(
            @ModelAttribute("form") DecisionForm form,
            @PathVariable(name = "id", required = false) Long refusedEntry,
            Actor actor,
            Model model) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        model.addAttribute("refusedEntry", refusedEntry);
        model.addAttribute("open", entries.open(null, QueueController.SHOWN));
        model.addAttribute("closed", entries.closed(null, QueueController.DECIDED_SHOWN));
        model.addAttribute("action", QueueAddress.decisions(QueueAddress.ADMINISTRATORS));
        return "moderation/admin-queue";
    }

    @PostMapping("/admin/moderation/reports/{id}")
    @ShowFormOnError("queue")
    String decide(
            @PathVariable long id,
            @ModelAttribute("form") DecisionForm form,
            Actor actor,
            RedirectAttributes redirect) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        DecisionRequest request = form.request();
        decideOnEntry.decideForPlatform(actor, id, request);
        redirect.addFlashAttribute("notice", request.kind().done());
        return "redirect:" + QueueAddress.entry(QueueAddress.ADMINISTRATORS, id);
    }
}
