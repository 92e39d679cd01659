package org.statcommons.mail;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One message to one person. Plain text always (readable on any connection and client); HTML optional.
 *
 * @param headers  extra headers such as List-Unsubscribe
 * @param calendar an iCalendar object (a meeting invitation or cancellation) sent beside the text as
 *                 {@code text/calendar}, or null
 */
public record OutgoingMail(
        String recipient,
        String subject,
        String textBody,
        String htmlBody,
        Map<String, String> headers,
        CalendarPart calendar) {

    private static final String REPLY_TO = "Reply-To";
    private static final Pattern METHOD = Pattern.compile("[A-Z]{1,20}");

    /**
     * An RFC 5545 calendar with its iTIP method ({@code REQUEST}, {@code CANCEL}, {@code PUBLISH}), which
     * mail clients read from the part's content type to offer "accept" or "remove from calendar".
     */
    public record CalendarPart(String method, String text) {
        public CalendarPart {
            if (method == null
                    || !METHOD.matcher(method).matches()
                    || text == null
                    || !text.startsWith("BEGIN:VCALENDAR")) {
                throw new IllegalArgumentException("A calendar part needs an iTIP method and a VCALENDAR");
            }
        }
    }

    public OutgoingMail(
            String recipient, String subject, String textBody, String htmlBody, Map<String, String> headers) {
        this(recipient, subject, textBody, htmlBody, headers, null);
    }

    /**
     * A Reply-To a feature may set (a reply-by-e-mail address): one bare address, no display name, so that it
     * cannot carry a second address or a comment.
     */
    private static final Pattern BARE_ADDRESS = Pattern.compile("[A-Za-z0-9._%+=-]{1,128}@[A-Za-z0-9.-]{1,253}");

    private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,76}");
    /** Set by the sender itself; a caller setting them would make the message lie about its origin. */
    private static final Set<String> RESERVED = Set.of(
            "from",
            "to",
            "cc",
            "bcc",
            "subject",
            "message-id",
            "date",
            "sender",
            "content-type",
            "content-transfer-encoding",
            "mime-version");

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
            if (name.equalsIgnoreCase(REPLY_TO) && !BARE_ADDRESS.matcher(value).matches()) {
                throw new IllegalArgumentException("Reply-To takes one bare address: " + value);
            }
        });
    }

    public static OutgoingMail text(String recipient, String subject, String textBody) {
        return new OutgoingMail(recipient, subject, textBody, null, Map.of());
    }

    /** The same message with an HTML alternative to the text. */
    public OutgoingMail withHtml(String html) {
        return new OutgoingMail(recipient, subject, textBody, html, headers, calendar);
    }

    /** The same message with a calendar part (a meeting invitation, change or cancellation). */
    public OutgoingMail withCalendar(String method, String text) {
        return new OutgoingMail(recipient, subject, textBody, htmlBody, headers, new CalendarPart(method, text));
    }

    /** The same message, answered to {@code address} (a reply-by-e-mail address) and the text put first. */
    public OutgoingMail withReplyTo(String address, String firstLine) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(REPLY_TO, address);
        return new OutgoingMail(recipient, subject, firstLine + "\n\n" + textBody, htmlBody, more, calendar);
    }

    /** The same message with one more header, such as {@code List-Unsubscribe}. */
    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(recipient, subject, textBody, htmlBody, more, calendar);
    }

    private static String oneLine(String text) {
        return text.codePoints()
                .map(cp -> Character.isISOControl(cp) ? ' ' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
