package org.statcommons.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.observability.RequestIds;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox table: messages queued, claimed for sending, sent, held, failed and queued again. When a message is
 * due, sent or tried again is the application's clock's, so that a test that moves the clock makes a retry due as
 * it would be later. A message queued, or queued again, is due at the database's own time ({@code now()}, also
 * its {@code created_at}): due at once whatever the clock says, so that a clock moved forward and back again
 * leaves no message waiting in its future.
 */
@Repository
class OutboxMessages {

    private final JdbcClient db;
    private final JsonMapper json;
    private final Clock clock;

    OutboxMessages(JdbcClient db, JsonMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /** Stores one message, due at once; returns its id. */
    long insert(OutgoingMail mail) {
        List<String> names = new ArrayList<>(mail.headers().keySet());
        List<String> values = names.stream().map(mail.headers()::get).toList();
        return db.sql("""
                        insert into mail.outbox (recipient, subject, text_body, html_body, headers, calendar, calendar_method,
                            request_id)
                        values (:recipient, :subject, :text, :html, jsonb_object(cast(:names as text[]), cast(:values as text[])),
                                :calendar, :calendarMethod, :request)
                        returning id""")
                .param("request", RequestIds.current().orElse(null))
                .param("recipient", mail.recipient())
                .param("subject", mail.subject())
                .param("text", mail.textBody())
                .param("html", mail.htmlBody())
                .param("names", names.toArray(String[]::new))
                .param("values", values.toArray(String[]::new))
                .param(
                        "calendar",
                        mail.calendar() == null ? null : mail.calendar().text())
                .param(
                        "calendarMethod",
                        mail.calendar() == null ? null : mail.calendar().method())
                .query(Long.class)
                .single();
    }

    /**
     * Stores many messages with one statement, all due at once, each with its place in the batch; returns their ids in
     * the order of {@code mails}.
     */
    List<Long> insertAll(List<OutgoingMail> mails) {
        // identities are drawn in the order the rows are inserted, which follows "order by n"
        return db.sql("""
                        with queued as (
                            insert into mail.outbox (recipient, subject, text_body, html_body, headers, calendar, calendar_method,
                                request_id, place)
                            select recipient, subject, text_body, html_body, cast(headers as jsonb), calendar, calendar_method,
                                   cast(:request as text), cast(n as int)
                              from unnest(cast(:recipients as text[]), cast(:subjects as text[]), cast(:texts as text[]),
                                          cast(:htmls as text[]), cast(:headers as text[]), cast(:calendars as text[]),
                                          cast(:calendarMethods as text[]))
                                   with ordinality as m(recipient, subject, text_body, html_body, headers, calendar, calendar_method, n)
                             order by n
                            returning id)
                        select id from queued order by id""")
                .param("request", RequestIds.current().orElse(null))
                .param("recipients", mails.stream().map(OutgoingMail::recipient).toArray(String[]::new))
                .param("subjects", mails.stream().map(OutgoingMail::subject).toArray(String[]::new))
                .param("texts", mails.stream().map(OutgoingMail::textBody).toArray(String[]::new))
                .param("htmls", mails.stream().map(OutgoingMail::htmlBody).toArray(String[]::new))
                .param(
                        "headers",
                        mails.stream()
                                .map(mail -> json.writeValueAsString(mail.headers()))
                                .toArray(String[]::new))
                .param(
                        "calendars",
                        mails.stream()
                                .map(mail -> mail.calendar() == null
                                        ? null
                                        : mail.calendar().text())
                                .toArray(String[]::new))
                .param(
                        "calendarMethods",
                        mails.stream()
                                .map(mail -> mail.calendar() == null
                                        ? null
                                        : mail.calendar().method())
                                .toArray(String[]::new))
                .query(Long.class)
                .list();
    }

    /**
     * The next message due, locked until the caller's transaction ends; {@code skip locked}, so that several
     * servers on one database never claim the same message. By place in its batch, then by age: every batch under way
     * sends its next message in turn, so a message queued alone (a sign-in link) or a small batch is not held behind a
     * newsletter to thousands.
     */
    Optional<QueuedMessage> claimNextDue() {
        Optional<QueuedMessage> next = db.sql("""
                        select id, recipient, subject, text_body, html_body, attempts, created_at, calendar, calendar_method,
                               request_id
                        from mail.outbox
                        where status = 'PENDING' and next_attempt_at <= :now
                        order by place, id
                        limit 1
                        for update skip locked""")
                .param("now", now())
                .query((rs, row) -> new QueuedMessage(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("text_body"),
                        rs.getString("html_body"),
                        rs.getInt("attempts"),
                        rs.getTimestamp("created_at").toInstant(),
                        Map.of(),
                        rs.getString("calendar") == null
                                ? null
                                : new OutgoingMail.CalendarPart(
                                        rs.getString("calendar_method"), rs.getString("calendar")),
                        rs.getString("request_id")))
                .optional();
        return next.map(message -> message.withHeaders(headersOf(message.id())));
    }

    void markSent(long id, int attempts) {
        db.sql("update mail.outbox set status = 'SENT', attempts = :attempts, sent_at = :now where id = :id")
                .param("attempts", attempts)
                .param("now", now())
                .param("id", id)
                .update();
    }

    /** Kept for administrators: there is no relay to send it through. */
    void markHeld(long id) {
        db.sql("update mail.outbox set status = 'HELD' where id = :id")
                .param("id", id)
                .update();
    }

    /** A failed attempt: tried again after {@code retryAfter}, unless it was the last ({@code failedForGood}). */
    void markFailed(long id, int attempts, String error, boolean failedForGood, Duration retryAfter) {
        db.sql("""
                        update mail.outbox
                        set status = :status, attempts = :attempts, last_error = :error, next_attempt_at = :next
                        where id = :id""")
                .param("status", failedForGood ? "FAILED" : "PENDING")
                .param("attempts", attempts)
                .param("error", error)
                .param("next", Timestamp.from(clock.instant().plus(retryAfter)))
                .param("id", id)
                .update();
    }

    /** Puts a failed or held message back in the queue with a fresh set of attempts; false when it is neither. */
    boolean requeue(long id) {
        return db.sql("""
                        update mail.outbox set status = 'PENDING', attempts = 0, next_attempt_at = now()
                        where id = :id and status in ('FAILED', 'HELD')""").param("id", id).update() == 1;
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

    /** Messages waiting to be sent (due now or retried later). */
    long pending() {
        return db.sql("select count(*) from mail.outbox where status = 'PENDING'")
                .query(Long.class)
                .single();
    }

    long count() {
        return db.sql("select count(*) from mail.outbox").query(Long.class).single();
    }

    Optional<Message> find(long id) {
        return db.sql("""
                        select id, recipient, subject, status, attempts, last_error, created_at, next_attempt_at, sent_at,
                               text_body, html_body is not null as has_html, headers::text as headers
                        from mail.outbox where id = :id""").param("id", id).query(Message.class).optional();
    }

    private Map<String, String> headersOf(long id) {
        Map<String, String> headers = new LinkedHashMap<>();
        db.sql("select key, value from mail.outbox, jsonb_each_text(headers) where id = :id order by key")
                .param("id", id)
                .query((rs, row) -> headers.put(rs.getString("key"), rs.getString("value")))
                .list();
        return headers;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    /** A message as the outbox's list shows it. */
    record Summary(
            long id,
            String recipient,
            String subject,
            String status,
            int attempts,
            String lastError,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant sentAt) {
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

    /** A message with its text, as an administrator reads it. */
    record Message(
            long id,
            String recipient,
            String subject,
            String status,
            int attempts,
            String lastError,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant sentAt,
            String textBody,
            boolean hasHtml,
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

        /** The text with its web addresses as links. */
        public MessageText text() {
            return MessageText.of(textBody);
        }
    }

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    static String format(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
