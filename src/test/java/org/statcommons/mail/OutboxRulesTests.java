package org.statcommons.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.statcommons.platform.i18n.Language;

/** How the outbox decides when to try again, and when to stop. */
class OutboxRulesTests {

    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration CAP = Duration.ofHours(1);

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheCap() {
        assertThat(OutboxSender.retryDelay(1, FIRST, CAP)).isEqualTo(Duration.ofSeconds(30));
        assertThat(OutboxSender.retryDelay(2, FIRST, CAP)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.retryDelay(3, FIRST, CAP)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxSender.retryDelay(7, FIRST, CAP)).isEqualTo(Duration.ofMinutes(32));
        assertThat(OutboxSender.retryDelay(8, FIRST, CAP)).isEqualTo(CAP);
        assertThat(OutboxSender.retryDelay(1000, FIRST, CAP)).isEqualTo(CAP);
    }

    @Test
    void aRecipientRejectedWithA5xxAnswerFailsAtOnce() throws Exception {
        InternetAddress address = new InternetAddress("nobody@example.org");
        var unknownUser = new SMTPAddressFailedException(address, "RCPT TO", 550, "550 5.1.1 no such user");

        assertThat(SmtpRelay.rejectedForGood(new MailSendException(Map.of("message", invalid(unknownUser)))))
                .isTrue();
        assertThat(SmtpRelay.rejectedForGood(
                        new MailPreparationException("bad", new AddressException("Illegal address"))))
                .isTrue();
    }

    @Test
    void temporaryProblemsAreRetried() throws Exception {
        InternetAddress address = new InternetAddress("busy@example.org");
        var mailboxFull = new SMTPAddressFailedException(address, "RCPT TO", 452, "452 4.2.2 mailbox full");

        assertThat(SmtpRelay.rejectedForGood(new MailSendException(Map.of("message", invalid(mailboxFull)))))
                .isFalse();
        assertThat(SmtpRelay.rejectedForGood(new MailSendException(
                        "Mail server connection failed", new MessagingException("Connection refused"))))
                .isFalse();
    }

    @Test
    void aMessageSaysItsLanguageAndArabicLinesStartingWithLatinKeepRightToLeft() {
        OutgoingMail english = OutgoingMail.text("a@example.org", "Hello", "Ana started “Census”\n")
                .inLanguage(Language.ENGLISH);
        assertThat(english.headers()).containsEntry("Content-Language", "en");
        assertThat(english.textBody()).isEqualTo("Ana started “Census”\n");

        OutgoingMail arabic = OutgoingMail.text(
                        "a@example.org",
                        "تذكير",
                        "مرحبًا Ana،\n\nAna started “Census”\n- https://example.org/c/x\n  https://example.org/y\n«Census» بدأ\n")
                .inLanguage(Language.ARABIC);
        assertThat(arabic.headers()).containsEntry("Content-Language", "ar");
        assertThat(arabic.textBody())
                .isEqualTo("مرحبًا Ana،\n\n\u200FAna started “Census”\n\u200F- https://example.org/c/x\n"
                        + "\u200F  https://example.org/y\n\u200F«Census» بدأ\n");
        assertThat(arabic.subject()).isEqualTo("تذكير");
    }

    @Test
    void headersCannotCarryLineBreaksOrImpersonateTheSender() {
        OutgoingMail mail = OutgoingMail.text("a@example.org", "Hello\r\nBcc: victim@example.org", "Body");
        assertThat(mail.subject()).doesNotContain("\r", "\n");

        assertThatThrownBy(() -> mail.withHeader("List-Unsubscribe", "<https://x>\r\nBcc: v@example.org"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mail.withHeader("From", "Someone Else <boss@example.org>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mail.withHeader("Bad Name:", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(mail.withHeader("List-Unsubscribe", "<https://example.org/u/1>")
                        .headers())
                .containsEntry("List-Unsubscribe", "<https://example.org/u/1>");
    }

    private static SendFailedException invalid(Exception recipientFailure) {
        return new SendFailedException("Invalid Addresses", recipientFailure);
    }
}
