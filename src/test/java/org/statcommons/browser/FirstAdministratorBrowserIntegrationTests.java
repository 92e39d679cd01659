package org.statcommons.browser;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.statcommons.support.Chromium;
import org.statcommons.support.StatCommonsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The very first minutes of a new server, in a real browser: the set-up link printed at start creates the
 * first administrator, who is then signed in; the link works only once.
 */
@StatCommonsIntegrationTest
// a server of its own: the set-up link exists only on an empty database, and is printed when it starts
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorBrowserIntegrationTests {

    private static final Pattern SETUP_LINK = Pattern.compile("open (\\S+/setup/\\S+) to create the first administrator");

    @LocalServerPort
    int port;

    @Test
    void theSetUpLinkCreatesTheFirstAdministratorOnceAndSignsThemIn(CapturedOutput output) {
        Matcher printed = SETUP_LINK.matcher(output.getOut());
        assertThat(printed.find()).as("set-up link on the console").isTrue();
        URI link = URI.create(printed.group(1));
        assertThat(link.getPort()).as("the printed link points at this server").isEqualTo(port);

        try (Chromium browser = Chromium.start()) {
            browser.open(link.toString());
            assertThat(browser.heading()).isEqualTo("Create the first administrator");

            browser.fill("E-mail address", "Amina.Diallo@Stats.Example.org")
                    .fill("Password", "river lantern copper meadow")
                    .fill("Name", "Amina Diallo")
                    .fill("Organisation", "Agence nationale de la statistique")
                    .choose("Kind of organisation", "National statistical office")
                    .choose("Country", "Senegal")
                    .press("Create administrator");

            assertThat(browser.path()).as(browser.mainText()).isEqualTo("/");
            String header = browser.driver().findElement(By.cssSelector("header.site")).getText();
            assertThat(header).contains("Amina Diallo", "Administration", "Sign out").doesNotContain("Sign in");
            browser.screenshot("first-administrator-signed-in");

            browser.open(link.toString());
            assertThat(browser.heading()).isEqualTo("Set-up link not valid");
            assertThat(browser.driver().findElements(By.id("password"))).isEmpty();
        }
    }
}
