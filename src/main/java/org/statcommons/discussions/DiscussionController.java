package org.statcommons.discussions;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.community.TopicGroups;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * The discussions of a community: the list (by topic group, newest activity first), starting one, reading
 * one and replying. Every form works without JavaScript; a refused text comes back in its form with the
 * message, so nothing typed is lost.
 */
@Controller
@CommunityTab("discussions")
class DiscussionController {

    private final Discussions discussions;
    private final StartDiscussion startDiscussion;
    private final PostReply postReply;
    private final DiscussionPresenter presenter;
    private final TopicGroups topicGroups;
    private final Permissions permissions;

    DiscussionController(
            Discussions discussions,
            StartDiscussion startDiscussion,
            PostReply postReply,
            DiscussionPresenter presenter,
            TopicGroups topicGroups,
            Permissions permissions) {
        this.discussions = discussions;
        this.startDiscussion = startDiscussion;
        this.postReply = postReply;
        this.presenter = presenter;
        this.topicGroups = topicGroups;
        this.permissions = permissions;
    }

    /** A line of the list. */
    record Row(Discussion discussion, String title, String href, TopicGroups.TopicGroup topicGroup) {}

    @GetMapping("/c/{slug}/discussions")
    String list(
            @Permitted(Action.VIEW_DISCUSSIONS) Community community,
            @RequestParam(defaultValue = "") String topic,
            @RequestParam(defaultValue = "0") int page,
            Actor actor,
            Model model) {
        List<TopicGroups.TopicGroup> groups = topicGroups.of(community);
        TopicGroups.TopicGroup group = topic.isBlank() ? null : topicGroups.inCommunity(community, topic);
        Discussions.Listing listing = discussions.list(community.id(), group == null ? null : group.id(), page);
        boolean moderator = permissions.may(actor, Action.MODERATE_CONTENT, community.id());
        model.addAttribute(
                "rows",
                listing.discussions().stream()
                        .map(d -> new Row(
                                d,
                                d.title(moderator),
                                DiscussionAddress.discussion(community.slug(), d.id()),
                                groups.stream()
                                        .filter(g -> d.topicGroupId() != null && g.id() == d.topicGroupId())
                                        .findFirst()
                                        .orElse(null)))
                        .toList());
        model.addAttribute("listing", listing);
        model.addAttribute("groups", groups);
        model.addAttribute("topic", group == null ? "" : group.slug());
        return "discussions/list";
    }

    /** The form to start a discussion: empty (a topic group chosen from the list's filter), or as typed when refused. */
    @GetMapping("/c/{slug}/discussions/new")
    String newForm(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community,
            @ModelAttribute("form") NewDiscussion form,
            Model model) {
        model.addAttribute("groups", topicGroups.of(community));
        model.addAttribute("action", DiscussionAddress.list(community.slug()));
        return "discussions/new";
    }

    @PostMapping("/c/{slug}/discussions")
    @ShowFormOnError("newForm")
    String start(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community,
            @ModelAttribute("form") NewDiscussion form,
            Actor actor) {
        long id = startDiscussion.start(actor, community, form);
        return "redirect:" + DiscussionAddress.discussion(community.slug(), id);
    }

    /** A discussion with its reply form: empty, quoting a post ({@code ?quote=}), or as typed when refused. */
    @GetMapping("/c/{slug}/discussions/{id}")
    String discussion(
            @Permitted(Action.VIEW_DISCUSSIONS) Community community,
            @PathVariable long id,
            @RequestParam(required = false) Long quote,
            @ModelAttribute("form") NewReply form,
            Actor actor,
            Model model) {
        DiscussionPresenter.DiscussionView view =
                presenter.present(actor, community, discussions.inCommunity(community, id));
        model.addAttribute("view", view);
        model.addAttribute("form", presenter.reply(community, view, form, quote));
        return "discussions/discussion";
    }

    /**
     * Posts the reply; or, when a post's "Quote" button sent the form ({@code quote}), posts nothing and shows the
     * reply form again with the quote added after what was typed (the quote at the cursor is the script's, reply.js).
     */
    @PostMapping("/c/{slug}/discussions/{id}/replies")
    @ShowFormOnError("discussion")
    String reply(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community,
            @PathVariable long id,
            @ModelAttribute("form") NewReply form,
            @RequestParam(required = false) Long quote,
            Actor actor,
            Model model) {
        if (quote != null) {
            return discussion(community, id, quote, form, actor, model);
        }
        long postId = postReply.reply(actor, community, id, form);
        return "redirect:" + DiscussionAddress.post(community.slug(), id, postId);
    }
}
