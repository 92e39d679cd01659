package org.statcommons.discussions;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.TopicGroups;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * A discussion as its screen shows it to one person ({@code discussions/discussion.html}): the posts as the
 * viewer may see them, with only the links and forms that will work for them, and the reply form's text.
 */
@Component
class DiscussionPresenter {

    /** The discussion screen's content. {@code title} is what this viewer may read of it. */
    record DiscussionView(
            Discussion discussion,
            String title,
            boolean titleHiddenShownToModerator,
            TopicGroups.TopicGroup topicGroup,
            List<PostView> posts,
            boolean mayPost,
            boolean mayManage,
            String subscription,
            String base,
            String listHref,
            List<Choice> states) {}

    /**
     * One post as the viewer sees it. {@code html} is empty when the viewer may not read its text; {@code quote} is
     * the value of its "Quote" button (the post's id), null when the viewer cannot reply.
     */
    record PostView(
            Post post,
            boolean opening,
            boolean answer,
            String html,
            boolean hiddenShownToModerator,
            boolean mine,
            boolean mayMarkAnswer,
            String quote,
            String editHref,
            String deleteAction,
            String historyHref,
            String flagHref) {}

    /** A choice of the follow-or-mute form. */
    record Choice(String value, Text label) {}

    private static final List<Choice> STATES = List.of(
            new Choice("FOLLOWING", Text.of("discussions.subscription.following")),
            new Choice("NORMAL", Text.of("discussions.subscription.normal")),
            new Choice("MUTED", Text.of("discussions.subscription.muted")));

    private final Posts posts;
    private final Permissions permissions;
    private final Subscriptions subscriptions;
    private final TopicGroups topicGroups;
    private final Markdown markdown;

    DiscussionPresenter(
            Posts posts,
            Permissions permissions,
            Subscriptions subscriptions,
            TopicGroups topicGroups,
            Markdown markdown) {
        this.posts = posts;
        this.permissions = permissions;
        this.subscriptions = subscriptions;
        this.topicGroups = topicGroups;
        this.markdown = markdown;
    }

    DiscussionView present(Actor actor, Community community, Discussion discussion) {
        Set<Action> allowed = permissions.allowedIn(actor, community.id());
        boolean mayPost = allowed.contains(Action.POST_IN_DISCUSSIONS);
        boolean mayManage = allowed.contains(Action.MANAGE_DISCUSSIONS);
        boolean mayModerate = allowed.contains(Action.MODERATE_CONTENT);
        boolean mayMarkAnswer = mayPost && (mayManage || discussion.startedBy() == actor.accountId());
        String slug = community.slug();
        List<Post> all = posts.of(discussion.id());
        long openingId = all.isEmpty() ? -1 : all.get(0).id();
        List<PostView> views = all.stream()
                .map(p -> {
                    boolean mine = actor.signedIn() && p.authorId() == actor.accountId() && p.visible() && mayPost;
                    boolean readable = p.visible() || (p.state() == Post.State.HIDDEN && mayModerate);
                    boolean answer = discussion.answerPostId() != null && discussion.answerPostId() == p.id();
                    return new PostView(
                            p,
                            p.id() == openingId,
                            answer,
                            readable ? markdown.toHtml(p.body()) : "",
                            p.state() == Post.State.HIDDEN && mayModerate,
                            mine,
                            mayMarkAnswer && p.id() != openingId && p.visible(),
                            mayPost && p.visible() && !discussion.closed() ? String.valueOf(p.id()) : null,
                            DiscussionAddress.postAction(slug, discussion.id(), p.id(), "edit"),
                            DiscussionAddress.postAction(slug, discussion.id(), p.id(), "delete"),
                            DiscussionAddress.postAction(slug, discussion.id(), p.id(), "history"),
                            !actor.signedIn() || !p.visible()
                                    ? null
                                    : p.id() == openingId
                                            ? "/flag?item=thread:" + discussion.id()
                                            : "/flag?item=post:" + p.id());
                })
                .toList();
        return new DiscussionView(
                discussion,
                discussion.title(mayModerate),
                discussion.openingHidden() && mayModerate,
                discussion.topicGroupId() == null
                        ? null
                        : topicGroups.byId(community, discussion.topicGroupId()).orElse(null),
                views,
                mayPost,
                mayManage,
                actor.signedIn()
                        ? subscriptions.of(discussion.id(), actor.accountId()).name()
                        : Subscriptions.State.NORMAL.name(),
                DiscussionAddress.discussion(slug, discussion.id()),
                DiscussionAddress.list(slug),
                STATES);
    }

    /**
     * The reply form's content: what was typed (a refused reply comes back as it was), with the post the reader chose
     * to quote ({@code quote}) added after it as a block quote, never replacing it; with nothing typed yet, the quote
     * alone or nothing.
     */
    NewReply reply(Community community, DiscussionView view, NewReply typed, Long quote) {
        Optional<Post> quoted = view.posts().stream()
                .map(PostView::post)
                .filter(p -> quote != null && p.id() == quote && p.visible())
                .findFirst();
        if (quoted.isEmpty()) {
            return typed.body() == null ? new NewReply("", typed.quotes()) : typed;
        }
        Post post = quoted.get();
        String block = Quote.of(
                post,
                DiscussionAddress.post(community.slug(), view.discussion().id(), post.id()),
                Language.ofRequest());
        String before = typed.body() == null ? "" : typed.body().stripTrailing();
        return new NewReply(
                before.isEmpty() ? block : before + "\n\n" + block,
                typed.quotes() != null ? typed.quotes() : post.id());
    }
}
