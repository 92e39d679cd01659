package org.statcommons.discussions;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.NotAllowedException;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.community.MemberMentions;
import org.statcommons.community.TopicGroups;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.moderation.PostingLimits;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;

/**
 * Writing in discussions: start one, reply (quoting an earlier post or not), edit or delete one's own post.
 * Each change is one transaction: the text checked, the posting limits asked, the post and its mentions
 * stored, the writer made a follower, the earlier version kept, and {@link PostChanged} and the activity
 * published.
 */
@Service
class Posting {

    private final JdbcClient db;
    private final Permissions permissions;
    private final Discussions discussions;
    private final TopicGroups topicGroups;
    private final MemberMentions mentions;
    private final Accounts accounts;
    private final PostingLimits limits;
    private final Subscriptions subscriptions;
    private final DiscussionActivity activity;
    private final ApplicationEventPublisher events;

    Posting(JdbcClient db, Permissions permissions, Discussions discussions, TopicGroups topicGroups, MemberMentions mentions,
            Accounts accounts, PostingLimits limits, Subscriptions subscriptions, DiscussionActivity activity,
            ApplicationEventPublisher events) {
        this.db = db;
        this.permissions = permissions;
        this.discussions = discussions;
        this.topicGroups = topicGroups;
        this.mentions = mentions;
        this.accounts = accounts;
        this.limits = limits;
        this.subscriptions = subscriptions;
        this.activity = activity;
        this.events = events;
    }

    /** Starts a discussion, in the whole community or in one of its topic groups (by address); returns its id. */
    @Transactional
    public long start(Actor actor, Community community, String topicGroup, String title, String body) {
        permissions.require(actor, Action.POST_IN_DISCUSSIONS, community.id());
        PostInput input = new PostInput();
        String heading = input.title(title);
        String text = input.body(body);
        Long groupId = null;
        if (topicGroup != null && !topicGroup.isBlank()) {
            groupId = topicGroups.of(community).stream().filter(g -> g.slug().equals(topicGroup)).findFirst()
                    .map(TopicGroups.TopicGroup::id).orElse(null);
            if (groupId == null) {
                input.error("topic", "This community has no such topic group; choose one from the list.");
            }
        }
        input.throwIfInvalid();
        limits.check(actor, community.id(), text);
        Account author = author(actor);
        long threadId = db.sql("""
                        insert into discussions.threads (community_id, topic_group_id, title, started_by) values (?, ?, ?, ?)
                        returning id""")
                .params(community.id(), groupId, heading, author.id()).query(Long.class).single();
        long postId = insert(threadId, author.id(), text, null);
        Set<Long> mentioned = recordMentions(postId, community.id(), text);
        subscriptions.followAsWriter(threadId, author.id());
        events.publishEvent(new PostChanged(postId, threadId, community.id()));
        activity.started(community, threadId, heading, postId, author, text, mentioned);
        return threadId;
    }

    /** Replies to an open discussion; {@code quotes} names the post it quotes, if any. Returns the new post's id. */
    @Transactional
    public long reply(Actor actor, Community community, long threadId, String body, Long quotes) {
        permissions.require(actor, Action.POST_IN_DISCUSSIONS, community.id());
        Discussion discussion = lockOpen(community, threadId);
        PostInput input = new PostInput();
        String text = input.body(body);
        if (quotes != null && discussions.post(quotes).filter(p -> p.threadId() == threadId).isEmpty()) {
            input.error("quotes", "The quoted post is not part of this discussion.");
        }
        input.throwIfInvalid();
        limits.check(actor, community.id(), text);
        Account author = author(actor);
        long postId = insert(threadId, author.id(), text, quotes);
        db.sql("update discussions.threads set last_activity_at = now() where id = ?").param(threadId).update();
        Set<Long> mentioned = recordMentions(postId, community.id(), text);
        subscriptions.followAsWriter(threadId, author.id());
        events.publishEvent(new PostChanged(postId, threadId, community.id()));
        activity.replied(community, discussion, postId, author, text, mentioned);
        return postId;
    }

