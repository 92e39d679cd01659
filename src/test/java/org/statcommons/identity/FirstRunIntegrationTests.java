package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.EmailAddress;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/** Its own server and database, which start empty: the set-up link is printed at start. */
@StatCommonsIntegrationTest
@TestPropertySource(properties = "statcommons.test.context=first-run")
@ExtendWith(OutputCaptureExtension.class)
class FirstRunIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    FirstRunBootstrapper firstRun;

    @Autowired
    Accounts accounts;

    @Test
    void theSetUpLinkCreatesTheFirstAdministratorOnce(CapturedOutput output) {
        // printed again as at start, with a new link that replaces the first one
        firstRun.greet();
        Matcher m =
                Pattern.compile("open https?://[^/\\s]+(/setup/[A-Za-z0-9_-]+)").matcher(output.getOut());
        String link = null;
        int end = 0;
        while (m.find()) {
            link = m.group(1);
            end = m.end();
        }
        assertThat(link).as("a set-up link on the console").isNotNull();
        assertThat(output.getOut().split(Pattern.quote(link), -1))
                .as("the link printed once")
                .hasSize(2);

        Visitor browser = fixtures.anonymous();
        Page form = browser.get(link);
        assertThat(form.text()).contains("Create the first administrator");
        Page weak = browser.post(
                link,
                fields(
                        "_csrf",
                        form.csrf(),
                        "email",
                        "admin@stats.example",
                        "password",
                        "password1234",
                        "displayName",
                        "Admin"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.text()).contains("most commonly used");
        assertThat(accounts.none()).isTrue();

        Page home = browser.post(
                link,
                fields(
                        "_csrf",
                        form.csrf(),
                        "email",
                        "Admin@Stats.example",
                        "password",
                        "a good long administrator passphrase",
                        "displayName",
                        "First Admin",
                        "organisationKind",
                        "INTERNATIONAL",
                        "languages",
                        List.of("en")));
        assertThat(home.path()).isEqualTo("/?welcome");
        Account admin =
                accounts.byEmail(new EmailAddress("admin@stats.example")).orElseThrow();
        assertThat(admin.platformRole()).isEqualTo(PlatformRole.ADMINISTRATOR);
        assertThat(admin.emailVerified()).isTrue();
        assertThat(browser.get("/admin").status()).isEqualTo(200);

        Visitor second = fixtures.anonymous();
        Page again = second.get(link);
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.text()).contains("This link has already been used.");
        Page replay = second.post(
                link,
                fields(
                        "_csrf",
                        second.csrfToken(),
                        "email",
                        "intruder@stats.example",
                        "password",
                        "an intruder's long passphrase",
                        "displayName",
                        "Intruder",
                        "organisationKind",
                        "INDIVIDUAL"));
        assertThat(replay.status()).isEqualTo(410);
        assertThat(accounts.byEmail(new EmailAddress("intruder@stats.example"))).isEmpty();

        // once someone has an account, a restart prints no link
        firstRun.greet();
        assertThat(output.getOut().substring(end)).doesNotContain("/setup/").contains("sign in with your account");
    }
}
