package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.EmailAddress;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/** STATCOMMONS_BOOTSTRAP_ADMIN_EMAIL and _PASSWORD, given as the properties they bind to, on an empty database. */
@StatCommonsIntegrationTest
@TestPropertySource(
        properties = {
            "statcommons.bootstrap.admin-email=Ops@Stats.example",
            "statcommons.bootstrap.admin-password=an automated install passphrase"
        })
class BootstrapAdminIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Test
    void theBootstrapAdministratorExistsAndSignsIn() {
        Account admin = accounts.byEmail(new EmailAddress("ops@stats.example")).orElseThrow();
        assertThat(admin.platformRole()).isEqualTo(PlatformRole.ADMINISTRATOR);
        assertThat(admin.emailVerified()).isTrue();

        Visitor browser = fixtures.anonymous();
        assertThat(browser.signIn("ops@stats.example", "an automated install passphrase")
                        .path())
                .isEqualTo("/");
        assertThat(browser.get("/admin").status()).isEqualTo(200);
    }
}
