package org.statcommons.comments;

import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.community.MemberMentions;
import org.statcommons.content.Pages;
import org.statcommons.moderation.PostingLimits;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.TextInput;

/**
 * Writing comments: start a thread on a page, reply, edit or delete one's own comment, resolve and reopen a
 * thread. New comments pass the posting limits first. Moderators hide comments through the moderation
 * feature ({@link CommentModeration}). Every change is one transaction that also records the
 * mentions and announces {@link CommentChanged}.
 */
@Service
public class Commenting {

    static final int MAX_LENGTH = 10_000;

    private final JdbcClient db;
    private final Permissions permissions;
    private final Comments comments;
    private final Pages pages;
    private final MemberMentions mentions;
    private final ApplicationEventPublisher events;
    private final CommentActivities activities;
    private final PostingLimits limits;

    Commenting(JdbcClient db, Permissions permissions, Comments comments, Pages pages, MemberMentions mentions,
               ApplicationEventPublisher events, CommentActivities activities, PostingLimits limits) {
        this.limits = limits;
        this.db = db;
        this.permissions = permissions;
        this.comments = comments;
        this.pages = pages;
        this.mentions = mentions;
        this.events = events;
        this.activities = activities;
    }

    /** Starts a thread on an existing page; returns the new comment's id. */
    @Transactional
    public long start(Actor actor, long communityId, String path, String body) {
        permissions.require(actor, Action.COMMENT_ON_PAGE, communityId);
        String text = checked(body);
        String page = pages.read(communityId, path).path();
        limits.check(actor, communityId, text);
        long threadId = db.sql("insert into comments.threads (community_id, page_path, started_by) values (?, ?, ?) returning id")
                .params(communityId, page, actor.accountId()).query(Long.class).single();
        return insert(threadId, communityId, page, actor, text, false);
    }

    /** Adds a reply to a thread; returns the new comment's id. */
    @Transactional
    public long reply(Actor actor, long threadId, String body) {
        CommentThread thread = thread(threadId);
        permissions.require(actor, Action.COMMENT_ON_PAGE, thread.communityId());
        String text = checked(body);
        limits.check(actor, thread.communityId(), text);
        return insert(threadId, thread.communityId(), thread.path(), actor, text, true);
    }

    /** Changes the text of one's own comment. */
    @Transactional
    public void edit(Actor actor, long commentId, String body) {
        Comment comment = own(actor, commentId);
        String text = checked(body);
        CommentThread thread = comments.threadOf(commentId).orElseThrow();
        db.sql("update comments.comments set body = ?, edited_at = now() where id = ?").params(text, commentId).update();
        Set<Long> newlyMentioned = recordMentions(commentId, thread.communityId(), text);
        activities.mentionedByEdit(actor, commentId, thread.id(), thread.communityId(), thread.path(), text, newlyMentioned);
        events.publishEvent(new CommentChanged(comment.id(), thread.communityId(), thread.path()));
    }

    /** Deletes one's own comment: its text is gone, a placeholder keeps the thread readable. */
    @Transactional
    public void delete(Actor actor, long commentId) {
        own(actor, commentId);
        CommentThread thread = comments.threadOf(commentId).orElseThrow();
        db.sql("update comments.comments set body = '', deleted_at = now() where id = ?").param(commentId).update();
        db.sql("delete from comments.mentions where comment_id = ?").param(commentId).update();
        events.publishEvent(new CommentChanged(commentId, thread.communityId(), thread.path()));
    }

    /** Marks a thread resolved (true) or open again (false). */
    @Transactional
    public void resolve(Actor actor, long threadId, boolean resolved) {
        CommentThread thread = thread(threadId);
        permissions.require(actor, Action.COMMENT_ON_PAGE, thread.communityId());
        if (resolved) {
            db.sql("update comments.threads set resolved_at = now(), resolved_by = ? where id = ? and resolved_at is null")
                    .params(actor.accountId(), threadId).update();
        } else {
            db.sql("update comments.threads set resolved_at = null, resolved_by = null where id = ?").param(threadId).update();
        }
    }

    private CommentThread thread(long threadId) {
        return comments.thread(threadId).orElseThrow(() -> new NotFoundException("There is no such comment thread."));
    }

    /** The actor's own comment, still visible, in a community where they may still comment. */
    private Comment own(Actor actor, long commentId) {
        CommentThread thread = comments.threadOf(commentId).orElseThrow(CommentNotFound::new);
        permissions.require(actor, Action.COMMENT_ON_PAGE, thread.communityId());
        Comment comment = thread.comments().stream().filter(c -> c.id() == commentId).findFirst().orElseThrow();
        if (comment.authorId() != actor.accountId()) {
            throw new NotAllowedException(Action.COMMENT_ON_PAGE, true, "You may only change your own comments.");
        }
        if (!comment.visible()) {
            throw new ConflictException("This comment is already deleted or hidden.");
        }
        return comment;
    }

    private long insert(long threadId, long communityId, String path, Actor actor, String text, boolean reply) {
        long id = db.sql("insert into comments.comments (thread_id, author_id, body) values (?, ?, ?) returning id")
                .params(threadId, actor.accountId(), text).query(Long.class).single();
        Set<Long> mentioned = recordMentions(id, communityId, text);
        activities.written(actor, id, threadId, communityId, path, text, mentioned, reply);
        events.publishEvent(new CommentChanged(id, communityId, path));
        return id;
    }

    /** Records the people the text mentions; returns those it did not mention before (to be told). */
    private Set<Long> recordMentions(long commentId, long communityId, String text) {
        Set<Long> before = new java.util.HashSet<>(comments.mentions(commentId));
        db.sql("delete from comments.mentions where comment_id = ?").param(commentId).update();
        Set<Long> mentioned = mentions.in(communityId, text);
        for (long accountId : mentioned) {
            db.sql("insert into comments.mentions (comment_id, account_id) values (?, ?)").params(commentId, accountId).update();
        }
        Set<Long> fresh = new java.util.HashSet<>(mentioned);
        fresh.removeAll(before);
        return fresh;
    }

    private static String checked(String body) {
        TextInput input = new TextInput();
        String text = input.block("body", "Comment", body, MAX_LENGTH, true);
        input.throwIfInvalid();
        return text;
    }

    private static final class CommentNotFound extends NotFoundException {
        CommentNotFound() {
            super("There is no such comment.");
        }
    }
}
