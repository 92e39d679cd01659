package org.statcommons.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/** A server without an SMTP relay, as on a laptop: messages are kept, logged, and readable by administrators. */
@StatCommonsIntegrationTest
@TestPropertySource(properties = "spring.mail.host=")
@ExtendWith(OutputCaptureExtension.class)
class HeldMailIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcClient db;

    @LocalServerPort
    int port;

    @Test
    void withoutARelayMessagesAreHeldLoggedAndShownToAdministrators(CapturedOutput output) {
        long id = outbox.enqueue(OutgoingMail.text(
                "newcomer@example.org",
                "Confirm your address",
                "Open http://localhost/verify/abc123 to confirm.\nThank you."));

        await().atMost(Duration.ofSeconds(20)).until(() -> "HELD".equals(status(id)));
        // the console says the message is held and where to read it, never its one-time link
        assertThat(output.getOut())
                .contains(
                        "holding e-mail #" + id + " to newcomer@example.org",
                        "Confirm your address",
                        "read it at http://localhost:" + port + "/admin/outbox/" + id)
                .doesNotContain("abc123");
        sender.sendDue();
        assertThat(db.sql("select attempts from mail.outbox where id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .as("nothing was tried")
                .isZero();

        Account admin = fixtures.account("Laptop Admin", PlatformRole.ADMINISTRATOR);
        Visitor browser = fixtures.signedIn(admin);
        // the administrator's next steps say the relay is still to be set, and where held mail waits
        assertThat(browser.getNoFollow("/").body())
                .contains("Set the mail relay", "wait in the outbox", "SPRING_MAIL_HOST");
        String list = browser.getNoFollow("/admin/outbox").body();
        assertThat(list).contains("No SMTP relay is configured", "Confirm your address", "HELD");
        String page = browser.getNoFollow("/admin/outbox/" + id).body();
        assertThat(page)
                .contains(
                        "Open <a href=\"http://localhost/verify/abc123\" rel=\"noreferrer\">http://localhost/verify/abc123</a> to confirm.",
                        "newcomer@example.org");

        // sending again without a relay holds it again rather than failing it
        assertThat(browser.submitNoFollow("/admin/outbox/" + id + "/retry", Map.of())
                        .status())
                .isEqualTo(302);
        await().atMost(Duration.ofSeconds(20)).until(() -> "HELD".equals(status(id)));
    }

    @Test
    void unknownMessageIsNotFound() {
        Account admin = fixtures.account("Other Admin", PlatformRole.ADMINISTRATOR);
        Visitor browser = fixtures.signedIn(admin);

        assertThat(browser.getNoFollow("/admin/outbox/987654").status()).isEqualTo(404);
        assertThat(browser.submitNoFollow("/admin/outbox/987654/retry", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(browser.getNoFollow("/admin/outbox?page=-5").status()).isEqualTo(200);
        assertThat(browser.getNoFollow("/admin/outbox?page=abc").status()).isEqualTo(400);
    }

    private String status(long id) {
        return db.sql("select status from mail.outbox where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
