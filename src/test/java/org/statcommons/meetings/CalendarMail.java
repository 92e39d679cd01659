package org.statcommons.meetings;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;

/**
 * Reads the text/calendar part of e-mails GreenMail received, and parses it with ical4j: what a calendar
 * program would do with an invitation.
 */
final class CalendarMail {

    private static final Duration WAIT = Duration.ofSeconds(40);

    private CalendarMail() {}

    /** A received message's subject, text/calendar content type and parsed calendar. */
    record Received(String subject, String contentType, String ics, Calendar calendar, boolean attachment) {}

    /** Waits for the messages to the address whose subject contains the text and that carry a calendar. */
    static List<Received> await(GreenMailExtension smtp, String to, String subjectContains, int count) {
        Instant deadline = Instant.now().plus(WAIT);
        List<Received> found = List.of();
        while (Instant.now().isBefore(deadline)) {
            found = all(smtp, to, subjectContains);
            if (found.size() >= count) {
                return found;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Expected " + count + " calendar e-mails to " + to + " about '" + subjectContains
                + "', got " + found.size());
    }

    static List<Received> all(GreenMailExtension smtp, String to, String subjectContains) {
        List<Received> found = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                boolean addressed = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().toLowerCase().contains(to.toLowerCase()));
                if (!addressed || !message.getSubject().toLowerCase().contains(subjectContains.toLowerCase())) {
                    continue;
                }
                List<Part> calendars = new ArrayList<>();
                boolean[] attachment = {false};
                collect(message, calendars, attachment);
                if (!calendars.isEmpty()) {
                    Part part = calendars.get(0);
                    String ics = text(part);
                    found.add(new Received(
                            message.getSubject(),
                            part.getContentType(),
                            ics,
                            new CalendarBuilder().build(new StringReader(ics)),
                            attachment[0]));
                }
            } catch (MessagingException | IOException | ParserException e) {
                throw new AssertionError(e);
            }
        }
        return found;
    }

    private static void collect(Part part, List<Part> calendars, boolean[] attachment)
            throws MessagingException, IOException {
        if (part.isMimeType("text/calendar")) {
            calendars.add(part);
            return;
        }
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && "invite.ics".equals(part.getFileName())) {
            attachment[0] = true;
            return;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, calendars, attachment);
            }
        }
    }

    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
