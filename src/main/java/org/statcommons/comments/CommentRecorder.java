package org.statcommons.comments;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.community.MemberMentions;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * The steps every comment goes through when written or changed, in the writer's transaction: the comment and
 * the people it mentions stored, the activities told, and {@link CommentChanged} announced (search listens).
 */
@Component
class CommentRecorder {

    static final int MAX_LENGTH = 10_000;

    private final Comments comments;
    private final MemberMentions mentions;
    private final CommentActivityPublisher activity;
    private final ApplicationEventPublisher events;

    CommentRecorder(
            Comments comments,
            MemberMentions mentions,
            CommentActivityPublisher activity,
            ApplicationEventPublisher events) {
        this.comments = comments;
        this.mentions = mentions;
        this.activity = activity;
        this.events = events;
    }

    /** The comment's text as typed, checked: required, plain text of at most 10,000 characters. */
    static String checked(String body) {
        TextInput input = new TextInput();
        String text = input.block("body", Text.of("comments.comment"), body, MAX_LENGTH, true);
        input.throwIfInvalid();
        return text;
    }

    /** A new comment in the thread: the first one ({@code reply} false) or a reply. Returns its id. */
    long add(Actor actor, ThreadPlace place, String text, boolean reply, Instant at) {
        long id = comments.insert(place.threadId(), actor.accountId(), text, at);
        Set<Long> mentioned = mentions.in(place.communityId(), text);
        comments.mention(id, mentioned);
        activity.written(actor, id, place, text, mentioned, reply);
        events.publishEvent(new CommentChanged(id, place.communityId(), place.path()));
        return id;
    }

    /** A comment's new text; people it names for the first time are told. */
    void change(Actor actor, ThreadPlace place, long commentId, String text, Instant at) {
        comments.update(commentId, text, at);
        Set<Long> before = comments.mentions(commentId);
        Set<Long> now = mentions.in(place.communityId(), text);
        comments.mention(commentId, now);
        Set<Long> fresh = new HashSet<>(now);
        fresh.removeAll(before);
        activity.mentionedByEdit(actor, commentId, place, text, fresh);
        events.publishEvent(new CommentChanged(commentId, place.communityId(), place.path()));
    }
}
