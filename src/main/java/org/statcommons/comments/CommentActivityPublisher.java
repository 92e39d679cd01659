package org.statcommons.comments;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;

/**
 * Tells what a new comment means to whom, as activities in the comment's transaction: the people it
 * mentions (MENTION), the others in its thread (REPLY), the page's other followers (PAGE_COMMENT). Each
 * person hears once, by the most personal reason. The commenter then follows the page. Only PAGE_COMMENT is
 * a line of the community's stream (members' visibility, told even when nobody follows); the other two are
 * personal, so one comment makes one stream line. A comment on a {@link CommentSubject}'s thing (a dataset) tells its
 * followers, and a new thread also those the subject asks (the data team), by the subject's own kind, personal only.
 */
@Component
class CommentActivityPublisher {

    private final CommentThreads threads;
    private final PageFollowers followers;
    private final Communities communities;
    private final Accounts accounts;
    private final CommentSubjects subjects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentActivityPublisher(
            CommentThreads threads,
            PageFollowers followers,
            Communities communities,
            Accounts accounts,
            CommentSubjects subjects,
            ApplicationEventPublisher events,
            Clock clock) {
        this.subjects = subjects;
        this.threads = threads;
        this.followers = followers;
        this.communities = communities;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** A comment was written: a new thread ({@code reply} false) or a reply. */
    void written(Actor actor, long commentId, ThreadPlace place, String text, Set<Long> mentioned, boolean reply) {
        Community community = communities.byId(place.communityId()).orElseThrow();
        String name = name(actor);
        String page = subjects.name(place.communityId(), place.path());
        Instant now = clock.instant();
        Set<Long> told = new HashSet<>(mentioned);
        if (!mentioned.isEmpty()) {
            tell(
                    actor,
                    name,
                    community,
                    ActivityKind.MENTION,
                    Text.of("comments.activity.mentioned", name, page),
                    commentId,
                    place,
                    text,
                    mentioned,
                    Visibility.PERSONAL,
                    now);
        }
        if (reply) {
            Set<Long> participants = threads.participants(place.threadId());
            participants.removeAll(told);
            told.addAll(participants);
            tell(
                    actor,
                    name,
                    community,
                    ActivityKind.REPLY,
                    Text.of("comments.activity.replied", name, page),
                    commentId,
                    place,
                    text,
                    participants,
                    Visibility.PERSONAL,
                    now);
        }
        Set<Long> pageFollowers = followers.of(place.communityId(), place.path());
        Optional<CommentSubjects.Thing> thing = subjects.thing(place.path());
        if (thing.isEmpty()) {
            pageFollowers.removeAll(told);
            tell(
                    actor,
                    name,
                    community,
                    ActivityKind.PAGE_COMMENT,
                    Text.of("comments.activity.commented", name, page),
                    commentId,
                    place,
                    text,
                    pageFollowers,
                    Visibility.MEMBERS,
                    now);
        } else if (thing.get().subject() != null) {
            // a new question asks those who answer for the thing; no line of the stream, which members who may not
            // read the thing (a draft dataset) would see
            if (!reply) {
                pageFollowers.addAll(subjects.askedOf(place.communityId(), place.path()));
            }
            pageFollowers.removeAll(told);
            tell(
                    actor,
                    name,
                    community,
                    thing.get().subject().told(),
                    Text.of(reply ? "comments.activity.commented" : "comments.activity.asked", name, page),
                    commentId,
                    place,
                    text,
                    pageFollowers,
                    Visibility.PERSONAL,
                    now);
        }
        followers.byCommenting(place.communityId(), place.path(), actor.accountId(), now);
    }

    /** An edit named people the comment did not name before. */
    void mentionedByEdit(Actor actor, long commentId, ThreadPlace place, String text, Set<Long> newlyMentioned) {
        if (newlyMentioned.isEmpty()) {
            return;
        }
        Community community = communities.byId(place.communityId()).orElseThrow();
        String name = name(actor);
        tell(
                actor,
                name,
                community,
                ActivityKind.MENTION,
                Text.of("comments.activity.mentioned", name, subjects.name(place.communityId(), place.path())),
                commentId,
                place,
                text,
                newlyMentioned,
                Visibility.PERSONAL,
                clock.instant());
    }

    private void tell(
            Actor actor,
            String name,
            Community community,
            ActivityKind kind,
            Text title,
            long commentId,
            ThreadPlace place,
            String text,
            Set<Long> people,
            Visibility visibility,
            Instant at) {
        people.remove(actor.accountId());
        people = readers(community, place.path(), people);
        if (people.isEmpty() && visibility == Visibility.PERSONAL) {
            return;
        }
        events.publishEvent(Activity.of(kind, community.id(), at)
                .by(actor.accountId(), name)
                .title(title)
                .excerpt(Markdown.excerpt(text))
                .link(subjects.thread(community.slug(), place.path(), place.threadId()))
                .visibleTo(visibility)
                .about(new Subject(
                        CommentSubjects.onPage(place.path()) ? "page" : "comment-subject",
                        community.id() + "/" + place.path()))
                .item(Subject.of("comment", commentId))
                .tell(Audience.people(people))
                .build());
    }

    /**
     * Of these people, those who may read the thread: all of them on a page (they are the community's members, who read
     * its space) or on a thing the public reads; on any other (a draft dataset) its readers only, so that no notice (a
     * mention of a member outside the data team, a reply to someone who has left it) tells its words to anyone else.
     */
    private Set<Long> readers(Community community, String key, Set<Long> people) {
        if (people.isEmpty() || CommentSubjects.onPage(key) || subjects.readable(Actor.anonymous(), community, key)) {
            return people;
        }
        Set<Long> readers = new HashSet<>();
        for (Account account : accounts.byIds(people)) {
            if (subjects.readable(account.actor(), community, key)) {
                readers.add(account.id());
            }
        }
        return readers;
    }

    /** The commenter's name; empty when the account is gone, which every reader reads as "Someone" in their language. */
    private String name(Actor actor) {
        return accounts.byId(actor.accountId()).map(Account::displayName).orElse("");
    }
}
