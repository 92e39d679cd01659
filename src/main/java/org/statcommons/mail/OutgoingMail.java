package org.statcommons.mail;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.statcommons.platform.i18n.Language;

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

    private static final char RIGHT_TO_LEFT_MARK = '\u200F';
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

    /**
     * The same message marked as written in this language ({@code Content-Language}, which lets a mail client
     * choose fonts, hyphenation and a speech voice). Plain text carries no direction, so in a right-to-left language
     * a line that begins with a left-to-right word (a name, an address) starts with the right-to-left mark, or the
     * client would set that line from the left. (An HTML part says its direction itself: {@code dir="rtl"}.)
     */
    public OutgoingMail inLanguage(Language language) {
        OutgoingMail marked = withHeader("Content-Language", language.code());
        if (!language.rightToLeft()) {
            return marked;
        }
        return new OutgoingMail(recipient, subject, rightToLeft(textBody), htmlBody, marked.headers, calendar);
    }

    private static String rightToLeft(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (String line : text.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            if (startsLeftToRight(line)) {
                out.append(RIGHT_TO_LEFT_MARK);
            }
            out.append(line);
        }
        return out.toString();
    }

    /** Whether the line's first letter is of a left-to-right script (Latin, Cyrillic…), as a client would guess. */
    private static boolean startsLeftToRight(String line) {
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            byte direction = Character.getDirectionality(cp);
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return true;
            }
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static String oneLine(String text) {
        return text.codePoints()
                .map(cp -> Character.isISOControl(cp) ? ' ' : cp)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }
}
