package org.statcommons.moderation;

import java.util.ArrayList;
import java.util.List;

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
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityFrame;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;

/**
 * A community's moderation queue ({@code /c/{slug}/moderation}): open entries with the item, its author, the
 * reasons and how many flagged it, each with the decisions; below, the latest decided entries (a hidden item
 * is restored from there).
 */
@Controller
class QueueController {

    static final int SHOWN = 100;

    private final CommunityFrame pages;
    private final Communities communities;
    private final Permissions permissions;
    private final Reports reports;
    private final ModerationDecisions decisions;

    QueueController(CommunityFrame pages, Communities communities, Permissions permissions, Reports reports,
                    ModerationDecisions decisions) {
        this.pages = pages;
        this.communities = communities;
        this.permissions = permissions;
        this.reports = reports;
        this.decisions = decisions;
    }

    @GetMapping("/c/{slug}/moderation")
    String queue(@PathVariable String slug, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.MODERATE_CONTENT, model, "moderation");
        model.addAttribute("open", reports.open(community.id(), SHOWN));
        model.addAttribute("closed", reports.closed(community.id(), 30));
        model.addAttribute("action", "/c/" + slug + "/moderation/reports/");
        model.addAttribute("maySuspend", permissions.may(actor, Action.SUSPEND_MEMBER, community.id()));
        model.addAttribute("mayRemove", permissions.may(actor, Action.REMOVE_MEMBER, community.id()));
        return "moderation/queue";
    }

    @PostMapping("/c/{slug}/moderation/reports/{id}")
    String decide(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) String days, Actor actor,
                  RedirectAttributes redirect) {
        Community community = communities.require(slug);
        permissions.require(actor, Action.MODERATE_CONTENT, community.id());
        ModerationDecisions.Kind kind = ModerationDecisions.Kind.parse(decision);
        requireFor(actor, kind, community.id());
        if (!decisions.inQueue(id, community.id())) {
            throw new NotFoundException("There is no such entry in this community's queue.");
        }
        decide(decisions, actor, id, kind, reason, days, redirect);
        return "redirect:/c/" + slug + "/moderation#report-" + id;
    }

    /** Suspending and removing need their own actions on top of moderating. */
    private void requireFor(Actor actor, ModerationDecisions.Kind kind, long communityId) {
        if (kind == ModerationDecisions.Kind.SUSPEND) {
            permissions.require(actor, Action.SUSPEND_MEMBER, communityId);
        } else if (kind == ModerationDecisions.Kind.REMOVE) {
            permissions.require(actor, Action.REMOVE_MEMBER, communityId);
        }
    }

    /** Takes the decision; a refusal comes back to the queue as a message next to the entry. */
    static void decide(ModerationDecisions decisions, Actor actor, long id, ModerationDecisions.Kind kind, String reason,
                       String days, RedirectAttributes redirect) {
        try {
            decisions.decide(actor, id, kind, reason, days(days, kind));
            redirect.addFlashAttribute("notice", Notices.done(kind));
        } catch (InvalidInputException e) {
            List<String> messages = new ArrayList<>();
            e.errors().forEach(m -> messages.add(m.message()));
            redirect.addFlashAttribute("problemReport", id);
            redirect.addFlashAttribute("problem", String.join(" ", messages));
            redirect.addFlashAttribute("typedReason", reason);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problemReport", id);
            redirect.addFlashAttribute("problem", e.getMessage());
        }
    }

    static Integer days(String typed, ModerationDecisions.Kind kind) {
        if (kind != ModerationDecisions.Kind.SUSPEND) {
            return null;
        }
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("days", "Say for how many days, as a whole number.");
        }
    }
}
