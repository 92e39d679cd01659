package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/**
 * Issue 14's gap analysis in a real browser: a person of a statistical office opens the self-assessment, chooses
 * current and target levels for two capabilities of a framework, saves, and the gap map then lists the capability that
 * no course teaches as a gap, in its table too.
 */
@StatCommonsIntegrationTest
class OfficeAssessesItselfBrowserIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    org.statcommons.support.TestClock clock;

    @LocalServerPort
    int port;

    @Test
    void anOfficeAssessesItselfAndTheGapMapShowsACapabilityWithNoCourse() {
        String code = "BR" + (System.nanoTime() % 1_000_000);
        Visitor ada = fixtures.signedIn(fixtures.account("Ada Administrator", PlatformRole.ADMINISTRATOR));
        assertThat(ada.multipart(
                                "/admin/frameworks",
                                Map.of(
                                        "_csrf",
                                        ada.get("/admin/frameworks").csrf(),
                                        "code",
                                        code,
                                        "name",
                                        "Browser " + code),
                                "f.csv".getBytes(StandardCharsets.UTF_8),
                                "text/csv",
                                (code + "-1,Dissemination,\n" + code + "-1.1,Open data portals," + code + "-1\n")
                                        .getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(302);
        long office = db.sql("""
                        insert into organisations.organisations (name, kind, country, normalised_name, created_by,
                            created_at, updated_at) values (?, 'NATIONAL_STATISTICAL_OFFICE', 'TO', lower(?), 1, now(), now())
                        returning id""")
                .params(code + " Tonga Statistics", code + " Tonga Statistics")
                .query(Long.class)
                .single();
        Account tevita = fixtures.account("Tevita Tonga");
        db.sql("insert into organisations.affiliations (account_id, organisation_id, claimed_at, confirmed_at)"
                        + " values (?, ?, now(), now())")
                .params(tevita.id(), office)
                .update();

        String base = "http://localhost:" + port;
        try (Chromium browser = Chromium.start()) {
            BrowserSteps.signIn(browser, base, tevita);
            browser.open(base + "/academy");
            browser.follow("Self-assessment of capabilities");
            browser.follow("Assess against Browser " + code + " for "
                    + clock.instant().atZone(java.time.ZoneOffset.UTC).getYear());
            assertThat(browser.mainText()).contains(code + "-1.1 Open data portals");
            new Select(browser.driver().findElement(By.name("current[" + code + "-1.1]"))).selectByValue("awareness");
            new Select(browser.driver().findElement(By.name("target[" + code + "-1.1]"))).selectByValue("expert");
            browser.press("Save the assessment");
            assertThat(browser.mainText()).contains("is saved");

            browser.open(base + "/academy/gaps?framework=" + code);
            assertThat(browser.mainText())
                    .contains("Gaps: wanted, and no course teaches them")
                    .contains(code + "-1.1 Open data portals wanted by 1 organisation")
                    .contains(code + "-1.1 Open data portals — gap");
            assertThat(browser.driver().findElement(By.cssSelector("main img")).getDomAttribute("alt"))
                    .contains("the table below gives the same figures");
        }
    }
}
