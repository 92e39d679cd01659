package org.statcommons.comments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.PageViewState;
import org.statcommons.content.Passage;
import org.statcommons.identity.Account;

/**
 * The comment threads of a page view, ready for the template {@code comments/threads.html}, which the page view
 * includes (the content feature does not know about comments; the template asks this bean, by its name
 * {@code pageComments}): threads on the whole page under it, threads on a passage beside that passage (placed by
 * {@link PassagePlacer}), and those whose passage is gone in a list of their own. Nothing is shown to anyone the
 * policy does not let read the space.
 */
@Component("pageComments")
public class PageCommentsPresenter implements PageViewState {

    private final CommentThreads threads;
    private final Permissions permissions;
    private final CommentRenderer html;
    private final PageFollowers followers;
    private final PassagePlacer placer;
    private final CommentSubjects subjects;

    PageCommentsPresenter(
            CommentThreads threads,
            Permissions permissions,
            CommentRenderer html,
            PageFollowers followers,
            PassagePlacer placer,
            CommentSubjects subjects) {
        this.threads = threads;
        this.permissions = permissions;
        this.html = html;
        this.followers = followers;
        this.placer = placer;
        this.subjects = subjects;
    }

    /**
     * @param open           the open threads on the whole page
     * @param outdated       the open threads on a passage that was changed or removed, with its text as it was
     * @param resolved       the resolved threads, wherever they are
     * @param passages       the page block by block, each with its open threads and comment link; empty when the page
     *                       is shown whole (the reader may not comment and no thread is on a passage, or the page
     *                       could not be formatted)
     * @param commentingOn   the passage whose new-thread form is open (the page was asked {@code ?comment-on=n}), or null
     * @param unknownPassage the page was asked for a passage it does not have
     * @param version        the version read, which a new thread's form sends so that its passage is the one read
     * @param textShown      the reader reads the page's text: otherwise (a page hidden by a moderator) no thread
     *                       quotes the passage it is on
     * @param following      the reader follows the page's comments (null: not signed in, nothing to follow)
     * @param followAction   where the follow / stop following form posts
     * @param onPage         the threads are on a page (otherwise on a {@link CommentSubject}'s thing: a dataset)
     */
    public record View(
            List<ThreadView> open,
            List<ThreadView> outdated,
            List<ThreadView> resolved,
            List<PassageView> passages,
            PassageView commentingOn,
            boolean unknownPassage,
            boolean mayComment,
            String startAction,
            String version,
            boolean textShown,
            Boolean following,
            String followAction,
            boolean onPage) {}

    /**
     * A passage of the page, with the open threads shown beside it.
     *
     * @param commentHref the "Comment on this passage" link (null: the reader may not comment, or nothing to comment on)
     */
    public record PassageView(Passage passage, List<ThreadView> threads, boolean commentingOn, String commentHref) {

        /** Shown as rendered with only its link: no thread beside it, no form open. */
        public boolean plain() {
            return threads.isEmpty() && !commentingOn;
        }

        /** What the new-thread form quotes of it. */
        public String quote() {
            return PassageAnchor.of(passage).quote();
        }
    }

    /** @param placedAt the number of the passage the thread is shown beside (null: on the page, or outdated) */
    public record ThreadView(
            CommentThread thread,
            List<CommentView> comments,
            String replyAction,
            String resolveAction,
            String reopenAction,
            Integer placedAt) {}

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

    /**
     * The comments of the current version of a page, and the page's text passage by passage.
     *
     * @param passages  the page's passages as rendered for this reader (empty: show the page whole)
     * @param version   the version shown (its commit)
     * @param textShown the reader is shown the page's text (not so for a page hidden by a moderator)
     * @param commentOn the request's {@code comment-on} parameter (null when absent)
     */
    public View view(
            Community community,
            String path,
            Account me,
            List<Passage> passages,
            String version,
            boolean textShown,
            Object commentOn) {
        Actor actor = me == null ? Actor.anonymous() : me.actor();
        if (community == null || path == null || !permissions.may(actor, Action.VIEW_SPACE, community.id())) {
            return new View(
                    List.of(), List.of(), List.of(), List.of(), null, false, false, null, version, false, null, null,
                    true);
        }
        boolean mayComment = permissions.may(actor, Action.COMMENT_ON_PAGE, community.id());
        String slug = community.slug();
        List<CommentThread> all = threads.onPage(community.id(), path);
        PassagePlacer.Placement placement = placer.place(version, path, passages, all);
        List<ThreadView> shown = shown(community, all, actor, mayComment, placement.numbers());
        List<ThreadView> open =
                shown.stream().filter(t -> !t.thread().resolved()).toList();
        int asked = number(commentOn);
        boolean askedHere = mayComment
                && asked > 0
                && asked <= passages.size()
                && passages.get(asked - 1).hasText();
        // grouped once: a long page with many threads would otherwise filter every thread for every passage
        Map<Integer, List<ThreadView>> beside =
                open.stream().filter(t -> t.placedAt() != null).collect(Collectors.groupingBy(ThreadView::placedAt));
        List<PassageView> blocks = new ArrayList<>();
        if (mayComment || !beside.isEmpty()) {
            for (Passage passage : passages) {
                int number = passage.number();
                blocks.add(new PassageView(
                        passage,
                        beside.getOrDefault(number, List.of()),
                        askedHere && asked == number,
                        mayComment && passage.hasText() ? "?comment-on=" + number + "#new-thread" : null));
            }
        }
        return new View(
                open.stream().filter(t -> t.thread().passage() == null).toList(),
                open.stream()
                        .filter(t -> t.thread().passage() != null && t.placedAt() == null)
                        .toList(),
                shown.stream().filter(t -> t.thread().resolved()).toList(),
                List.copyOf(blocks),
                askedHere ? blocks.get(asked - 1) : null,
                mayComment && asked >= 0 && !askedHere,
                mayComment,
                CommentAddress.startThread(slug, path),
                version,
                textShown,
                me == null ? null : followers.follows(community.id(), path, me.id()),
                CommentAddress.follow(slug, path),
                true);
    }

