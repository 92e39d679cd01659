package org.statcommons.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;

/** The outbox as administrators see it: what was sent, what waits, what failed, and a second chance. */
@Component
class OutboxMessages {

    private static final Logger log = LoggerFactory.getLogger(OutboxMessages.class);

    private final JdbcClient db;
    private final OutboxSender sender;

    OutboxMessages(JdbcClient db, OutboxSender sender) {
        this.db = db;
        this.sender = sender;
    }

    /** One page of messages, newest first. */
    List<Summary> page(int page, int size) {
        return db.sql("""
                        select id, recipient, subject, status, attempts, last_error, created_at, next_attempt_at, sent_at
                        from mail.outbox order by id desc limit :size offset :offset""")
                .param("size", size)
                .param("offset", (long) page * size)
                .query(Summary.class)
                .list();
    }

    long count() {
        return db.sql("select count(*) from mail.outbox").query(Long.class).single();
    }

    Optional<Message> find(long id) {
        return db.sql("""
                        select id, recipient, subject, status, attempts, last_error, created_at, next_attempt_at, sent_at,
                               text_body, html_body is not null as has_html, headers::text as headers
                        from mail.outbox where id = :id""")
                .param("id", id)
                .query(Message.class)
                .optional();
    }

    /** Puts a failed or held message back in the queue with a fresh set of attempts. */
    @Transactional
    void retry(long id) {
        int changed = db.sql("""
                        update mail.outbox set status = 'PENDING', attempts = 0, next_attempt_at = now()
                        where id = :id and status in ('FAILED', 'HELD')""")
                .param("id", id)
                .update();
        if (changed == 0) {
            if (find(id).isEmpty()) {
                throw new NotFoundException("There is no message #" + id + " in the outbox.");
            }
            throw new ConflictException("Only failed or held messages can be sent again.");
        }
        log.info("E-mail #{} put back in the queue by an administrator", id);
        sender.kickAfterCommit();
    }

    record Summary(long id, String recipient, String subject, String status, int attempts, String lastError,
                   Instant createdAt, Instant nextAttemptAt, Instant sentAt) {
        public boolean retryable() {
            return "FAILED".equals(status) || "HELD".equals(status);
        }

        public String created() {
            return OutboxMessages.format(createdAt);
        }

        public String nextAttempt() {
            return "PENDING".equals(status) ? OutboxMessages.format(nextAttemptAt) : "";
        }

        public String sent() {
            return OutboxMessages.format(sentAt);
        }
    }

    record Message(long id, String recipient, String subject, String status, int attempts, String lastError,
                   Instant createdAt, Instant nextAttemptAt, Instant sentAt, String textBody, boolean hasHtml,
                   String headers) {
        public boolean retryable() {
            return "FAILED".equals(status) || "HELD".equals(status);
        }

        public String created() {
            return OutboxMessages.format(createdAt);
        }

        public String nextAttempt() {
            return "PENDING".equals(status) ? OutboxMessages.format(nextAttemptAt) : "";
        }

        public String sent() {
            return OutboxMessages.format(sentAt);
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    static String format(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
