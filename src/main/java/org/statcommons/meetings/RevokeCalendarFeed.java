package org.statcommons.meetings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ends a person's private calendar feed address: calendars that use it get nothing more. */
@Service
class RevokeCalendarFeed {

    private final CalendarFeeds feeds;

    RevokeCalendarFeed(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    /** False when the person had no address. */
    @Transactional
    boolean revoke(long accountId) {
        return feeds.remove(accountId);
    }
}
