package org.statcommons.comments;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;

/**
 * The comment threads under a page view, ready for the template {@code comments/threads.html}, which the
 * page view includes (the content feature does not know about comments; the template asks this bean, by its
 * name {@code pageComments}). Nothing is shown to anyone the policy does not let read the space.
 */
@Component("pageComments")
public class PageCommentsPresenter {

    private final CommentThreads threads;
    private final Permissions permissions;
    private final CommentRenderer html;
    private final PageFollowers followers;

    PageCommentsPresenter(
            CommentThreads threads, Permissions permissions, CommentRenderer html, PageFollowers followers) {
        this.threads = threads;
        this.permissions = permissions;
        this.html = html;
        this.followers = followers;
    }

    /**
     * @param following    the reader follows the page's comments (null: not signed in, nothing to follow)
     * @param followAction where the follow / stop following form posts
     */
    public record View(
            List<ThreadView> open,
            List<ThreadView> resolved,
            boolean mayComment,
            String startAction,
            Boolean following,
            String followAction) {}

    public record ThreadView(
            CommentThread thread,
            List<CommentView> comments,
            String replyAction,
            String resolveAction,
            String reopenAction) {}

    public record CommentView(
            Comment comment,
            String html,
            boolean mine,
            boolean mayHide,
            String editHref,
            String deleteAction,
            String hideAction,
            boolean mayUnhide,
            String unhideAction,
            String flagHref) {}

    public View view(Community community, String path, Account me) {
        Actor actor = me == null ? Actor.anonymous() : me.actor();
        if (community == null || path == null || !permissions.may(actor, Action.VIEW_SPACE, community.id())) {
            return new View(List.of(), List.of(), false, null, null, null);
        }
        boolean mayComment = permissions.may(actor, Action.COMMENT_ON_PAGE, community.id());
        boolean mayHide = permissions.may(actor, Action.MODERATE_CONTENT, community.id());
        boolean mayFlag = me != null && permissions.may(actor, Action.FLAG_CONTENT);
        String slug = community.slug();
        List<ThreadView> shown = threads.onPage(community.id(), path).stream()
                .map(thread -> new ThreadView(
                        thread,
                        thread.comments().stream()
                                .map(c -> new CommentView(
                                        c,
                                        html.render(c.body()),
                                        mayComment && c.visible() && me != null && c.authorId() == me.id(),
                                        mayHide && c.visible(),
                                        CommentAddress.comment(slug, c.id(), "edit"),
                                        CommentAddress.comment(slug, c.id(), "delete"),
                                        CommentAddress.comment(slug, c.id(), "hide"),
                                        mayHide && c.state() == Comment.State.HIDDEN,
                                        CommentAddress.comment(slug, c.id(), "unhide"),
                                        mayFlag && c.visible() && c.authorId() != me.id()
                                                ? "/flag?item=comment:" + c.id()
                                                : null))
                                .toList(),
                        CommentAddress.thread(slug, thread.id(), "replies"),
                        CommentAddress.thread(slug, thread.id(), "resolve"),
                        CommentAddress.thread(slug, thread.id(), "reopen")))
                .toList();
        return new View(
                shown.stream().filter(t -> !t.thread().resolved()).toList(),
                shown.stream().filter(t -> t.thread().resolved()).toList(),
                mayComment,
                CommentAddress.startThread(slug, path),
                me == null ? null : followers.follows(community.id(), path, me.id()),
                CommentAddress.follow(slug, path));
    }
}
