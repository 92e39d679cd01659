package org.statcommons.discussions;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.TopicGroups;
import org.statcommons.platform.Markdown;

/**
 * Fills the model of a discussion's page ({@code discussions/discussion.html}): the posts as the viewer may see
 * them, with only the links and forms that will work for them, and the reply form (perhaps pre-filled with a
 * quote, or with a refused draft and its message).
 */
@Component
class DiscussionPage {

    private final Discussions discussions;
    private final Permissions permissions;
    private final Subscriptions subscriptions;
    private final TopicGroups topicGroups;
    private final Markdown markdown;

    DiscussionPage(Discussions discussions, Permissions permissions, Subscriptions subscriptions, TopicGroups topicGroups,
                   Markdown markdown) {
        this.discussions = discussions;
        this.permissions = permissions;
        this.subscriptions = subscriptions;
        this.topicGroups = topicGroups;
        this.markdown = markdown;
    }

    /** One post as the viewer sees it. {@code html} is empty when the viewer may not read its text. */
    public record PostView(Post post, boolean opening, boolean answer, String html, boolean hiddenShownToModerator,
                           boolean mine, boolean mayMarkAnswer, String quoteHref, String editHref, String deleteAction,
                           String historyHref, String flagHref) {
    }

    /** A choice of the follow-or-mute form. */
    public record Choice(String value, String label) {
    }

    private static final List<Choice> STATES = List.of(
            new Choice("FOLLOWING", "Following: tell me of every reply"),
            new Choice("NORMAL", "Normal: tell me only when I am mentioned"),
            new Choice("MUTED", "Muted: tell me nothing, not even mentions"));

    void fill(Model model, Actor actor, Community community, Discussion discussion, String draft, Long quotes, String error) {
        Set<Action> allowed = permissions.allowedIn(actor, community.id());
        boolean mayPost = allowed.contains(Action.POST_IN_DISCUSSIONS);
        boolean mayManage = allowed.contains(Action.MANAGE_DISCUSSIONS);
        boolean mayModerate = allowed.contains(Action.MODERATE_CONTENT);
        boolean mayMarkAnswer = mayPost && (mayManage || discussion.startedBy() == actor.accountId());
        String slug = community.slug();
        List<Post> posts = discussions.posts(discussion.id());
        long openingId = posts.isEmpty() ? -1 : posts.get(0).id();
        List<PostView> views = posts.stream().map(p -> {
            boolean mine = actor.signedIn() && p.authorId() == actor.accountId() && p.visible() && mayPost;
            boolean readable = p.visible() || (p.state() == Post.State.HIDDEN && mayModerate);
            boolean answer = discussion.answerPostId() != null && discussion.answerPostId() == p.id();
            return new PostView(p, p.id() == openingId, answer, readable ? markdown.toHtml(p.body()) : "",
                    p.state() == Post.State.HIDDEN && mayModerate, mine,
                    mayMarkAnswer && p.id() != openingId && p.visible(),
                    mayPost && p.visible() && !discussion.closed()
                            ? DiscussionAddress.discussion(slug, discussion.id()) + "?quote=" + p.id() + "#reply" : null,
                    DiscussionAddress.postAction(slug, discussion.id(), p.id(), "edit"),
                    DiscussionAddress.postAction(slug, discussion.id(), p.id(), "delete"),
                    DiscussionAddress.postAction(slug, discussion.id(), p.id(), "history"),
                    !actor.signedIn() || !p.visible() ? null
                            : p.id() == openingId ? "/flag?item=thread:" + discussion.id() : "/flag?item=post:" + p.id());
        }).toList();
        model.addAttribute("discussion", discussion);
        model.addAttribute("title", discussion.title(mayModerate));
        model.addAttribute("titleHiddenShownToModerator", discussion.openingHidden() && mayModerate);
        model.addAttribute("topicGroup", discussion.topicGroupId() == null ? null
                : topicGroups.byId(community, discussion.topicGroupId()).orElse(null));
        model.addAttribute("posts", views);
        model.addAttribute("mayPost", mayPost);
        model.addAttribute("mayManage", mayManage);
        model.addAttribute("subscription", actor.signedIn() ? subscriptions.of(discussion.id(), actor.accountId()).name()
                : Subscriptions.State.NORMAL.name());
        model.addAttribute("base", DiscussionAddress.discussion(slug, discussion.id()));
        model.addAttribute("listHref", DiscussionAddress.list(slug));
        String text = draft;
        Long quoted = quotes;
        if (text == null && quotes != null) {
            Post post = posts.stream().filter(p -> p.id() == quotes && p.visible()).findFirst().orElse(null);
            text = post == null ? "" : Quote.of(post, DiscussionAddress.post(slug, discussion.id(), post.id()));
            quoted = post == null ? null : post.id();
        }
        model.addAttribute("draft", text == null ? "" : text);
        model.addAttribute("quotes", quoted);
        model.addAttribute("error", error);
        model.addAttribute("states", STATES);
    }
}
