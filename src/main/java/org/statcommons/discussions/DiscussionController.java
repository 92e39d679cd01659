package org.statcommons.discussions;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityFrame;
import org.statcommons.community.TopicGroups;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.TooManyRequestsException;

/**
 * The discussions of a community: the list (by topic group, newest activity first), starting one, reading
 * one and replying. Every form works without JavaScript; a refused text comes back in its form with the
 * message, so nothing typed is lost.
 */
@Controller
class DiscussionController {

    private final CommunityFrame pages;
    private final DiscussionSite site;
    private final Discussions discussions;
    private final Posting posting;
    private final DiscussionPage discussionPage;
    private final TopicGroups topicGroups;
    private final Permissions permissions;

    DiscussionController(CommunityFrame pages, DiscussionSite site, Discussions discussions, Posting posting,
                         DiscussionPage discussionPage, TopicGroups topicGroups, Permissions permissions) {
        this.permissions = permissions;
        this.pages = pages;
        this.site = site;
        this.discussions = discussions;
        this.posting = posting;
        this.discussionPage = discussionPage;
        this.topicGroups = topicGroups;
    }

    /** A line of the list. */
    public record Row(Discussion discussion, String title, String href, TopicGroups.TopicGroup topicGroup) {
    }

    @GetMapping("/c/{slug}/discussions")
    String list(@PathVariable String slug, @RequestParam(defaultValue = "") String topic, @RequestParam(defaultValue = "0") int page,
                Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.VIEW_DISCUSSIONS, model, "discussions");
        List<TopicGroups.TopicGroup> groups = topicGroups.of(community);
        TopicGroups.TopicGroup group = topic.isBlank() ? null : topicGroups.require(community, topic);
        Discussions.Listing listing = discussions.list(community.id(), group == null ? null : group.id(), page);
        boolean moderator = permissions.may(actor, Action.MODERATE_CONTENT, community.id());
        model.addAttribute("rows", listing.discussions().stream().map(d -> new Row(d,
                d.title(moderator),
                DiscussionAddress.discussion(slug, d.id()),
                groups.stream().filter(g -> d.topicGroupId() != null && g.id() == d.topicGroupId()).findFirst().orElse(null))).toList());
        model.addAttribute("listing", listing);
        model.addAttribute("groups", groups);
        model.addAttribute("topic", group == null ? "" : group.slug());
        return "discussions/list";
    }

    @GetMapping("/c/{slug}/discussions/new")
    String newForm(@PathVariable String slug, @RequestParam(defaultValue = "") String topic, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.POST_IN_DISCUSSIONS, model, "discussions");
        return newPage(model, community, topic, "", "");
    }

    @PostMapping("/c/{slug}/discussions")
    String start(@PathVariable String slug, @RequestParam(defaultValue = "") String topic, @RequestParam(defaultValue = "") String title,
                 @RequestParam(defaultValue = "") String body, Actor actor, Model model, HttpServletResponse response) {
        Community community = pages.open(slug, actor, Action.POST_IN_DISCUSSIONS, model, "discussions");
        try {
            long id = posting.start(actor, community, topic, title, body);
            return "redirect:" + DiscussionAddress.discussion(slug, id);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", e.byField());
        } catch (TooManyRequestsException e) {
            tooMany(response, e);
            model.addAttribute("errors", Map.of("", e.getMessage()));
        }
        return newPage(model, community, topic, title, body);
    }

    @GetMapping("/c/{slug}/discussions/{id}")
    String discussion(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long quote, Actor actor,
                      Model model) {
        Community community = pages.open(slug, actor, Action.VIEW_DISCUSSIONS, model, "discussions");
        discussionPage.fill(model, actor, community, site.discussion(community, id), null, quote, null);
        return "discussions/discussion";
    }

    @PostMapping("/c/{slug}/discussions/{id}/replies")
    String reply(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String body,
                 @RequestParam(required = false) Long quotes, Actor actor, Model model, HttpServletResponse response) {
        Community community = pages.open(slug, actor, Action.POST_IN_DISCUSSIONS, model, "discussions");
        Discussion discussion = site.discussion(community, id);
        String error;
        try {
            long postId = posting.reply(actor, community, id, body, quotes);
            return "redirect:" + DiscussionAddress.post(slug, id, postId);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            error = e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
        } catch (ConflictException e) {
            response.setStatus(409);
            error = e.getMessage();
        } catch (TooManyRequestsException e) {
            tooMany(response, e);
            error = e.getMessage();
        }
        discussionPage.fill(model, actor, community, site.discussion(community, discussion.id()), body, quotes, error);
        return "discussions/discussion";
    }

    private String newPage(Model model, Community community, String topic, String title, String body) {
        model.addAttribute("groups", topicGroups.of(community));
        model.addAttribute("topic", topic);
        model.addAttribute("titleValue", title);
        model.addAttribute("body", body);
        model.addAttribute("action", DiscussionAddress.list(community.slug()));
        return "discussions/new";
    }

    static void tooMany(HttpServletResponse response, TooManyRequestsException e) {
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
    }
}
