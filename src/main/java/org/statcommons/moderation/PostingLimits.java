package org.statcommons.moderation;

import org.springframework.stereotype.Service;
import org.statcommons.access.Actor;

/**
 * Asked by every feature before it stores something a person wrote (a comment, a discussion post), so that
 * new accounts and floods are limited in one place.
 */
@Service
public class PostingLimits {

    /**
     * Refuses the post with a clear message when its author is over a limit.
     *
     * @param body the text as written (Markdown), whose links are counted
     * @throws org.statcommons.platform.InvalidInputException when the post breaks a limit for new accounts
     * @throws TooManyPostsException when the author posts too fast
     */
    public void check(Actor author, long communityId, String body) {
        // limits come with the moderation feature's queue (issue 4)
    }
}
