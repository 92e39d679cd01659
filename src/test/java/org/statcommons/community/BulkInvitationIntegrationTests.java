package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Bulk invitations through the web: a CSV file's bad lines are named and nothing is sent; the mended list is sent
 * through the outbox; what only the community knows (members, roles, guests) is checked; inviting again keeps the
 * first link valid; a list at the size limit is checked within a time bound.
 */
@StatCommonsIntegrationTest
class BulkInvitationIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    final Mailbox mailbox = new Mailbox(smtp);

    private int invitations(Community community) {
        return db.sql("select count(*) from community.invitations where community_id = ?")
                .param(community.id())
                .query(Integer.class)
                .single();
    }

    private static Page upload(Visitor visitor, String bulk, byte[] csv) {
        return visitor.multipart(
                bulk,
                Map.of("_csrf", visitor.get(bulk).csrf(), "role", "MEMBER", "guestUntil", "", "message", ""),
                "pilot.csv".getBytes(StandardCharsets.UTF_8),
                "text/csv",
                csv);
    }

    @Test
    void aFileWithBadLinesSendsNothingAndTheMendedListIsSentThroughTheOutbox() {
        Account secretariat = fixtures.account("Bulk Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Bulk pilot", JoinPolicy.BY_INVITATION, secretariat);
        Account existing = fixtures.member(community, "Already Here", CommunityRole.MEMBER);
        String bulk = "/c/" + community.slug() + "/invitations/bulk";
        String awa = Fixtures.uniqueEmail("awa");
        String bo = Fixtures.uniqueEmail("bo");
        String csv = "name,email,organisation,role\n"
                + "Awa Ndiaye," + awa + ",ANSD,Member\n"
                + "Bo Bad,bo-at-nowhere,NSO,Member\n"
                + "Already Here," + existing.email() + ",NSO,\n"
                + "Bo Right," + bo + ",\"Statistics, Planning and Budget\",member\n"
                + "Awa Again," + awa.toUpperCase() + ",ANSD,Member\n";
        Visitor office = fixtures.signedIn(secretariat);

        Page checked = upload(office, bulk, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(checked.status()).isEqualTo(400);
        assertThat(checked.text())
                .contains("3 problems to mend. Nothing has been sent.")
                .contains("Line 3: \u201cbo-at-nowhere\u201d is not an e-mail address.")
                .contains("Line 4: " + existing.email() + " is already a member of this community.")
                .contains("Line 6: Duplicate of line 2 (" + awa + ").");
        assertThat(checked.body()).contains("Statistics, Planning and Budget").doesNotContain(">Send ");
        assertThat(invitations(community)).isZero();

        String mended = csv.replace("bo-at-nowhere", Fixtures.uniqueEmail("bobad"))
                .replace("Already Here," + existing.email() + ",NSO,\n", "")
                .replace("Awa Again," + awa.toUpperCase() + ",ANSD,Member\n", "");
        Page clean = office.submitNoFollow(
                bulk, bulk, fields("addresses", mended, "role", "MEMBER", "guestUntil", "", "message", "Welcome"));
        assertThat(clean.status()).isEqualTo(200);
        assertThat(clean.text()).contains("The list is ready: 3 people will be invited.");
        assertThat(clean.body()).contains(">Send 3 invitations</button>");
        assertThat(invitations(community)).as("a check sends nothing").isZero();

        Page sent = office.submit(
                bulk,
                bulk,
                fields("addresses", mended, "role", "MEMBER", "guestUntil", "", "message", "Welcome", "send", "true"));
        assertThat(sent.text()).contains("3 invitations sent");
        assertThat(invitations(community)).isEqualTo(3);
        Mailbox.Mail mail = mailbox.await(bo, "Invitation to Bulk pilot");
        assertThat(mail.body()).startsWith("Dear Bo Right,").contains("Welcome");
        Page open = fixtures.anonymous().get(mail.link("/invitations/"));
        assertThat(open.body()).contains("value=\"Statistics, Planning and Budget\"");
    }

    @Test
    void aListThatChangedIntoABadOneBeforeSendingSendsNothing() {
        Account secretariat = fixtures.account("Race Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Bulk race", JoinPolicy.BY_INVITATION, secretariat);
        String bulk = "/c/" + community.slug() + "/invitations/bulk";
        Page refused = fixtures.signedIn(secretariat)
                .submitNoFollow(
                        bulk,
                        bulk,
                        fields(
                                "addresses",
                                Fixtures.uniqueEmail("ok") + "\nnot an address\n",
                                "role",
                                "MEMBER",
                                "send",
                                "true"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Line 2:", "Nothing has been sent");
        assertThat(invitations(community)).isZero();
    }

    @Test
    void rolesTheInviterMayNotGiveAndGuestsWithoutALastDayAreNamed() {
        Account secretariat = fixtures.account("Role Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Bulk roles", JoinPolicy.BY_INVITATION, secretariat);
        Account facilitator = fixtures.member(community, "Fa Cilitator", CommunityRole.FACILITATOR);
        String bulk = "/c/" + community.slug() + "/invitations/bulk";
        String list = "Lee Leader," + Fixtures.uniqueEmail("lead") + ",Org,Leader\n"
                + "Gus Guest," + Fixtures.uniqueEmail("guest") + ",Org,Guest\n"
                + "Mo Member," + Fixtures.uniqueEmail("member") + ",Org,\n";
        Page checked = fixtures.signedIn(facilitator)
                .submitNoFollow(bulk, bulk, fields("addresses", list, "role", "MEMBER", "guestUntil", ""));
        assertThat(checked.status()).isEqualTo(400);
        assertThat(checked.text())
                .contains("Line 1: Only the secretariat invites as Leader; invite as Member.")
                .contains("Line 2: A guest needs a last day");
        assertThat(invitations(community)).isZero();
    }

    @Test
    void invitingAgainKeepsTheFirstLinkValidAndSaysSo() {
        Account secretariat = fixtures.account("Again Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Invite again", JoinPolicy.BY_INVITATION, secretariat);
        String slug = community.slug();
        String email = Fixtures.uniqueEmail("twice");
        Visitor office = fixtures.signedIn(secretariat);
        String invitations = "/c/" + slug + "/invitations";
        office.submit(invitations, invitations, fields("email", email, "role", "MEMBER"));
        String first = mailbox.await(email, "Invitation to").link("/invitations/");
        Page again = office.submit(invitations, invitations, fields("email", email, "role", "MEMBER"));
        assertThat(again.text()).contains("The invitation sent earlier still works too");
        Page listed = office.submitNoFollow(
                invitations + "/bulk", invitations + "/bulk", fields("addresses", email, "role", "MEMBER"));
        assertThat(listed.text()).contains("is still waiting; it stays valid, and a second link is sent");
        Page spanish = office.submitNoFollow(
                invitations + "/bulk", invitations + "/bulk?lang=es", fields("addresses", email, "role", "MEMBER"));
        assertThat(spanish.text())
                .contains("Una invitación enviada el ", "sigue pendiente")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

        // the second invitation leaves through the outbox a moment later
        String second = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> mailbox.all(email).stream()
                                .map(mail -> mail.link("/invitations/"))
                                .filter(link -> !link.equals(first))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(fixtures.anonymous().getNoFollow(first).status()).isEqualTo(200);
        assertThat(fixtures.anonymous().getNoFollow(second).status()).isEqualTo(200);

        Visitor newcomer = fixtures.anonymous();
        Page joined = newcomer.submitNoFollow(
                second,
                second + "/new-account",
                fields(
                        "password",
                        "a long and unusual passphrase",
                        "displayName",
                        "Twice Invited",
                        "organisation",
                        "Office",
                        "organisationKind",
                        "NATIONAL_STATISTICAL_OFFICE",
                        "country",
                        "FR",
                        "timeZone",
                        "Europe/Paris",
                        "conductVersion",
                        "1",
                        "acceptConduct",
                        "true"));
        assertThat(joined.status()).as(joined.body()).isEqualTo(302);
        Page used = fixtures.anonymous().getNoFollow(first);
        assertThat(used.status())
                .as("the person is in: the other link has nothing left to do")
                .isEqualTo(410);
    }

    @Test
    void aListAtTheSizeLimitIsCheckedWithinATimeBound() {
        Account secretariat = fixtures.account("Big Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Bulk size", JoinPolicy.BY_INVITATION, secretariat);
        String bulk = "/c/" + community.slug() + "/invitations/bulk";
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < InvitationListReader.MAX_ROWS; i++) {
            csv.append("Person ")
                    .append(i)
                    .append(',')
                    .append(Fixtures.uniqueEmail("p" + i))
                    .append(",Office,\n");
        }
        Visitor office = fixtures.signedIn(secretariat);
        long start = System.nanoTime();
        Page checked = upload(office, bulk, csv.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.text()).contains("The list is ready: 1,000 people will be invited.");

        StringBuilder tooMany = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            tooMany.append("p").append(i).append("@stats.example\n");
        }
        start = System.nanoTime();
        Page refused = upload(office, bulk, tooMany.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("The list has 10,000 lines; at most 1,000 people");
        assertThat(invitations(community)).isZero();

        byte[] latin1 =
                ("name,email\nJos\u00e9," + Fixtures.uniqueEmail("jose") + "\n").getBytes(StandardCharsets.ISO_8859_1);
        Page encoding = upload(office, bulk, latin1);
        assertThat(encoding.status()).isEqualTo(400);
        assertThat(encoding.text()).contains("Line 2: This line is not UTF-8 text");
    }
}
