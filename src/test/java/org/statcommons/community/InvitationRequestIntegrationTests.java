package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Request an invitation: the address confirmed by its link before the secretariat sees anything, the secretariat's
 * approval (an invitation) or refusal (a polite e-mail), the same answer for an address with an account, and the
 * limits per address and per network.
 */
@StatCommonsIntegrationTest
class InvitationRequestIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient db;

    final Mailbox mailbox = new Mailbox(smtp);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Map<String, Object> request(String name, String email) {
        return fields(
                "name",
                name,
                "email",
                email,
                "organisation",
                "Samoa Bureau of Statistics",
                "country",
                "WS",
                "motivation",
                "I run the census data integration and would like to share our linkage work.");
    }

    private long requestId(String email) {
        return db.sql("select id from community.invitation_requests where email = ?")
                .param(email)
                .query(Long.class)
                .single();
    }

    @Test
    void theAddressIsConfirmedBeforeTheSecretariatSeesTheRequestThenApprovalSendsAnInvitation() {
        Account secretariat = fixtures.account("Sina Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Data integration", JoinPolicy.BY_REQUEST, secretariat);
        String slug = community.slug();
        String email = Fixtures.uniqueEmail("tala");
        Visitor tala = fixtures.anonymous();

        assertThat(tala.get("/c/" + slug).text()).contains("New to StatCommons?", "Request an invitation");
        Page sent = tala.submit(
                "/c/" + slug + "/request-invitation",
                "/c/" + slug + "/request-invitation",
                request("Tala Fa'asavalu", email));
        assertThat(sent.text()).contains("We have sent a message to " + email, "within 48 hours");

        Visitor office = fixtures.signedIn(secretariat);
        String requests = "/c/" + slug + "/requests";
        assertThat(office.get(requests).text()).doesNotContain("Tala Fa'asavalu");

        String link = mailbox.await(email, "Please confirm").link("/invitation-requests/");
        Page confirmation = tala.get(link);
        assertThat(confirmation.text()).contains("Tala Fa'asavalu", "Confirm my address");
        assertThat(office.get(requests).text())
                .as("opening the link (a mail scanner) confirms nothing")
                .doesNotContain("Tala Fa'asavalu");

        Page confirmed = tala.submit(link, link, fields());
        assertThat(confirmed.text()).contains("your address is confirmed");
        assertThat(mailbox.await(secretariat.email(), "Request for an invitation")
                        .body())
                .contains("Tala Fa'asavalu", "census data integration", "/c/" + slug + "/requests");
        assertThat(office.get(requests).text())
                .contains("Tala Fa'asavalu", "Samoa Bureau of Statistics", "Samoa", "census data integration");
        assertThat(tala.get(link).text()).contains("already confirmed");

        long id = requestId(email);
        Page approved = office.submit(
                requests,
                "/c/" + slug + "/invitation-requests/" + id,
                fields("decision", "approve", "note", "Talofa! Welcome.", "card", "invitation-request-" + id));
        assertThat(approved.text()).contains("Approved; an invitation has been sent.");
        assertThat(office.get(requests).text()).doesNotContain("Tala Fa'asavalu");
        Mailbox.Mail invitation = mailbox.await(email, "Invitation to Data integration");
        assertThat(invitation.body()).startsWith("Dear Tala Fa'asavalu,").contains("Talofa! Welcome.");
        Page open = tala.get(invitation.link("/invitations/"));
        assertThat(open.body()).contains("value=\"Tala Fa&#39;asavalu\"", "value=\"Samoa Bureau of Statistics\"");

        Page again = office.submitNoFollow(
                requests, "/c/" + slug + "/invitation-requests/" + id, fields("decision", "approve"));
        assertThat(again.status()).isEqualTo(404);
    }

    @Test
    void aDeclinedRequestIsAnsweredPolitelyWithTheNote() {
        Account secretariat = fixtures.account("Dora Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Small area estimation", JoinPolicy.OPEN, secretariat);
        String slug = community.slug();
        String email = Fixtures.uniqueEmail("declined");
        Visitor visitor = fixtures.anonymous();
        visitor.submit(
                "/c/" + slug + "/request-invitation",
                "/c/" + slug + "/request-invitation",
                request("Pat Person", email));
        String link = mailbox.await(email, "Please confirm").link("/invitation-requests/");
        visitor.submit(link, link, fields());
        Visitor office = fixtures.signedIn(secretariat);
        long id = requestId(email);
        office.submit(
                "/c/" + slug + "/requests",
                "/c/" + slug + "/invitation-requests/" + id,
                fields("decision", "decline", "note", "This community is for national offices only."));
        Mailbox.Mail answer = mailbox.await(email, "About your request for an invitation");
        assertThat(answer.body())
                .contains("Dear Pat Person", "thank you for your interest", "not able to invite you")
                .contains("This community is for national offices only.");
        assertThat(db.sql("select count(*) from community.invitations where email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anAddressWithAnAccountGetsTheSameAnswerOnScreenAndIsToldToSignIn() {
        Account secretariat = fixtures.account("Enum Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Enumeration", JoinPolicy.BY_REQUEST, secretariat);
        String slug = community.slug();
        Account existing = fixtures.account("Ex Isting");
        String unknown = Fixtures.uniqueEmail("unknown");

        String form = "/c/" + slug + "/request-invitation";
        Page forExisting = fixtures.anonymous().submit(form, form, request("Ex Isting", existing.email()));
        Page forUnknown = fixtures.anonymous().submit(form, form, request("Un Known", unknown));
        assertThat(forExisting.status()).isEqualTo(forUnknown.status()).isEqualTo(200);
        assertThat(forExisting.text().replace(existing.email(), "ADDRESS"))
                .isEqualTo(forUnknown.text().replace(unknown, "ADDRESS"));

        Mailbox.Mail told = mailbox.await(existing.email(), "Your request to join");
        assertThat(told.body()).contains("already has a StatCommons account", "/c/" + slug, "/password-reset");
        assertThat(told.body()).doesNotContain("/invitation-requests/");
        assertThat(fixtures.signedIn(secretariat)
                        .get("/c/" + slug + "/requests")
                        .text())
                .doesNotContain("Ex Isting");
    }

    @Test
    void badInputIsShownAgainAsTypedAndLinksThatCannotBeUsedAreGone() {
        Account secretariat = fixtures.account("Form Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Forms", JoinPolicy.BY_REQUEST, secretariat);
        String form = "/c/" + community.slug() + "/request-invitation";
        Map<String, Object> typed = request("Keep Me", "not an address");
        typed.put("country", "");
        Page refused = fixtures.anonymous().submitNoFollow(form, form, typed);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains("This is not a valid e-mail address.", "Choose your country from the list.")
                .contains("value=\"Keep Me\"", "census data integration");

        assertThat(fixtures.anonymous()
                        .getNoFollow("/invitation-requests/nothing-like-a-secret")
                        .status())
                .isEqualTo(410);
        String email = Fixtures.uniqueEmail("late");
        fixtures.anonymous().submit(form, form, request("Late Person", email));
        String link = mailbox.await(email, "Please confirm").link("/invitation-requests/");
        clock.advance(Duration.ofHours(49));
        Page late = fixtures.anonymous().getNoFollow(link);
        assertThat(late.status()).isEqualTo(410);
        assertThat(late.body()).contains("expired");

        Community byInvitation = fixtures.community("Closed", JoinPolicy.BY_INVITATION, secretariat);
        assertThat(fixtures.anonymous().get("/c/" + byInvitation.slug()).text())
                .contains("Membership is by invitation only")
                .doesNotContain("Request an invitation");
    }

    @Test
    void oneAddressAsksThreeTimesADayAndOneNetworkTenTimesAnHour() {
        Account secretariat = fixtures.account("Limit Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Limits", JoinPolicy.BY_REQUEST, secretariat);
        String form = "/c/" + community.slug() + "/request-invitation";
        // a quiet hour of its own, away from the requests other tests made from this machine
        clock.advance(Duration.ofDays(400));
        String email = Fixtures.uniqueEmail("flood");
        Visitor visitor = fixtures.anonymous();
        for (int i = 0; i < RequestInvitation.PER_ADDRESS; i++) {
            assertThat(visitor.submitNoFollow(form, form, request("Flo Od", email))
                            .status())
                    .isEqualTo(302);
        }
        Page refused = visitor.submitNoFollow(form, form, request("Flo Od", email));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.text())
                .contains("At most 3 requests for an invitation a day can be made for one address", "UTC");
        assertThat(refused.body()).contains("value=\"Flo Od\"");
        // the time to ask again from is written as the reader's language writes times
        Page french = visitor.submitNoFollow(form, form + "?lang=fr", request("Flo Od", email));
        assertThat(french.status()).isEqualTo(429);
        assertThat(french.text())
                .contains("vous pourrez redemander après", "UTC")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(mailbox.settled(email, Duration.ofSeconds(2), db)).hasSize(RequestInvitation.PER_ADDRESS);

        clock.advance(Duration.ofDays(100));
        for (int i = 0; i < RequestInvitation.PER_NETWORK; i++) {
            assertThat(visitor.submitNoFollow(form, form, request("Net Work", Fixtures.uniqueEmail("net")))
                            .status())
                    .isEqualTo(302);
        }
        Page network = visitor.submitNoFollow(form, form, request("Net Work", Fixtures.uniqueEmail("net")));
        assertThat(network.status()).isEqualTo(429);
        assertThat(network.text()).contains("At most 10 requests for an invitation an hour can come from one network");
        clock.advance(Duration.ofMinutes(61));
        assertThat(visitor.submitNoFollow(form, form, request("Net Work", Fixtures.uniqueEmail("net")))
                        .status())
                .isEqualTo(302);
    }
}