    /**
     * Changes one's own post, starting from {@code version}; the text it replaces is kept as an earlier version.
     * {@code title} changes the discussion's title when the post is the opening one (ignored otherwise; null keeps it).
     *
     * @throws EditConflictException when the post changed since that version: nothing is written
     */
    @Transactional
    public void edit(Actor actor, Community community, long threadId, long postId, int version, String title, String body) {
        permissions.require(actor, Action.POST_IN_DISCUSSIONS, community.id());
        Discussion discussion = discussion(community, threadId);
        Post post = lockOwn(actor, discussion, postId);
        boolean opening = isOpening(threadId, postId);
        PostInput input = new PostInput();
        String heading = !opening ? null : title == null ? discussion.title() : input.title(title);
        String text = input.body(body);
        input.throwIfInvalid();
        if (post.version() != version) {
            throw new EditConflictException(post, version);
        }
        limits.check(actor, community.id(), text);
        keepVersion(post, opening ? discussion.title() : null);
        db.sql("update discussions.posts set body = ?, version = version + 1, edited_at = now() where id = ?")
                .params(text, postId).update();
        if (opening) {
            db.sql("update discussions.threads set title = ? where id = ?").params(heading, threadId).update();
        }
        Set<Long> before = discussions.mentions(postId);
        Set<Long> now = recordMentions(postId, community.id(), text);
        Set<Long> added = new HashSet<>(now);
        added.removeAll(before);
        events.publishEvent(new PostChanged(postId, threadId, community.id()));
        Discussion changed = discussions.byId(threadId).orElseThrow();
        activity.mentionedInEdit(community, changed, postId, author(actor), text, added);
    }

    /** Deletes one's own post: readers see a placeholder; its last text is kept with the earlier versions. */
    @Transactional
    public void delete(Actor actor, Community community, long threadId, long postId) {
        permissions.require(actor, Action.POST_IN_DISCUSSIONS, community.id());
        Discussion discussion = discussion(community, threadId);
        Post post = lockOwn(actor, discussion, postId);
        keepVersion(post, isOpening(threadId, postId) ? discussion.title() : null);
        db.sql("update discussions.posts set body = '', version = version + 1, deleted_at = now() where id = ?")
                .param(postId).update();
        db.sql("delete from discussions.mentions where post_id = ?").param(postId).update();
        if (discussion.answerPostId() != null && discussion.answerPostId() == postId) {
            db.sql("update discussions.threads set answer_post_id = null, answer_marked_by = null where id = ?").param(threadId).update();
        }
        events.publishEvent(new PostChanged(postId, threadId, community.id()));
    }

    private Discussion discussion(Community community, long threadId) {
        return discussions.byId(threadId).filter(d -> d.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException("There is no such discussion in this community."));
    }

    /** The discussion, locked against closing while the reply is written; refused when it is closed. */
    private Discussion lockOpen(Community community, long threadId) {
        Discussion discussion = discussion(community, threadId);
        db.sql("select id from discussions.threads where id = ? for update").param(threadId).query(Long.class).single();
        Discussion locked = discussions.byId(discussion.id()).orElseThrow();
        if (locked.closed()) {
            throw new ConflictException("This discussion is closed: it takes no more replies. Start a new discussion"
                    + " (and link to this one) if there is more to say.");
        }
        return locked;
    }

    /** The actor's own post, visible, locked until the transaction ends (so two edits are applied one after the other). */
    private Post lockOwn(Actor actor, Discussion discussion, long postId) {
        Optional<Long> row = db.sql("select id from discussions.posts where id = ? and thread_id = ? for update")
                .params(postId, discussion.id()).query(Long.class).optional();
        Post post = row.flatMap(discussions::post)
                .orElseThrow(() -> new NotFoundException("There is no such post in this discussion."));
        if (post.authorId() != actor.accountId()) {
            throw new NotAllowedException(Action.POST_IN_DISCUSSIONS, true, "You may only change your own posts.");
        }
        if (!post.visible()) {
            throw new ConflictException(post.state() == Post.State.HIDDEN
                    ? "A moderator hid this post: it can no longer be changed."
                    : "This post was deleted: it can no longer be changed.");
        }
        return post;
    }

    private boolean isOpening(long threadId, long postId) {
        return db.sql("select min(id) from discussions.posts where thread_id = ?").param(threadId).query(Long.class).single() == postId;
    }

    private void keepVersion(Post post, String title) {
        db.sql("""
                        insert into discussions.post_versions (post_id, version, title, body, written_at)
                        values (?, ?, ?, ?, ?)""")
                .params(post.id(), post.version(), title, post.body(),
                        Timestamp.from(post.editedAt() != null ? post.editedAt() : post.createdAt()))
                .update();
    }

    private long insert(long threadId, long authorId, String text, Long quotes) {
        return db.sql("insert into discussions.posts (thread_id, author_id, body, quotes_post_id) values (?, ?, ?, ?) returning id")
                .params(threadId, authorId, text, quotes).query(Long.class).single();
    }

    private Set<Long> recordMentions(long postId, long communityId, String text) {
        db.sql("delete from discussions.mentions where post_id = ?").param(postId).update();
        Set<Long> mentioned = mentions.in(communityId, text);
        for (long accountId : mentioned) {
            db.sql("insert into discussions.mentions (post_id, account_id) values (?, ?)").params(postId, accountId).update();
        }
        return mentioned;
    }

    private Account author(Actor actor) {
        return accounts.byId(actor.accountId()).orElseThrow(() -> new NotAllowedException(Action.POST_IN_DISCUSSIONS, false));
    }
}
