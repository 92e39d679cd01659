package org.statcommons.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;

@StatCommonsIntegrationTest
class OutboxIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Fixtures fixtures;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcClient db;

    @Test
    void queuedMessageArrivesWithSubjectBodyAndHeaders() throws Exception {
        String recipient = "ana.perez@example.org";
        long id = outbox.enqueue(new OutgoingMail(
                recipient,
                "Bienvenida a la comunidad — «SDMX»",
                "Open https://example.org/join/abc to join.",
                "<p>Open <a href=\"https://example.org/join/abc\">the link</a>.</p>",
                Map.of("List-Unsubscribe", "<https://example.org/unsubscribe/xyz>")));

        MimeMessage received = awaitOneMessageTo(recipient);

        assertThat(received.getSubject()).isEqualTo("Bienvenida a la comunidad — «SDMX»");
        assertThat(received.getFrom()[0].toString()).isEqualTo("StatCommons <no-reply@localhost>");
        assertThat(received.getHeader("List-Unsubscribe", null)).isEqualTo("<https://example.org/unsubscribe/xyz>");
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(received.getMessageID()).startsWith("<outbox." + id + ".").endsWith("@localhost>");
        Multipart parts = (Multipart) received.getContent();
        String whole = GreenMailUtil.getWholeMessage(received);
        assertThat(whole).contains("multipart/alternative", "text/plain", "text/html");
        assertThat(parts.getCount()).isPositive();
        assertThat(textOf(received)).contains("Open https://example.org/join/abc to join.");
        assertThat(sentRow(id)).containsEntry("status", "SENT").containsEntry("attempts", 1);
    }

    @Test
    void plainTextMessageIsOnePart() throws Exception {
        long id = outbox.enqueue(OutgoingMail.text("plain@example.org", "Plain", "Just text.\nSecond line."));

        MimeMessage received = awaitOneMessageTo("plain@example.org");

        assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(GreenMailUtil.getBody(received).strip()).isEqualTo("Just text.\r\nSecond line.");
        assertThat(sentRow(id)).containsEntry("status", "SENT");
    }

    @Test
    void messageWaitsWhileTheRelayIsDownAndIsDeliveredOnceItIsBack() throws Exception {
        smtp.stop();
        long id =
                outbox.enqueue(OutgoingMail.text("patient@example.org", "While the relay was down", "Still arrives."));

        await().atMost(PATIENCE).until(() -> (int) row(id).get("attempts") == 1);
        Map<String, Object> afterFailure = row(id);
        assertThat(afterFailure).containsEntry("status", "PENDING");
        assertThat((String) afterFailure.get("last_error")).isNotBlank();
        assertThat((Boolean) afterFailure.get("waits"))
                .as("retried later, not at once")
                .isTrue();

        smtp.start();
        makeDue(id);
        sender.sendDue();

        MimeMessage received = awaitOneMessageTo("patient@example.org");
        assertThat(received.getSubject()).isEqualTo("While the relay was down");
        assertThat(sentRow(id)).containsEntry("status", "SENT").containsEntry("attempts", 2);

        makeDue(id);
        sender.sendDue();
        assertThat(messagesTo("patient@example.org"))
                .as("delivered exactly once")
                .hasSize(1);
    }

    @Test
    void failsAfterMaxAttemptsAndAnAdministratorCanSendItAgain() throws Exception {
        smtp.stop();
        long id = outbox.enqueue(OutgoingMail.text("unlucky@example.org", "Never while down", "Body"));
        await().atMost(PATIENCE).until(() -> (int) row(id).get("attempts") == 1);
        for (int attempt = 2; attempt <= 8; attempt++) {
            makeDue(id);
            sender.sendDue();
            int expected = attempt;
            await().atMost(PATIENCE).until(() -> (int) row(id).get("attempts") == expected);
        }
        assertThat(row(id)).containsEntry("status", "FAILED").containsEntry("attempts", 8);
        makeDue(id);
        sender.sendDue();
        assertThat(row(id)).as("a failed message is left alone").containsEntry("attempts", 8);

        Account admin = fixtures.account("Outbox Admin", PlatformRole.ADMINISTRATOR);
        Visitor browser = fixtures.signedIn(admin);
        String list = browser.getNoFollow("/admin/outbox").body();
        assertThat(list).contains("Never while down", "unlucky@example.org", "FAILED");
        String page = browser.getNoFollow("/admin/outbox/" + id).body();
        assertThat(page).contains("Send again", "Body");

        smtp.start();
        assertThat(browser.submitNoFollow("/admin/outbox/" + id + "/retry", Map.of())
                        .status())
                .isEqualTo(302);

        awaitOneMessageTo("unlucky@example.org");
        assertThat(sentRow(id)).containsEntry("status", "SENT").containsEntry("attempts", 1);
        assertThat(browser.submitNoFollow("/admin/outbox/" + id + "/retry", Map.of())
                        .status())
                .as("a sent message is not sent twice")
                .isEqualTo(409);
    }

    @Test
    void outboxPagesAreForAdministratorsOnly() {
        long id = outbox.enqueue(
                OutgoingMail.text("secret@example.org", "Reset your password", "https://example.org/reset/s3cret"));
        await().atMost(PATIENCE).until(() -> "SENT".equals(row(id).get("status")));
        db.sql("update mail.outbox set status = 'FAILED' where id = :id")
                .param("id", id)
                .update();

        assertThat(fixtures.anonymous().getNoFollow("/admin/outbox").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/sign-in"));

        Account member = fixtures.account("Plain Member");
        Account secretariat = fixtures.account("Platform Secretariat", PlatformRole.SECRETARIAT);
        for (Account notAdmin : new Account[] {member, secretariat}) {
            Visitor browser = fixtures.signedIn(notAdmin);
            var list = browser.getNoFollow("/admin/outbox");
            assertThat(list.status()).isEqualTo(403);
            assertThat(list.body()).doesNotContain("secret@example.org");
            var message = browser.getNoFollow("/admin/outbox/" + id);
            assertThat(message.status()).isEqualTo(403);
            assertThat(message.body()).doesNotContain("s3cret");
            assertThat(browser.submitNoFollow("/admin/outbox/" + id + "/retry", Map.of())
                            .status())
                    .isEqualTo(403);
        }
        assertThat(row(id)).containsEntry("status", "FAILED");
    }

    private MimeMessage awaitOneMessageTo(String recipient) {
        await().atMost(PATIENCE).until(() -> !messagesTo(recipient).isEmpty());
        List<MimeMessage> messages = messagesTo(recipient);
        assertThat(messages).hasSize(1);
        return messages.get(0);
    }

    private List<MimeMessage> messagesTo(String recipient) {
        return smtp.isRunning()
                ? Arrays.stream(smtp.getReceivedMessagesForDomain(recipient)).toList()
                : List.of();
    }

    private static String textOf(MimeMessage message) throws Exception {
        return GreenMailUtil.getWholeMessage(message).replace("=\r\n", "");
    }

    /** The row once the sender has recorded the delivery: the message can reach the SMTP server before that commits. */
    private Map<String, Object> sentRow(long id) {
        await().atMost(PATIENCE).until(() -> "SENT".equals(row(id).get("status")));
        return row(id);
    }

    private Map<String, Object> row(long id) {
        return db.sql(
                        "select status, attempts, last_error, next_attempt_at > now() as waits from mail.outbox where id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    private void makeDue(long id) {
        db.sql("update mail.outbox set next_attempt_at = now() where id = :id")
                .param("id", id)
                .update();
    }
}
