package org.statcommons.notifications;

import java.util.Collection;

/**
 * Someone reading their notices, with the communities whose notices they may see now. A notice of another
 * community stays stored (they may be let in again) but is not shown, counted or marked, unless it tells them of
 * a decision about themselves.
 *
 * @param communities the ids of the communities whose members' area they may see, for {@code = any(?)}
 */
record Reader(long accountId, Long[] communities) {

    static Reader of(long accountId, Collection<Long> communities) {
        return new Reader(accountId, communities.toArray(Long[]::new));
    }
}
