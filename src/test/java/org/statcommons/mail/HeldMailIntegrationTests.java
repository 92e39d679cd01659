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
import org.statcommons.identity.CreateAccount;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestAccounts;
import org.statcommons.support.WebSession;

/** A server without an SMTP relay, as on a laptop: messages are kept, logged, and readable by administrators. */
@StatCommonsIntegrationTest
@TestPropertySource(properties = "spring.mail.host=")
@ExtendWith(OutputCaptureExtension.class)
class HeldMailIntegrationTests {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxSender sender;
    @Autowired
    JdbcClient db;
    @Autowired
    CreateAccount registration;
    @LocalServerPort
    int port;

    @Test
    void withoutARelayMessagesAreHeldLoggedAndShownToAdministrators(CapturedOutput output) {
        long id = outbox.enqueue(OutgoingMail.text("newcomer@example.org", "Confirm your address",
                "Open http://localhost/verify/abc123 to confirm.\nThank you."));

        await().atMost(Duration.ofSeconds(20)).until(() -> "HELD".equals(status(id)));
        assertThat(output.getOut()).contains("newcomer@example.org", "Confirm your address",
                "Open http://localhost/verify/abc123 to confirm.");
        sender.sendDue();
        assertThat(db.sql("select attempts from mail.outbox where id = :id").param("id", id).query(Integer.class).single())
                .as("nothing was tried").isZero();

        Account admin = TestAccounts.create(registration, "Laptop Admin", PlatformRole.ADMINISTRATOR);
        WebSession browser = WebSession.signedIn(port, admin.email(), TestAccounts.PASSWORD);
        String list = browser.get("/admin/outbox").body();
        assertThat(list).contains("No SMTP relay is configured", "Confirm your address", "HELD");
        String page = browser.get("/admin/outbox/" + id).body();
        assertThat(page).contains("Open http://localhost/verify/abc123 to confirm.", "newcomer@example.org");

        // sending again without a relay holds it again rather than failing it
        assertThat(browser.post("/admin/outbox/" + id + "/retry", Map.of()).statusCode()).isEqualTo(302);
        await().atMost(Duration.ofSeconds(20)).until(() -> "HELD".equals(status(id)));
    }

    @Test
    void unknownMessageIsNotFound() {
        Account admin = TestAccounts.create(registration, "Other Admin", PlatformRole.ADMINISTRATOR);
        WebSession browser = WebSession.signedIn(port, admin.email(), TestAccounts.PASSWORD);

        assertThat(browser.get("/admin/outbox/987654").statusCode()).isEqualTo(404);
        assertThat(browser.post("/admin/outbox/987654/retry", Map.of()).statusCode()).isEqualTo(404);
        assertThat(browser.get("/admin/outbox?page=-5").statusCode()).isEqualTo(200);
        assertThat(browser.get("/admin/outbox?page=abc").statusCode()).isEqualTo(400);
    }

    private String status(long id) {
        return db.sql("select status from mail.outbox where id = :id").param("id", id).query(String.class).single();
    }
}
