package org.statcommons.discussions;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityFrame;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.TooManyRequestsException;

/**
 * One post: its author edits it (from the version they saw; a clash shows both texts, nothing is lost) or
 * deletes it, and anyone who reads the discussion sees its earlier versions.
 */
@Controller
class PostController {

    private final CommunityFrame pages;
    private final DiscussionSite site;
    private final Discussions discussions;
    private final Posting posting;
    private final Permissions permissions;
    private final Markdown markdown;

    PostController(CommunityFrame pages, DiscussionSite site, Discussions discussions, Posting posting, Permissions permissions,
                   Markdown markdown) {
        this.pages = pages;
        this.site = site;
        this.discussions = discussions;
        this.posting = posting;
        this.permissions = permissions;
        this.markdown = markdown;
    }

    @GetMapping("/c/{slug}/discussions/{id}/posts/{postId}/edit")
    String editForm(@PathVariable String slug, @PathVariable long id, @PathVariable long postId, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.POST_IN_DISCUSSIONS, model, "discussions");
        Discussion discussion = site.discussion(community, id);
        Post post = site.post(discussion, postId);
        if (!post.visible() || post.authorId() != actor.accountId()) {
            throw new NotAllowedException(Action.POST_IN_DISCUSSIONS, true, "You may only change your own posts.");
        }
        return editPage(model, actor, community, discussion, post, discussion.title(), post.body(), post.version(), null, null);
    }

    @PostMapping("/c/{slug}/discussions/{id}/posts/{postId}/edit")
    String edit(@PathVariable String slug, @PathVariable long id, @PathVariable long postId, @RequestParam(defaultValue = "") String title,
                @RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "0") int version, Actor actor, Model model,
                HttpServletResponse response) {
        Community community = pages.open(slug, actor, Action.POST_IN_DISCUSSIONS, model, "discussions");
        Discussion discussion = site.discussion(community, id);
        try {
            posting.edit(actor, community, id, postId, version, title, body);
            return "redirect:" + DiscussionAddress.post(slug, id, postId);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            model.addAttribute("errors", e.byField());
            return editPage(model, actor, community, discussion, site.post(discussion, postId), title, body, version, null, null);
        } catch (EditConflictException e) {
            response.setStatus(409);
            // the form now starts from the current version: saving again replaces it knowingly
            return editPage(model, actor, community, discussion, e.current(), title, body, e.current().version(), e.getMessage(), e.current());
        } catch (TooManyRequestsException e) {
            DiscussionController.tooMany(response, e);
            return editPage(model, actor, community, discussion, site.post(discussion, postId), title, body, version, e.getMessage(), null);
        }
    }

    @PostMapping("/c/{slug}/discussions/{id}/posts/{postId}/delete")
    String delete(@PathVariable String slug, @PathVariable long id, @PathVariable long postId, Actor actor) {
        Community community = site.community(slug, actor, Action.POST_IN_DISCUSSIONS);
        site.discussion(community, id);
        posting.delete(actor, community, id, postId);
        return "redirect:" + DiscussionAddress.post(slug, id, postId);
    }

    @GetMapping("/c/{slug}/discussions/{id}/posts/{postId}/history")
    String history(@PathVariable String slug, @PathVariable long id, @PathVariable long postId, Actor actor, Model model) {
        Community community = pages.open(slug, actor, Action.VIEW_DISCUSSIONS, model, "discussions");
        Discussion discussion = site.discussion(community, id);
        Post post = site.post(discussion, postId);
        boolean moderator = permissions.may(actor, Action.MODERATE_CONTENT, community.id());
        if (!post.visible() && !moderator) {
            // the history of a deleted or hidden post is part of the record, kept for moderators
            throw new NotFoundException("There is no such post in this discussion.");
        }
        model.addAttribute("discussion", discussion);
        model.addAttribute("discussionTitle", discussion.title(moderator));
        model.addAttribute("post", post);
        model.addAttribute("currentHtml", markdown.toHtml(post.body()));
        model.addAttribute("versions", discussions.versions(postId).stream()
                .map(v -> new Version(v, markdown.toHtml(v.body()))).toList());
        model.addAttribute("back", DiscussionAddress.post(slug, id, postId));
        return "discussions/history";
    }

    /** An earlier version with its text rendered. */
    public record Version(PostVersion version, String html) {
    }

    private String editPage(Model model, Actor actor, Community community, Discussion discussion, Post post, String title,
                            String body, int version, String conflict, Post current) {
        boolean opening = discussions.posts(discussion.id()).get(0).id() == post.id();
        model.addAttribute("discussion", discussion);
        model.addAttribute("discussionTitle", discussion.title(permissions.may(actor, Action.MODERATE_CONTENT, community.id())));
        model.addAttribute("post", post);
        model.addAttribute("opening", opening);
        model.addAttribute("titleValue", title);
        model.addAttribute("body", body);
        model.addAttribute("version", version);
        model.addAttribute("conflict", conflict);
        model.addAttribute("current", current);
        model.addAttribute("currentHtml", current == null ? "" : markdown.toHtml(current.body()));
        model.addAttribute("currentTitle", current == null ? null : discussions.byId(discussion.id()).map(Discussion::title).orElse(""));
        model.addAttribute("action", DiscussionAddress.postAction(community.slug(), discussion.id(), post.id(), "edit"));
        model.addAttribute("back", DiscussionAddress.post(community.slug(), discussion.id(), post.id()));
        return "discussions/edit";
    }
}
