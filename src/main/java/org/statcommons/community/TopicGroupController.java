package org.statcommons.community;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;

/** Topic groups: the list, creating and editing one, and its member list. */
@Controller
class TopicGroupController {

    private final CommunityFrame pages;
    private final TopicGroups groups;
    private final People people;
    private final Memberships memberships;
    private final Markdown markdown;

    TopicGroupController(CommunityFrame pages, TopicGroups groups, People people, Memberships memberships,
                         Markdown markdown) {
        this.pages = pages;
        this.groups = groups;
        this.people = people;
        this.memberships = memberships;
        this.markdown = markdown;
    }

    @GetMapping("/c/{slug}/topics")
    String list(@PathVariable String slug, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_INSIDE, model, "topics");
        model.addAttribute("groups", groups.of(community));
        model.addAttribute("form", Map.of("slug", "", "name", "", "description", ""));
        return "community/topics";
    }

    @PostMapping("/c/{slug}/topics")
    String create(@PathVariable String slug, Actor actor, @RequestParam(defaultValue = "") String topic,
                  @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.MANAGE_TOPIC_GROUPS, model, "topics");
        try {
            TopicGroups.TopicGroup group = groups.create(actor, community, topic, name, description);
            redirect.addFlashAttribute("notice", "Topic group created.");
            return "redirect:/c/" + slug + "/topics/" + group.slug();
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("groups", groups.of(community));
            model.addAttribute("form", Map.of("slug", topic, "name", name, "description", description));
            model.addAttribute("errors", e.byField());
            return "community/topics";
        }
    }

    @GetMapping("/c/{slug}/topics/{topic}")
    String show(@PathVariable String slug, @PathVariable String topic, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.VIEW_COMMUNITY_INSIDE, model, "topics");
        TopicGroups.TopicGroup group = groups.require(community, topic);
        model.addAttribute("group", group);
        model.addAttribute("descriptionHtml", markdown.toHtml(group.description()));
        model.addAttribute("members", people.byId(groups.memberIds(group)).values().stream()
                .sorted(java.util.Comparator.comparing(org.statcommons.identity.Account::displayName)).toList());
        model.addAttribute("inGroup", actor.signedIn() && groups.isMember(group, actor.accountId()));
        model.addAttribute("candidates", people.byId(memberships.of(community.id()).stream().map(Membership::accountId).toList())
                .values().stream().sorted(java.util.Comparator.comparing(org.statcommons.identity.Account::displayName)).toList());
        return "community/topic";
    }

    @PostMapping("/c/{slug}/topics/{topic}/edit")
    String edit(@PathVariable String slug, @PathVariable String topic, Actor actor,
                @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.MANAGE_TOPIC_GROUPS, model, "topics");
        TopicGroups.TopicGroup group = groups.require(community, topic);
        return attempt(() -> groups.edit(actor, community, group, name, description), "Saved.", slug, topic, actor,
                model, response, redirect);
    }

    @PostMapping("/c/{slug}/topics/{topic}/membership")
    String joinOrLeave(@PathVariable String slug, @PathVariable String topic, Actor actor,
                       @RequestParam(defaultValue = "true") boolean join, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.JOIN_TOPIC_GROUP, model, "topics");
        TopicGroups.TopicGroup group = groups.require(community, topic);
        return attempt(() -> groups.joinOrLeave(actor, community, group, join), join ? "You joined the group." : "You left the group.",
                slug, topic, actor, model, response, redirect);
    }

    @PostMapping("/c/{slug}/topics/{topic}/members")
    String addOrRemove(@PathVariable String slug, @PathVariable String topic, Actor actor,
                       @RequestParam long accountId, @RequestParam(defaultValue = "true") boolean add, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        Community community = pages.open(slug, actor, Action.MANAGE_TOPIC_GROUPS, model, "topics");
        TopicGroups.TopicGroup group = groups.require(community, topic);
        return attempt(() -> groups.addOrRemove(actor, community, group, accountId, add), add ? "Added." : "Removed.",
                slug, topic, actor, model, response, redirect);
    }

    private String attempt(Runnable change, String notice, String slug, String topic, Actor actor, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
            return "redirect:/c/" + slug + "/topics/" + topic;
        } catch (InvalidInputException | ConflictException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            model.addAttribute("problem", e.getMessage());
            return show(slug, topic, actor, model);
        }
    }
}
