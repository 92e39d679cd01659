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
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * A community's moderation queue ({@code /c/{slug}/moderation}): open entries with the item, its author, the
 * reasons and how many flagged it, each with the decisions; below, the latest decided entries (a hidden item
 * is restored from there). A refused decision comes back on its entry with the reason as typed.
 */
@Controller
@CommunityTab("moderation")
class QueueController {

    static final int SHOWN = 100;
    static final int DECIDED_SHOWN = 30;

    private final QueueEntries entries;
    private final DecideOnEntry decideOnEntry;
    private final Permissions permissions;

    QueueController(QueueEntries entries, DecideOnEntry decideOnEntry, Permissions permissions) {
        this.entries = entries;
        this.decideOnEntry = decideOnEntry;
        this.permissions = permissions;
    }

    /** The queue; shown again for a refused decision, the entry it was about ({@code refusedEntry}) gets the messages. */
    @GetMapping("/c/{slug}/moderation")
    String queue(
            @Permitted(Action.MODERATE_CONTENT) Community community,
            @ModelAttribute("form") DecisionForm form,
            @PathVariable(name = "id", required = false) Long refusedEntry,
            Actor actor,
            Model model) {
        model.addAttribute("refusedEntry", refusedEntry);
        model.addAttribute("open", entries.open(community.id(), SHOWN));
        model.addAttribute("closed", entries.closed(community.id(), DECIDED_SHOWN));
        model.addAttribute("action", QueueAddress.decisions(QueueAddress.of(community.slug())));
        model.addAttribute("maySuspend", permissions.may(actor, Action.SUSPEND_MEMBER, community.id()));
        model.addAttribute("mayRemove", permissions.may(actor, Action.REMOVE_MEMBER, community.id()));
        return "moderation/queue";
    }

    @PostMapping("/c/{slug}/moderation/reports/{id}")
    @ShowFormOnError("queue")
    String decide(
            @Permitted(Action.MODERATE_CONTENT) Community community,
            @PathVariable long id,
            @ModelAttribute("form") DecisionForm form,
            Actor actor,
            RedirectAttributes redirect) {
        DecisionRequest request = form.request();
        decideOnEntry.decide(actor, community, id, request);
        redirect.addFlashAttribute("notice", request.kind().done());
        return "redirect:" + QueueAddress.entry(QueueAddress.of(community.slug()), id);
    }
}
