package org.statcommons.comments;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;

/** Changes the text of one's own comment. */
@Service
class EditComment {

    private final CommentSubjects subjects;
    private final CommentThreads threads;
    private final CommentRecorder recorder;
    private final Clock clock;

    EditComment(CommentSubjects subjects, CommentThreads threads, CommentRecorder recorder, Clock clock) {
        this.subjects = subjects;
        this.threads = threads;
        this.recorder = recorder;
        this.clock = clock;
    }

    @Transactional
    void edit(Actor actor, Community community, long commentId, String body) {
        CommentThread thread = threads.ofCommentIn(community, commentId);
        subjects.requireCommenting(actor, community, thread.path());
        thread.comment(commentId).changeableBy(actor);
        String text = CommentRecorder.checked(body);
        recorder.change(actor, ThreadPlace.of(thread), commentId, text, clock.instant());
    }
}
