package org.statcommons.discussions;

import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.discussions.DiscussionJsonPresenter.PostJson;
import org.statcommons.discussions.DiscussionJsonPresenter.VersionJson;

/** One post over JSON: read it and its earlier versions; its author edits (naming the version edited, 409 on a clash) or deletes it. */
@RestController
@RequestMapping("/api/v1/communities/{slug}/discussions/{id}/posts/{postId}")
class PostApi {

    private final Discussions discussions;
    private final Posts posts;
    private final PostVersions versions;
    private final EditPost editPost;
    private final DeletePost deletePost;
    private final DiscussionJsonPresenter json;

    PostApi(
            Discussions discussions,
            Posts posts,
            PostVersions versions,
            EditPost editPost,
            DeletePost deletePost,
            DiscussionJsonPresenter json) {
        this.discussions = discussions;
        this.posts = posts;
        this.versions = versions;
        this.editPost = editPost;
        this.deletePost = deletePost;
        this.json = json;
    }

    @GetMapping
    PostJson post(
            @Permitted(Action.VIEW_DISCUSSIONS) Community community, @PathVariable long id, @PathVariable long postId) {
        return json.post(community, id, postId);
    }

    @PatchMapping
    PostJson edit(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community,
            @PathVariable long id,
            @PathVariable long postId,
            @RequestBody(required = false) PostChange body,
            Actor actor) {
        editPost.edit(actor, community, id, postId, body == null ? new PostChange(null, null, null) : body);
        return json.post(community, id, postId);
    }

    @DeleteMapping
    PostJson delete(
            @Permitted(Action.POST_IN_DISCUSSIONS) Community community,
            @PathVariable long id,
            @PathVariable long postId,
            Actor actor) {
        deletePost.delete(actor, community, id, postId);
        return json.post(community, id, postId);
    }

    /** The earlier versions, newest first; none for a deleted or hidden post. */
    @GetMapping("/versions")
    List<VersionJson> versions(
            @Permitted(Action.VIEW_DISCUSSIONS) Community community, @PathVariable long id, @PathVariable long postId) {
        Post post = posts.inDiscussion(discussions.inCommunity(community, id), postId);
        return post.visible() ? versions.of(postId).stream().map(json::version).toList() : List.of();
    }
}