    /**
     * The threads on one thing of a {@link CommentSubject} (a dataset), for its page's section: nothing to anyone who may
     * not read it. Commenting follows the thing; there is no follow form of its own.
     *
     * @param startAction where the new-thread form posts (the subject's page's address)
     */
    public View onSubject(Actor actor, Community community, String kind, String id, String startAction) {
        CommentSubject subject = subjects.ofKind(kind);
        String key = CommentSubjects.key(subject.kind(), id);
        if (!subjects.readable(actor, community, key)) {
            return new View(
                    List.of(), List.of(), List.of(), List.of(), null, false, false, null, null, false, null, null,
                    false);
        }
        // readable, just asked: the policy alone says whether they may write (asking the thing again reads it again)
        boolean mayComment = permissions.may(actor, subject.commenting(), community.id());
        List<ThreadView> shown = shown(community, threads.onPage(community.id(), key), actor, mayComment, Map.of());
        return new View(
                shown.stream().filter(t -> !t.thread().resolved()).toList(),
                List.of(),
                shown.stream().filter(t -> t.thread().resolved()).toList(),
                List.of(),
                null,
                false,
                mayComment,
                startAction,
                null,
                true,
                null,
                null,
                false);
    }

    /** The threads with their comments and what this reader may do with each. */
    private List<ThreadView> shown(
            Community community, List<CommentThread> all, Actor actor, boolean mayComment, Map<Long, Integer> placed) {
        boolean mayHide = permissions.may(actor, Action.MODERATE_CONTENT, community.id());
        boolean mayFlag = actor.signedIn() && permissions.may(actor, Action.FLAG_CONTENT);
        String slug = community.slug();
        return all.stream()
                .map(thread -> new ThreadView(
                        thread,
                        thread.comments().stream()
                                .map(c -> new CommentView(
                                        c,
                                        html.render(c.body()),
                                        mayComment
                                                && c.visible()
                                                && actor.signedIn()
                                                && c.authorId() == actor.accountId(),
                                        mayHide && c.visible(),
                                        CommentAddress.comment(slug, c.id(), "edit"),
                                        CommentAddress.comment(slug, c.id(), "delete"),
                                        CommentAddress.comment(slug, c.id(), "hide"),
                                        mayHide && c.state() == Comment.State.HIDDEN,
                                        CommentAddress.comment(slug, c.id(), "unhide"),
                                        mayFlag && c.visible() && c.authorId() != actor.accountId()
                                                ? "/flag?item=comment:" + c.id()
                                                : null))
                                .toList(),
                        CommentAddress.thread(slug, thread.id(), "replies"),
                        CommentAddress.thread(slug, thread.id(), "resolve"),
                        CommentAddress.thread(slug, thread.id(), "reopen"),
                        placed.get(thread.id())))
                .toList();
    }

    /**
     * What {@link #view} shows this reader, as a value: the threads with their comments (authors' names, states,
     * edits), which of the comments are the reader's, the reader's rights on them, and whether they follow the page.
     */
    @Override
    public Object of(Community community, String path, Actor actor) {
        if (!permissions.may(actor, Action.VIEW_SPACE, community.id())) {
            return Shown.NOTHING;
        }
        List<CommentThread> all = threads.onPage(community.id(), path);
        Set<Long> mine = all.stream()
                .flatMap(thread -> thread.comments().stream())
                .filter(c -> actor.signedIn() && c.authorId() == actor.accountId())
                .map(Comment::id)
                .collect(Collectors.toUnmodifiableSet());
        return new Shown(
                all,
                mine,
                permissions.may(actor, Action.COMMENT_ON_PAGE, community.id()),
                permissions.may(actor, Action.MODERATE_CONTENT, community.id()),
                actor.signedIn() && permissions.may(actor, Action.FLAG_CONTENT),
                actor.signedIn() ? followers.follows(community.id(), path, actor.accountId()) : null);
    }

    private record Shown(
            List<CommentThread> threads,
            Set<Long> mine,
            boolean mayComment,
            boolean mayHide,
            boolean mayFlag,
            Boolean following) {
        static final Shown NOTHING = new Shown(List.of(), Set.of(), false, false, false, null);
    }

    /** A {@code comment-on} parameter as a passage number: -1 when there is none, 0 when it names no passage. */
    private static int number(Object parameter) {
        String value = parameter instanceof String[] values
                ? (values.length == 0 ? "" : values[0])
                : parameter == null ? null : parameter.toString();
        return value == null ? -1 : CommentAddress.passageNumber(value);
    }
}
