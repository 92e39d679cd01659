package org.statcommons.mailreplies;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a piece of work soon after it is asked for, once for any number of asks made before it starts: a reply taken
 * by SMTP is posted within moments instead of at the mailbox's next scheduled run, and a burst of a thousand replies
 * starts one run (or two), not a thousand. Work asked for while a run is going starts another run after it, so
 * nothing waits for the schedule. Running twice at once does no harm to the work given here (it claims each
 * waiting reply with {@code skip locked}).
 */
final class ProcessingWaker {

    private static final Logger log = LoggerFactory.getLogger(ProcessingWaker.class);

    private final Executor executor;
    private final Runnable work;
    private final AtomicBoolean asked = new AtomicBoolean();

    ProcessingWaker(Executor executor, Runnable work) {
        this.executor = executor;
        this.work = work;
    }

    void wake() {
        if (asked.compareAndSet(false, true)) {
            executor.execute(this::run);
        }
    }

    private void run() {
        // cleared before the work, so that what is stored while it runs asks for the next run
        asked.set(false);
        try {
            work.run();
        } catch (RuntimeException e) {
            // the mailbox's scheduled run tries again
            log.warn("Replies by e-mail could not be handled at once: {}", e.toString());
        }
    }
}
