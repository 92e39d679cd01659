package org.statcommons.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads what the server e-mailed, from a GreenMail SMTP server (the test configuration's relay, see TestSmtp).
 * The outbox sends after commit or on its next poll, so reads wait a little.
 *
 * <pre>{@code
 * @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);
 * Mailbox.Mail mail = new Mailbox(smtp).await("amina@example.org", "Confirm");
 * String path = mail.link("/sign-up/verify/");   // "/sign-up/verify/abc..." without host
 * }</pre>
 */
public final class Mailbox {

    private static final Duration WAIT = Duration.ofSeconds(40);
    private static final Pattern URL = Pattern.compile("https?://[^/\\s]+(/\\S*)");

    private final GreenMailExtension smtp;

    public Mailbox(GreenMailExtension smtp) {
        this.smtp = smtp;
    }

    /** One received message; {@code language} is its Content-Language header (null when it has none). */
    public record Mail(String to, String subject, String body, String language) {

        /** The path of the first link in the body starting with {@code pathPrefix}. */
        public String link(String pathPrefix) {
            Matcher m = URL.matcher(body);
            while (m.find()) {
                if (m.group(1).startsWith(pathPrefix)) {
                    return m.group(1);
                }
            }
            throw new AssertionError("No link to " + pathPrefix + " in the mail '" + subject + "':\n" + body);
        }
    }

    /** Waits for a message to the address whose subject contains the text (case-insensitive). */
    public Mail await(String to, String subjectContains) {
        return await(to, subjectContains, "");
    }

    /**
     * Waits for a message to the address whose subject contains the one text (case-insensitive) and whose body the
     * other: for a person who gets several messages of the same kind during a test class.
     */
    public Mail await(String to, String subjectContains, String bodyContains) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            int received = smtp.getReceivedMessages().length;
            List<Mail> found = all(to).stream()
                    .filter(m -> m.subject().toLowerCase().contains(subjectContains.toLowerCase()))
                    .filter(m -> m.body().contains(bodyContains))
                    .toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            // woken by the next message to arrive, instead of a fixed pause after it
            smtp.waitForIncomingEmail(200, received + 1);
        }
        throw new AssertionError("No e-mail to " + to + " about '" + subjectContains + "' containing '" + bodyContains
                + "' within " + WAIT.toSeconds() + " s; received: "
                + all(to).stream().map(Mail::subject).toList());
    }

    /** Every message received so far for the address. */
    public List<Mail> all(String to) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> isTo(m, to))
                .map(Mailbox::read)
                .toList();
    }

    /** Waits a moment for stragglers, then returns what arrived: to show that nothing was sent. */
    public List<Mail> settled(String to, Duration quiet) {
        try {
            Thread.sleep(quiet.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return all(to);
    }

    /**
     * What arrived once nothing more can be on its way to the address: no event still waits for a listener after
     * commit (telling people is one) and the outbox holds nothing pending for the address, which is sent (the relay
     * has it) or held. A wake-up instead of a sleep: usually a few milliseconds. When something stays pending (a
     * listener that failed, a message waiting to be retried), it waits {@code quiet} at most, as
     * {@link #settled(String, Duration)} does.
     */
    public List<Mail> settled(String to, Duration quiet, JdbcClient db) {
        Instant deadline = Instant.now().plus(quiet);
        while (Instant.now().isBefore(deadline) && !nothingOnItsWay(to, db)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return all(to);
    }

    /** Whether nothing more can be on its way to the address (see {@link #settled(String, Duration, JdbcClient)}). */
    public static boolean nothingOnItsWay(String to, JdbcClient db) {
        // the registry keeps only what is still to do (completion-mode=delete); the outbox row of a listener is
        // committed before its publication is completed, and a message stays PENDING until the relay took it
        return db.sql("""
                        select not exists (select 1 from public.event_publication where completion_date is null)
                           and not exists (select 1 from mail.outbox where status = 'PENDING' and lower(recipient) = lower(?))""").param(to).query(Boolean.class).single();
    }

    private static boolean isTo(MimeMessage message, String to) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(address -> address.toString().toLowerCase().contains(to.toLowerCase()));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(
                    message.getRecipients(Message.RecipientType.TO)[0].toString(),
                    message.getSubject(),
                    text(message).replace("\r\n", "\n"),
                    message.getHeader("Content-Language", null));
        } catch (MessagingException | IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The decoded plain-text part. */
    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (body.isMimeType("text/plain") || body.isMimeType("multipart/*")) {
                    return text(body);
                }
            }
        }
        return "";
    }
}
