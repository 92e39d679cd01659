package org.statcommons.content;

import org.statcommons.access.Actor;
import org.statcommons.community.Community;

/**
 * What another feature shows on a member's view of a page as it is now (the comment threads beside and under it),
 * as a value: two readers for whom it gives equal values see the same HTML from that feature, apart from the
 * page's per-person parts (name, CSRF token). The space remembers a rendered page view under these values with its
 * own, so a comment written, edited, resolved or hidden shows at the very next view.
 */
public interface PageViewState {

    /** Compared with {@code equals}: must hold everything that feature's part of the page shows this reader. */
    Object of(Community community, String path, Actor actor);
}
