package org.statcommons.comments;

/** Where a comment thread is: its id, and the community and page it is on. */
record ThreadPlace(long threadId, long communityId, String path) {

    static ThreadPlace of(CommentThread thread) {
        return new ThreadPlace(thread.id(), thread.communityId(), thread.path());
    }
}
