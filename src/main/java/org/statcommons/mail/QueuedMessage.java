package org.statcommons.mail;

import java.time.Instant;
import java.util.Map;

/**
 * A message as stored in the outbox, about to be sent; {@code calendar} is null for most messages, {@code requestId}
 * (the request that queued it) for messages queued by schedules.
 */
record QueuedMessage(
        long id,
        String recipient,
        String subject,
        String textBody,
        String htmlBody,
        int attempts,
        Instant createdAt,
        Map<String, String> headers,
        OutgoingMail.CalendarPart calendar,
        String requestId) {

    QueuedMessage withHeaders(Map<String, String> more) {
        return new QueuedMessage(
                id, recipient, subject, textBody, htmlBody, attempts, createdAt, more, calendar, requestId);
    }
}
