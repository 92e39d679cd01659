package org.statcommons.mail;

import java.util.Map;

/**
 * One message to one person. Plain text always (readable on any connection and client); HTML optional.
 *
 * @param headers extra headers such as List-Unsubscribe
 */
public record OutgoingMail(String recipient, String subject, String textBody, String htmlBody, Map<String, String> headers) {

    public OutgoingMail {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static OutgoingMail text(String recipient, String subject, String textBody) {
        return new OutgoingMail(recipient, subject, textBody, null, Map.of());
    }
}
