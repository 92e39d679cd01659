package org.statcommons.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.statcommons.platform.StatCommonsProperties;

/**
 * The SMTP relay configured with {@code spring.mail.*}, if any. Spring Boot creates a mail sender whenever
 * {@code spring.mail.host} is present, even empty, so an empty host also counts as "no relay".
 */
@Component
class SmtpRelay {

    private final ObjectProvider<JavaMailSender> senders;
    private final String from;
    private final String messageIdDomain;

    SmtpRelay(ObjectProvider<JavaMailSender> senders, StatCommonsProperties properties) {
        this.senders = senders;
        this.from = properties.mail().from();
        String host = URI.create(properties.publicUrl()).getHost();
        this.messageIdDomain = host == null || host.isBlank() ? "statcommons.invalid" : host;
    }

    boolean configured() {
        return sender() != null;
    }

    void send(QueuedMessage message) {
        JavaMailSender sender = sender();
        if (sender == null) {
            throw new IllegalStateException("No SMTP relay is configured");
        }
        sender.send(compose(sender.createMimeMessage(), message));
    }

    MimeMessage compose(MimeMessage mime, QueuedMessage message) {
        try {
            boolean html = message.htmlBody() != null && !message.htmlBody().isBlank();
            if (message.calendar() != null) {
                mime.setFrom(from);
                mime.setRecipients(Message.RecipientType.TO, message.recipient());
                mime.setSubject(message.subject(), "UTF-8");
                mime.setContent(withCalendar(message, html));
            } else {
                MimeMessageHelper helper = new MimeMessageHelper(mime, html, "UTF-8");
                helper.setFrom(from);
                helper.setTo(message.recipient());
                helper.setSubject(message.subject());
                if (html) {
                    helper.setText(message.textBody(), message.htmlBody());
                } else {
                    helper.setText(message.textBody());
                }
            }
            // Mail from a machine: out-of-office replies should not answer it (RFC 3834).
            mime.setHeader("Auto-Submitted", "auto-generated");
            for (Map.Entry<String, String> header : message.headers().entrySet()) {
                mime.setHeader(
                        header.getKey(),
                        MimeUtility.fold(
                                header.getKey().length() + 2,
                                MimeUtility.encodeText(header.getValue(), "UTF-8", null)));
            }
            // The same id on every attempt: a retry after a lost answer from the relay is recognisably the
            // same message. JavaMailSenderImpl keeps an id that was set before sending.
            mime.setHeader("Message-ID", messageId(message));
            return mime;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Message #" + message.id() + " cannot be written: " + e.getMessage(), e);
        }
    }

    /**
     * multipart/mixed of multipart/alternative (text, HTML if any, then {@code text/calendar; method=…}, which
     * Outlook, Gmail and Thunderbird show as an invitation with accept buttons) and the same calendar as an
     * {@code invite.ics} attachment for clients that only offer attachments.
     */
    private static MimeMultipart withCalendar(QueuedMessage message, boolean html) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.textBody(), "UTF-8");
        alternative.addBodyPart(text);
        if (html) {
            MimeBodyPart htmlPart = new MimeBodyPart();
            htmlPart.setText(message.htmlBody(), "UTF-8", "html");
            alternative.addBodyPart(htmlPart);
        }
        String method = message.calendar().method();
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setText(message.calendar().text(), "UTF-8", "calendar");
        calendar.setHeader("Content-Type", "text/calendar; method=" + method + "; charset=UTF-8");
        alternative.addBodyPart(calendar);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setText(message.calendar().text(), "UTF-8");
        attachment.setHeader("Content-Type", "application/ics; name=\"invite.ics\"");
        attachment.setDisposition(Part.ATTACHMENT);
        attachment.setFileName("invite.ics");
        mixed.addBodyPart(attachment);
        return mixed;
    }

    String messageId(QueuedMessage message) {
        return "<outbox." + message.id() + "." + message.createdAt().toEpochMilli() + "@" + messageIdDomain + ">";
    }

    /**
     * True when trying again cannot help: the relay refused the recipient with a 5xx answer, or the address
     * cannot even be written. Connection problems, 4xx answers and authentication failures are retried.
     */
    static boolean rejectedForGood(Throwable failure) {
        Deque<Throwable> todo = new ArrayDeque<>();
        Set<Throwable> seen = new HashSet<>();
        todo.add(failure);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof SMTPAddressFailedException rejected && rejected.getReturnCode() >= 500) {
                return true;
            }
            if (t instanceof AddressException) {
                return true;
            }
            if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
                todo.add(messaging.getNextException());
            }
            if (t instanceof MailSendException send) {
                todo.addAll(send.getFailedMessages().values());
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
        }
        return false;
    }

    private JavaMailSender sender() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender instanceof JavaMailSenderImpl smtp
                && (smtp.getHost() == null || smtp.getHost().isBlank())) {
            return null;
        }
        return sender;
    }
}
