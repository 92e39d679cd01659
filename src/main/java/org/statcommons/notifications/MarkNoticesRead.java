package org.statcommons.notifications;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** Marks one of the reader's notices read, or every one they are shown. */
@Service
class MarkNoticesRead {

    private final Notices notices;
    private final Clock clock;

    MarkNoticesRead(Notices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /** One notice; "not found" when it is not theirs (or not there, or not shown to them). */
    @Transactional
    void markRead(Reader reader, long noticeId) {
        if (!notices.markRead(reader, noticeId, clock.instant())) {
            throw new NotFoundException(Text.of("notifications.not-found"));
        }
    }

    /** Every notice shown to the reader; returns how many were unread. */
    @Transactional
    int markAllRead(Reader reader) {
        return notices.markAllRead(reader, clock.instant());
    }
}
