package org.statcommons.comments;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.content.PagePassages;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.Passage;
import org.statcommons.moderation.PostingLimiter;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Starts a comment thread on an existing page of a community's space, or on one passage of it, or on one thing of a
 * {@link CommentSubject} (a question on a dataset).
 */
@Service
public class StartCommentThread {

    static final Text NO_SUCH_PASSAGE = Text.of("comments.passage.none");
    static final Text PASSAGE_CHANGED = Text.of("comments.passage.changed");

    private final Permissions permissions;
    private final Pages pages;
    private final PagePassages passages;
    private final PostingLimiter limits;
    private final CommentThreads threads;
    private final CommentRecorder recorder;
    private final CommentSubjects subjects;
    private final Clock clock;

    StartCommentThread(
            Permissions permissions,
            Pages pages,
            PagePassages passages,
            PostingLimiter limits,
            CommentThreads threads,
            CommentRecorder recorder,
            CommentSubjects subjects,
            Clock clock) {
        this.permissions = permissions;
        this.pages = pages;
        this.passages = passages;
        this.limits = limits;
        this.threads = threads;
        this.recorder = recorder;
        this.subjects = subjects;
        this.clock = clock;
    }

    /**
     * A thread on one passage: its number on the page as the person read it, and the version they read (the page's
     * commit; null: the current one).
     */
    record PassageRequest(int number, String version) {}

    /**
     * Returns the new thread's id; a page that does not exist is "not found". With a passage (null: on the whole
     * page), the thread is on the passage the person read, found in the current version by its text: one that is no
     * longer there (changed meanwhile) or never was is refused, nothing written.
     */
    @Transactional
    long start(Actor actor, Community community, String path, String body, PassageRequest passage) {
        permissions.require(actor, Action.COMMENT_ON_PAGE, community.id());
        String text = CommentRecorder.checked(body);
        Pages.PageContent page = pages.read(community.id(), path);
        PassageAnchor anchor = passage == null ? null : anchor(actor, community, page, passage);
        limits.check(actor, community.id(), text);
        Instant now = clock.instant();
        long threadId = threads.insert(community.id(), page.path(), actor.accountId(), now, anchor);
        recorder.add(actor, new ThreadPlace(threadId, community.id(), page.path()), text, false, now);
        return threadId;
    }

    /**
     * Returns the new thread's id on one thing of a subject ({@code kind} and {@code id}, told by the feature that owns
     * it): "not found" when the actor may not read it (it does not exist in this community, or is not out), "not
     * allowed" when they may read it but not comment; the same text checks and limits as on a page.
     */
    @Transactional
    public long onSubject(Actor actor, Community community, String kind, String id, String body) {
        String key = CommentSubjects.key(subjects.ofKind(kind).kind(), id);
        subjects.requireCommenting(actor, community, key);
        String text = CommentRecorder.checked(body);
        limits.check(actor, community.id(), text);
        Instant now = clock.instant();
        long threadId = threads.insert(community.id(), key, actor.accountId(), now, null);
        recorder.add(actor, new ThreadPlace(threadId, community.id(), key), text, false, now);
        return threadId;
    }

    /** Where a thread on a subject's thing is shown: its page, at the thread. */
    public String address(Community community, String kind, String id, long threadId) {
        return subjects.thread(community.slug(), CommentSubjects.key(kind, id), threadId);
    }

    private PassageAnchor anchor(Actor actor, Community community, Pages.PageContent page, PassageRequest request) {
        List<Passage> now = passages.of(community, actor, new PageVersion(page.commitId(), page.path()));
        String version = request.version() == null ? "" : request.version().strip();
        List<Passage> read = now;
        if (!version.isEmpty() && !version.equals(page.commitId())) {
            try {
                read = passages.of(community, actor, new PageVersion(version, page.path()));
            } catch (NotFoundException | InvalidInputException e) {
                // a version that never had this page (or no version at all): the passage cannot be known
                throw new InvalidInputException("passage", NO_SUCH_PASSAGE);
            }
        }
        int number = request.number();
        if (number < 1 || number > read.size() || !read.get(number - 1).hasText()) {
            throw new InvalidInputException("passage", NO_SUCH_PASSAGE);
        }
        PassageAnchor seen = PassageAnchor.of(read.get(number - 1));
        Integer there = PassagePlacer.sameText(now, seen.hash(), number);
        if (there == null) {
            throw new InvalidInputException("passage", PASSAGE_CHANGED);
        }
        return new PassageAnchor(seen.text(), seen.hash(), there);
    }
}
