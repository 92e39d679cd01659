package org.statcommons.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.observability.RequestIds;

/**
 * Delivers the outbox: every poll interval, and right after a transaction that queued mail commits. Each
 * message is claimed with {@code for update skip locked} in its own transaction, so several servers on one
 * database never send the same message twice, and a message whose sending was cut off stays pending.
 * Failures are retried with a growing delay until {@code statcommons.mail.max-attempts}; a recipient the
 * relay rejects for good fails at once, told to other features as {@link MailRejected}. Without a
 * relay, messages are held for administrators to read.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /** Per run, so that one run never keeps the scheduler busy for long. */
    private static final int BATCH = 100;

    private static final int ERROR_LENGTH = 2000;

    private final OutboxMessages messages;
    private final TransactionTemplate transaction;
    private final SmtpRelay relay;
    private final StatCommonsProperties.Mail settings;
    private final StatCommonsProperties properties;
    private final TaskScheduler scheduler;
    private final ApplicationEventPublisher events;
    private final AtomicBoolean kickPending = new AtomicBoolean();
    private final Counter sent;
    private final Counter retried;
    private final Counter failedForGood;

    OutboxSender(
            OutboxMessages messages,
            TransactionTemplate transaction,
            SmtpRelay relay,
            StatCommonsProperties properties,
            TaskScheduler scheduler,
            ApplicationEventPublisher events,
            MeterRegistry meters) {
        this.messages = messages;
        this.transaction = transaction;
        this.relay = relay;
        this.settings = properties.mail();
        this.properties = properties;
        this.scheduler = scheduler;
        this.events = events;
        this.sent = Counter.builder("statcommons.outbox.sent")
                .description("E-mails handed to the SMTP relay")
                .register(meters);
        this.retried = Counter.builder("statcommons.outbox.failures")
                .description("E-mails the relay did not take: retried later, or failed for good")
                .tag("final", "false")
                .register(meters);
        this.failedForGood = Counter.builder("statcommons.outbox.failures")
                .description("E-mails the relay did not take: retried later, or failed for good")
                .tag("final", "true")
                .register(meters);
        Gauge.builder("statcommons.outbox.backlog", messages, OutboxMessages::pending)
                .description("E-mails waiting to be sent (due now or to be retried)")
                .register(meters);
    }

    /**
     * Asks for a run once the current transaction commits (at once without one). Never before: a message
     * must not leave for a change that then rolls back, and uncommitted rows are invisible to the run anyway.
     */
    void kickAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            kick();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                kick();
            }
        });
    }

    /**
     * Asks for a run soon, on the scheduler's thread; several asks before it starts make one run. "Now" is the
     * scheduler's own time, not the application's clock: a clock a test moved forward must not postpone the run.
     */
    void kick() {
        if (kickPending.compareAndSet(false, true)) {
            scheduler.schedule(
                    () -> {
                        kickPending.set(false);
                        poll();
                    },
                    scheduler.getClock().instant());
        }
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${statcommons.mail.poll-interval:PT10S}")
    void poll() {
        try {
            if (sendDue() == BATCH) {
                // more may be due (a newsletter to thousands): go on soon, letting other scheduled work in between
                kick();
            }
        } catch (RuntimeException e) {
            // the database may be briefly unreachable; the next run tries again
            log.warn("The outbox could not be processed: {}", e.toString());
        }
    }

    /** Sends (or holds) the messages that are due; returns how many were handled. */
    int sendDue() {
        int handled = 0;
        while (handled < BATCH && Boolean.TRUE.equals(transaction.execute(status -> handleNext()))) {
            handled++;
        }
        return handled;
    }

    private boolean handleNext() {
        Optional<QueuedMessage> next = messages.claimNextDue();
        if (next.isEmpty()) {
            return false;
        }
        QueuedMessage message = next.get();
        // the log lines of its sending name the request that queued it
        if (message.requestId() != null) {
            MDC.put(RequestIds.KEY, message.requestId());
        }
        try {
            if (!relay.configured()) {
                hold(message);
                return true;
            }
            int attempts = message.attempts() + 1;
            try {
                relay.send(message);
                messages.markSent(message.id(), attempts);
                sent.increment();
                log.info("Sent e-mail #{} to {}", message.id(), message.recipient());
            } catch (MailException | IllegalArgumentException e) {
                failed(message, attempts, e);
            }
            return true;
        } finally {
            MDC.remove(RequestIds.KEY);
        }
    }

    private void hold(QueuedMessage message) {
        messages.markHeld(message.id());
        // The text stays out of the log: held mail carries one-time links (set-up, invitations, password resets)
        // that anyone reading the console or a log file could use. Administrators read it at /admin/outbox.
        if (settings.logBodies()) {
            log.info(
                    "No SMTP relay configured (spring.mail.host): holding e-mail #{} to {}, subject \"{}\":\n{}",
                    message.id(),
                    message.recipient(),
                    message.subject(),
                    message.textBody());
        } else {
            log.info(
                    "No SMTP relay configured (spring.mail.host): holding e-mail #{} to {}, subject \"{}\"; read it at {}",
                    message.id(),
                    message.recipient(),
                    message.subject(),
                    properties.link("/admin/outbox/" + message.id()));
        }
    }

    private void failed(QueuedMessage message, int attempts, RuntimeException e) {
        boolean permanent = SmtpRelay.rejectedForGood(e);
        boolean last = permanent || attempts >= settings.maxAttempts();
        Duration delay = retryDelay(attempts, settings.retryDelay(), settings.maxRetryDelay());
        String error = describe(e);
        messages.markFailed(message.id(), attempts, error, last, delay);
        (last ? failedForGood : retried).increment();
        if (permanent) {
            // in this transaction: recorded with the failure, handled by listeners once it commits
            events.publishEvent(new MailRejected(message.recipient(), message.id(), error));
        }
        if (last) {
            log.warn(
                    "E-mail #{} to {} failed {}after {} attempt(s): {}",
                    message.id(),
                    message.recipient(),
                    permanent ? "for good " : "",
                    attempts,
                    error);
        } else {
            log.info(
                    "E-mail #{} to {} not sent (attempt {}), retrying in {}: {}",
                    message.id(),
                    message.recipient(),
                    attempts,
                    delay,
                    error);
        }
    }

    /** 30 s, 1 min, 2 min, … doubling up to the cap (with the default settings). */
    static Duration retryDelay(int failedAttempts, Duration first, Duration cap) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /** Exceptions from the mail sender already name their causes; one line of it is enough. */
    private static String describe(Throwable e) {
        String text = (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                .replaceAll("\\s+", " ")
                .strip();
        return text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) : text;
    }
}
