package org.statcommons.discussions;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.CommunityTab;
import org.statcommons.community.Permitted;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.web.ShowFormOnError;

/**
 * One post: its author edits it (from the version they saw; a clash shows both texts, nothing is lost) or
 * deletes it, and anyone who reads the discussion sees its earlier versions.
 */
@Controller
@CommunityTab("discussions")
class PostController {

    private final Discussions discussions;
    private final Posts posts;
    private final PostVersions versions;
    private final EditPost editPost;
    private final DeletePost deletePost;
    private final Permissions permissions;
    private final Markdown markdown;

    PostController(
            Discussions discussions,
            Posts posts,
            PostVersions versions,
            EditPost editPost,
            DeletePost deletePost,
            Permissions permissions,
            Markdown markdown) {
        this.discussions = discussions;
        this.posts = posts;
        this.versions = versions;
        this.editPost = editPost;
        this.deletePost = deletePost;
        this.permissions = permissions;
        this.markdown = markdown;
    }

    /** An earlier version with its text rendered. */
    record Version(PostVersion version, String html) {}

    /**
     * The edit form: the post as it is, or what was typed when refused. A form that started from an older version
     * than the post's (saved meanwhile elsewhere) shows the current text next to the typed one, and now starts from
     * the current version: saving again replaces it knowingly.
     */
    @GetMapping("/c/{slug}/discussions/{id}/posts/{postId}/edit")
    String editForm(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community,
            @PathVariable long id,
            @PathVariable long postId,
            @ModelAttribute("form") PostChange form,
            Actor actor,
            Model model) {
        Discussion discussion = discussions.inCommunity(community, id);
        Post post = posts.inDiscussion(discussion, postId);
        if (!post.visible() || post.authorId() != actor.accountId()) {
            throw new NotAllowedException(Action.POST_IN_DISCUSSIONS, true, Text.of("discussions.post.only-own"));
        }
        boolean typed = form.body() != null;
        boolean changedMeanwhile = typed && form.version() != null && form.version() != post.version();
        model.addAttribute(
                "form",
                typed
                        ? new PostChange(form.title(), form.body(), post.version())
                        : new PostChange(discussion.title(), post.body(), post.version()));
        model.addAttribute("discussion", discussion);
        model.addAttribute(
                "discussionTitle", discussion.title(permissions.may(actor, Action.MODERATE_CONTENT, community.id())));
        model.addAttribute("post", post);
        model.addAttribute("opening", posts.isOpening(discussion.id(), post.id()));
        model.addAttribute("current", changedMeanwhile ? post : null);
        model.addAttribute("currentHtml", changedMeanwhile ? markdown.toHtml(post.body()) : "");
        model.addAttribute(
                "action", DiscussionAddress.postAction(community.slug(), discussion.id(), post.id(), "edit"));
        model.addAttribute("back", DiscussionAddress.post(community.slug(), discussion.id(), post.id()));
        return "discussions/edit";
    }

    @PostMapping("/c/{slug}/discussions/{id}/posts/{postId}/edit")
    @ShowFormOnError("editForm")
    String edit(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community,
            @PathVariable long id,
            @PathVariable long postId,
            @ModelAttribute("form") PostChange form,
            Actor actor) {
        editPost.edit(actor, community, id, postId, form);
        return "redirect:" + DiscussionAddress.post(community.slug(), id, postId);
    }

    @PostMapping("/c/{slug}/discussions/{id}/posts/{postId}/delete")
    String delete(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community,
            @PathVariable long id,
            @PathVariable long postId,
            Actor actor) {
        deletePost.delete(actor, community, id, postId);
        return "redirect:" + DiscussionAddress.post(community.slug(), id, postId);
    }

    @GetMapping("/c/{slug}/discussions/{id}/posts/{postId}/history")
    String history(
            @Permitted(Action.VIEW_DISCUSSIONS) Community community,
            @PathVariable long id,
            @PathVariable long postId,
            Actor actor,
            Model model) {
        Discussion discussion = discussions.inCommunity(community, id);
        Post post = posts.inDiscussion(discussion, postId);
        boolean moderator = permissions.may(actor, Action.MODERATE_CONTENT, community.id());
        if (!post.visible() && !moderator) {
            // the history of a deleted or hidden post is part of the record, kept for moderators
            throw new NotFoundException(Text.of("discussions.post.not-found"));
        }
        model.addAttribute("discussion", discussion);
        model.addAttribute("discussionTitle", discussion.title(moderator));
        model.addAttribute("post", post);
        model.addAttribute("currentHtml", markdown.toHtml(post.body()));
        model.addAttribute(
                "versions",
                versions.of(postId).stream()
                        .map(v -> new Version(v, markdown.toHtml(v.body())))
                        .toList());
        model.addAttribute("back", DiscussionAddress.post(community.slug(), id, postId));
        return "discussions/history";
    }
}
