package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

@StatCommonsIntegrationTest
class PasswordResetIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    final Mailbox mailbox = new Mailbox(smtp);

    @Test
    void theAnswerIsTheSameForKnownAndUnknownAddresses() {
        Account person = fixtures.account("Forgetful Person");
        String nobody = Fixtures.uniqueEmail("nobody");

        Page known = fixtures.anonymous().submit("/password-reset", "/password-reset", Map.of("email", person.email()));
        Page unknown = fixtures.anonymous().submit("/password-reset", "/password-reset", Map.of("email", nobody));

        assertThat(known.status()).isEqualTo(unknown.status()).isEqualTo(200);
        assertThat(known.body()).isEqualTo(unknown.body());
        assertThat(known.text()).contains(PasswordResetController.SAME_ANSWER_FOR_EVERY_ADDRESS.english());
        assertThat(mailbox.await(person.email(), "Reset your").body()).contains("/password-reset/");
        assertThat(mailbox.settled(nobody, Duration.ofMillis(300), db)).isEmpty();
    }

    @Test
    void theLinkSetsANewPasswordEndsOtherSessionsSignsInAndWorksOnce() {
        Account person = fixtures.account("Resetting Person");
        Visitor laptop = fixtures.signedIn(person);
        assertThat(laptop.get("/account").status()).isEqualTo(200);

        Visitor phone = fixtures.anonymous();
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
        assertThat(fixtures.anonymous()
                        .signIn(person.email(), Fixtures.PASSWORD)
                        .path())
                .startsWith("/sign-in");
        assertThat(fixtures.anonymous().signIn(person.email(), fresh).path()).isEqualTo("/");

        Page reused = fixtures.anonymous().get(link);
        assertThat(reused.status()).isEqualTo(410);
        assertThat(reused.text()).contains("This link has already been used.");
        Page reusedPost =
                fixtures.anonymous().submit("/password-reset", link, Map.of("password", "yet another passphrase"));
        assertThat(reusedPost.status()).isEqualTo(410);
        assertThat(fixtures.anonymous().signIn(person.email(), fresh).path()).isEqualTo("/");
    }

    @Test
    void anExpiredLinkIsRefusedClearly() {
        Account person = fixtures.account("Slow Person");
        fixtures.anonymous().submit("/password-reset", "/password-reset", Map.of("email", person.email()));
        String link = mailbox.await(person.email(), "Reset your").link("/password-reset/");
        db.sql(
                        "update identity.link_tokens set expires_at = now() - interval '1 minute' where account_id = ? and purpose = 'RESET_PASSWORD'")
                .param(person.id())
                .update();

        Page expired = fixtures.anonymous().get(link);
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.text()).contains("This link has expired");
        Page post = fixtures.anonymous().submit("/password-reset", link, Map.of("password", "a brand new passphrase"));
        assertThat(post.status()).isEqualTo(410);
        assertThat(fixtures.anonymous()
                        .signIn(person.email(), Fixtures.PASSWORD)
                        .path())
                .isEqualTo("/");

        Page mangled = fixtures.anonymous().get("/password-reset/not-a-real-link");
        assertThat(mangled.text()).contains("This link is not valid");
    }

    @Test
    void aMalformedAddressIsAskedAgain() {
        Page page = fixtures.anonymous().submit("/password-reset", "/password-reset", fields("email", "nonsense"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("not a valid e-mail address");
    }
}
