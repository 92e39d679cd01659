package org.statcommons.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One message to one person. Plain text always (readable on any connection and client); HTML optional.
 *
 * @param headers extra headers such as List-Unsubscribe
 */
public record OutgoingMail(String recipient, String subject, String textBody, String htmlBody, Map<String, String> headers) {

    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,76}");
    /** Set by the sender itself; a caller setting them would make the message lie about its origin. */
    private static final Set<String> RESERVED = Set.of("from", "to", "cc", "bcc", "subject", "message-id", "date",
            "sender", "reply-to", "content-type", "content-transfer-encoding", "mime-version");

    public OutgoingMail {
        if (recipient == null || recipient.isBlank() || textBody == null) {
            throw new IllegalArgumentException("A message needs a recipient and a text body");
        }
        // A line break in a header would let text typed by someone (a community name in a subject) add headers.
        recipient = oneLine(recipient).strip();
        subject = subject == null ? "" : oneLine(subject).strip();
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        headers.forEach((name, value) -> {
            if (!HEADER_NAME.matcher(name).matches() || RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Not a header a message may set: " + name);
            }
            if (!value.equals(oneLine(value))) {
                throw new IllegalArgumentException("Header " + name + " holds a line break");
            }
        });
    }

    public static OutgoingMail text(String recipient, String subject, String textBody) {
        return new OutgoingMail(recipient, subject, textBody, null, Map.of());
    }

    /** The same message with an HTML alternative to the text. */
    public OutgoingMail withHtml(String html) {
        return new OutgoingMail(recipient, subject, textBody, html, headers);
    }

    /** The same message with one more header, such as {@code List-Unsubscribe}. */
    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(recipient, subject, textBody, htmlBody, more);
    }

    private static String oneLine(String text) {
        return text.codePoints().map(cp -> Character.isISOControl(cp) ? ' ' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
