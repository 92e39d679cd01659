package org.statcommons.identity;

import java.time.Duration;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.statcommons.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestAccounts;
import org.statcommons.support.WebClientSession;
import org.statcommons.support.WebClientSession.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.WebClientSession.fields;

@StatCommonsIntegrationTest
class PasswordResetIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    @LocalServerPort
    int port;

    @Autowired
    CreateAccount registration;

    @Autowired
    JdbcClient db;

    final Mailbox mailbox = new Mailbox(smtp);

    @Test
    void theAnswerIsTheSameForKnownAndUnknownAddresses() {
        TestAccounts.Person person = TestAccounts.member(registration, "Forgetful Person");
        String nobody = TestAccounts.uniqueEmail("nobody");

        Page known = new WebClientSession(port).submit("/password-reset", "/password-reset", Map.of("email", person.email()));
        Page unknown = new WebClientSession(port).submit("/password-reset", "/password-reset", Map.of("email", nobody));

        assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(200);
        assertThat(known.body()).isEqualTo(unknown.body());
        assertThat(known.text()).contains(PasswordResetController.SAME_ANSWER_FOR_EVERY_ADDRESS);
        assertThat(mailbox.await(person.email(), "Reset your").body()).contains("/password-reset/");
        assertThat(mailbox.settled(nobody, Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void theLinkSetsANewPasswordEndsOtherSessionsSignsInAndWorksOnce() {
        TestAccounts.Person person = TestAccounts.member(registration, "Resetting Person");
        WebClientSession laptop = new WebClientSession(port);
        laptop.signIn(person.email(), person.password());
        assertThat(laptop.get("/account").status()).isEqualTo(200);

        WebClientSession phone = new WebClientSession(port);
        phone.submit("/password-reset", "/password-reset", Map.of("email", person.email()));
        String link = mailbox.await(person.email(), "Reset your").link("/password-reset/");

        Page tooShort = phone.submit(link, link, Map.of("password", "short"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.text()).contains("at least 12 characters");

        String fresh = "a brand new passphrase for me";
        Page done = phone.submit(link, link, Map.of("password", fresh));
        assertThat(done.path()).isEqualTo("/account?password-changed");
        assertThat(done.text()).contains("Your new password is saved");

        assertThat(laptop.get("/account").path()).isEqualTo("/sign-in?ended");
        assertThat(new WebClientSession(port).signIn(person.email(), person.password()).path()).startsWith("/sign-in");
        assertThat(new WebClientSession(port).signIn(person.email(), fresh).path()).isEqualTo("/");

        Page reused = new WebClientSession(port).get(link);
        assertThat(reused.status()).isEqualTo(410);
        assertThat(reused.text()).contains("This link has already been used.");
        Page reusedPost = new WebClientSession(port).submit("/password-reset", link, Map.of("password", "yet another passphrase"));
        assertThat(reusedPost.status()).isEqualTo(410);
        assertThat(new WebClientSession(port).signIn(person.email(), fresh).path()).isEqualTo("/");
    }

    @Test
    void anExpiredLinkIsRefusedClearly() {
        TestAccounts.Person person = TestAccounts.member(registration, "Slow Person");
        new WebClientSession(port).submit("/password-reset", "/password-reset", Map.of("email", person.email()));
        String link = mailbox.await(person.email(), "Reset your").link("/password-reset/");
        db.sql("update identity.link_tokens set expires_at = now() - interval '1 minute' where account_id = ? and purpose = 'RESET_PASSWORD'")
                .param(person.id()).update();

        Page expired = new WebClientSession(port).get(link);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.text()).contains("This link has expired");
        Page post = new WebClientSession(port).submit("/password-reset", link, Map.of("password", "a brand new passphrase"));
        assertThat(post.status()).isEqualTo(410);
        assertThat(new WebClientSession(port).signIn(person.email(), person.password()).path()).isEqualTo("/");

        Page mangled = new WebClientSession(port).get("/password-reset/not-a-real-link");
        assertThat(mangled.text()).contains("This link is not valid");
    }

    @Test
    void aMalformedAddressIsAskedAgain() {
        Page page = new WebClientSession(port).submit("/password-reset", "/password-reset", fields("email", "nonsense"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("not a valid e-mail address");
    }
}
