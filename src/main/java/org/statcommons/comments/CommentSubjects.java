package org.statcommons.comments;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;
import org.statcommons.content.Pages;
import org.statcommons.content.SpacePath;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * What a thread is on, and the questions every channel asks about it: a page of the space (a path ending in
 * {@code .md}), where the space's actions decide as they always did ("not allowed" to whoever may not read or comment),
 * or a {@link CommentSubject} of another feature ({@code dataset:12}), which decides for its own things: there a thread
 * one may not read is "not found", as one that does not exist, so that a draft dataset is not told to exist.
 */
@Component
class CommentSubjects {

    private final List<CommentSubject> subjects;
    private final Permissions permissions;
    private final Pages pages;

    CommentSubjects(List<CommentSubject> subjects, Permissions permissions, Pages pages) {
        this.subjects = List.copyOf(subjects);
        this.permissions = permissions;
        this.pages = pages;
    }

    /** The key of a thread on one thing of a subject's kind: {@code dataset:12}. */
    static String key(String kind, String id) {
        return kind + ":" + id;
    }

    /** A thread's place read as a subject's thing: empty for a page. */
    record Thing(CommentSubject subject, String id) {}

    /** What a thread's key names when it is not a page; an unknown kind names nothing anyone may read. */
    Optional<Thing> thing(String key) {
        if (onPage(key)) {
            return Optional.empty();
        }
        int colon = key.indexOf(':');
        String kind = colon < 0 ? key : key.substring(0, colon);
        return Optional.of(subjects.stream()
                .filter(s -> s.kind().equals(kind))
                .findFirst()
                .map(s -> new Thing(s, key.substring(colon + 1)))
                .orElseGet(() -> new Thing(null, key)));
    }

    /** The subject whose kind this is, or "not found". */
    CommentSubject ofKind(String kind) {
        return subjects.stream()
                .filter(s -> s.kind().equals(kind))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("comments.no-thread")));
    }

    static boolean onPage(String key) {
        return key.endsWith(SpacePath.PAGE_SUFFIX);
    }

    /** Whether the actor may read the threads at this key. */
    boolean readable(Actor actor, Community community, String key) {
        Optional<Thing> thing = thing(key);
        if (thing.isEmpty()) {
            return permissions.may(actor, Action.VIEW_SPACE, community.id());
        }
        return thing.get().subject() != null
                && thing.get().subject().readable(actor, community, thing.get().id());
    }

    /**
     * The thread, when the actor may read it: on a page, "not allowed" without {@code VIEW_SPACE}; on a subject's thing,
     * "not found" when they may not read it, whether it exists or not.
     */
    CommentThread read(Actor actor, Community community, CommentThread thread) {
        if (onPage(thread.path())) {
            permissions.require(actor, Action.VIEW_SPACE, community.id());
        } else if (!readable(actor, community, thread.path())) {
            throw new NotFoundException(Text.of("comments.no-thread"));
        }
        return thread;
    }

    /**
     * Refuses the actor who may not write at this key: on a page, "not allowed" without {@code COMMENT_ON_PAGE}; on a
     * subject's thing, "not found" when they may not even read it, "not allowed" when they may read it but not comment.
     */
    void requireCommenting(Actor actor, Community community, String key) {
        if (!onPage(key) && !readable(actor, community, key)) {
            throw new NotFoundException(Text.of("comments.no-thread"));
        }
        permissions.require(actor, commenting(key), community.id());
    }

    private Action commenting(String key) {
        return thing(key)
                .map(t -> t.subject() == null
                        ? Action.COMMENT_ON_PAGE
                        : t.subject().commenting())
                .orElse(Action.COMMENT_ON_PAGE);
    }

    /** Where the threads at this key are shown (the page, or the subject's page). */
    String address(String slug, String key) {
        return thing(key)
                .map(t -> t.subject() == null ? "/c/" + slug : t.subject().address(slug, t.id()))
                .orElseGet(() -> PageAddress.page(slug, key));
    }

    /** A thread on its page: where every comment form comes back to. */
    String thread(String slug, String key, long threadId) {
        return address(slug, key) + "#thread-" + threadId;
    }

    /** How people name what the thread is on: the page's title, or the subject's; its key when it is gone. */
    String name(long communityId, String key) {
        Optional<Thing> thing = thing(key);
        if (thing.isPresent()) {
            return thing.get().subject() == null
                    ? key
                    : thing.get().subject().title(communityId, thing.get().id()).orElse(key);
        }
        try {
            return pages.read(communityId, key).title();
        } catch (NotFoundException | InvalidInputException gone) {
            return key.substring(0, key.length() - SpacePath.PAGE_SUFFIX.length());
        }
    }

    /** Who is asked when a thread starts at this key besides its followers: nobody for a page. */
    Set<Long> askedOf(long communityId, String key) {
        return thing(key)
                .filter(t -> t.subject() != null)
                .map(t -> t.subject().askedOf(communityId, t.id()))
                .orElse(Set.of());
    }
}
