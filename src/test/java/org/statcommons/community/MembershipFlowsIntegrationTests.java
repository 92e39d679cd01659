package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.EmailAddress;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Membership as people live it, over HTTP: requests and decisions, invitations (also to newcomers),
 * nominations, leaving, removal, roles, focal points, the directory, topic groups and the audit log, with
 * the e-mails they send caught by an in-process SMTP server.
 */
@StatCommonsIntegrationTest
class MembershipFlowsIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    private static final Pattern INVITATION_LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{20,})");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient db;

    @Autowired
    TestClock clock;

    @Autowired
    SuspendMember suspendMember;

    Account secretariat;
    Visitor secretariatSession;

    @BeforeEach
    void setUp() {
        secretariat = fixtures.account("Sefo Secretariat", "WS", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        secretariatSession = fixtures.signedIn(secretariat);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private String community(String policy) {
        String slug = Fixtures.uniqueSlug("flows");
        Page created = secretariatSession.submitNoFollow(
                "/communities/new",
                Map.of("name", "Flows " + slug, "slug", slug, "purpose", "Testing membership", "joinPolicy", policy));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        return slug;
    }

    private MimeMessage mailTo(String address) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<MimeMessage> found = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipients(m).contains(address))
                    .toList();
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No e-mail to " + address);
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String invitationSecret(String address) throws Exception {
        Matcher matcher =
                INVITATION_LINK.matcher(GreenMailUtil.getBody(mailTo(address)).replace("=\r\n", ""));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private void join(Visitor session, String slug) {
        assertThat(session.submitNoFollow(
                                "/c/" + slug + "/join", Map.of("acceptConduct", "true", "conductVersion", "1"))
                        .status())
                .isEqualTo(302);
    }

    @Test
    void requestToJoinIsApprovedOrDeclinedWithAMessageByEmail() throws Exception {
        String slug = community("BY_REQUEST");
        Account asker = fixtures.account("Asker One");
        Account other = fixtures.account("Asker Two");
        Visitor askerSession = fixtures.signedIn(asker);
        Visitor otherSession = fixtures.signedIn(other);

        assertThat(askerSession.getNoFollow("/c/" + slug).body()).contains("Ask to join");
        assertThat(askerSession
                        .submitNoFollow("/c/" + slug + "/join", Map.of("acceptConduct", "true", "conductVersion", "1"))
                        .status())
                .isEqualTo(403);
        Page empty = askerSession.submitNoFollow(
                "/c/" + slug + "/request", Map.of("motivation", "  ", "acceptConduct", "true", "conductVersion", "1"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Motivation is required");
        assertThat(askerSession
                        .submitNoFollow(
                                "/c/" + slug + "/request",
                                Map.of(
                                        "motivation",
                                        "I link census and registers.",
                                        "acceptConduct",
                                        "true",
                                        "conductVersion",
                                        "1"))
                        .status())
                .isEqualTo(302);
        assertThat(askerSession.getNoFollow("/c/" + slug).body()).contains("You have asked to join");
        assertThat(askerSession
                        .submitNoFollow(
                                "/c/" + slug + "/request",
                                Map.of("motivation", "Again", "acceptConduct", "true", "conductVersion", "1"))
                        .status())
                .isEqualTo(409);
        otherSession.submitNoFollow(
                "/c/" + slug + "/request",
                Map.of("motivation", "Me too", "acceptConduct", "true", "conductVersion", "1"));

        Page requests = secretariatSession.getNoFollow("/c/" + slug + "/requests");
        assertThat(requests.body()).contains("I link census and registers.", "Asker One", "Asker Two");
        long askerRequest = db.sql("select id from community.membership_requests where account_id = ?")
                .param(asker.id())
                .query(Long.class)
                .single();
        long otherRequest = db.sql("select id from community.membership_requests where account_id = ?")
                .param(other.id())
                .query(Long.class)
                .single();
        assertThat(secretariatSession
                        .submitNoFollow(
                                "/c/" + slug + "/requests/" + askerRequest,
                                Map.of("decision", "approve", "note", "Welcome aboard"))
                        .status())
                .isEqualTo(302);
        assertThat(secretariatSession
                        .submitNoFollow(
                                "/c/" + slug + "/requests/" + otherRequest,
                                Map.of("decision", "decline", "note", "Please apply through your office"))
                        .status())
                .isEqualTo(302);
        // decided once: a second decision finds nothing
        assertThat(secretariatSession
                        .submitNoFollow("/c/" + slug + "/requests/" + askerRequest, Map.of("decision", "decline"))
                        .status())
                .isEqualTo(404);

        assertThat(GreenMailUtil.getBody(mailTo(asker.email()))).contains("approved", "Welcome aboard");
        assertThat(GreenMailUtil.getBody(mailTo(other.email())))
                .contains("declined", "Please apply through your office");
        assertThat(askerSession.getNoFollow("/c/" + slug + "/members").status()).isEqualTo(200);
        assertThat(otherSession.getNoFollow("/c/" + slug + "/members").status()).isEqualTo(403);
        assertThat(secretariatSession.getNoFollow("/c/" + slug + "/audit").body())
                .contains("Request to join approved", "Request to join declined", "Please apply through your office");
    }

    @Test
    void anInvitationCreatesTheAccountOfANewcomerAndWorksOnlyOnce() throws Exception {
        String slug = community("BY_INVITATION");
        String address = "newcomer." + System.nanoTime() + "@example.org";
        Page sent = secretariatSession.submitNoFollow(
                "/c/" + slug + "/invitations",
                Map.of(
                        "email",
                        address,
                        "role",
                        "GUEST",
                        "guestUntil",
                        LocalDate.now().plusDays(30).toString(),
                        "message",
                        "Please share your expertise"));
        assertThat(sent.status()).isEqualTo(302);
        String secret = invitationSecret(address);
        assertThat(db.sql("select count(*) from community.invitations where token_hash = sha256(convert_to(?, 'UTF8'))")
                        .param(secret)
                        .query(Integer.class)
                        .single())
                .as("only the hash is stored")
                .isEqualTo(1);
        assertThat(db.sql("select count(*) from community.invitations where encode(token_hash, 'escape') like ?")
                        .param("%" + secret + "%")
                        .query(Integer.class)
                        .single())
                .isZero();

        Visitor newcomer = fixtures.anonymous();
        Page page = newcomer.getNoFollow("/invitations/" + secret);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Create your account", address, "Guest", "Please share your expertise");

        Map<String, String> form = new HashMap<>(Map.of(
                "password",
                "short",
                "displayName",
                "Nayeli Newcomer",
                "organisation",
                "Statistics Office",
                "organisationKind",
                "NATIONAL_STATISTICAL_OFFICE",
                "country",
                "MX",
                "timeZone",
                "America/Mexico_City",
                "conductVersion",
                "1"));
        Page refused = newcomer.submitNoFollow("/invitations/" + secret + "/new-account", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(accounts.byEmail(new EmailAddress(address))).isEmpty();

        form.put("password", "a long and unusual passphrase");
        Page noConduct = newcomer.submitNoFollow("/invitations/" + secret + "/new-account", form);
        assertThat(noConduct.status()).isEqualTo(400);
        assertThat(noConduct.body()).contains("accept the code of conduct");
        assertThat(accounts.byEmail(new EmailAddress(address))).isEmpty();

        form.put("acceptConduct", "true");
        Page accepted = newcomer.submitNoFollow("/invitations/" + secret + "/new-account", form);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith("/c/" + slug);
        // signed in at once, and a guest of the community
        assertThat(newcomer.getNoFollow("/c/" + slug).body()).contains("You are a member (Guest, until");
        assertThat(newcomer.getNoFollow("/c/" + slug + "/members").body()).contains("Nayeli Newcomer");
        Account created = accounts.byEmail(new EmailAddress(address)).orElseThrow();
        assertThat(created.emailVerified()).isTrue();

        Page reused = fixtures.anonymous().getNoFollow("/invitations/" + secret);
        assertThat(reused.status()).isEqualTo(410);
        assertThat(reused.body()).contains("already been used");
        Page reusedPost = fixtures.anonymous().submitNoFollow("/invitations/" + secret + "/new-account", form);
        assertThat(reusedPost.status()).isEqualTo(410);
        assertThat(reusedPost.body()).contains("already been used");
        assertThat(fixtures.anonymous()
                        .getNoFollow("/invitations/not-a-real-secret-at-all-123")
                        .body())
                .contains("not valid");
    }

    @Test
    void anInvitationIsWrittenInTheLanguageChosenForItOrInTheInviteesOwn() throws Exception {
        String slug = community("BY_INVITATION");
        assertThat(secretariatSession.get("/c/" + slug + "/invitations").body())
                .contains("Language of the e-mail", "value=\"es\"", "Español", "value=\"ar\"", "العربية");
        String address = "nueva." + System.nanoTime() + "@example.org";
        Page sent = secretariatSession.submitNoFollow(
                "/c/" + slug + "/invitations", Map.of("email", address, "role", "MEMBER", "language", "es"));
        assertThat(sent.status()).isEqualTo(302);
        Mailbox.Mail mail = new Mailbox(smtp).await(address, "Invitación a");
        assertThat(mail.language()).isEqualTo("es");
        assertThat(mail.subject()).isEqualTo("Invitación a Flows " + slug);
        assertThat(mail.body())
                .contains(
                        "Sefo Secretariat le invita a unirse a la comunidad de práctica «Flows " + slug
                                + "» en StatCommons como Miembro.",
                        "Propósito: Testing membership",
                        "Para aceptar, abra este enlace en un plazo de 14 días",
                        "/invitations/")
                .doesNotContain("invites you", "Purpose");

        // someone with an account reads it in their profile's language, whatever the inviter chose
        Account rania = fixtures.account("Rania Reader");
        db.sql("update identity.accounts set interface_language = 'ar' where id = ?")
                .param(rania.id())
                .update();
        assertThat(secretariatSession
                        .submitNoFollow(
                                "/c/" + slug + "/invitations",
                                Map.of("email", rania.email(), "role", "MEMBER", "language", "es"))
                        .status())
                .isEqualTo(302);
        Mailbox.Mail theirs = new Mailbox(smtp).await(rania.email(), "دعوة إلى");
        assertThat(theirs.language()).isEqualTo("ar");
        assertThat(theirs.body()).contains("يدعوك Sefo Secretariat إلى الانضمام");

        // a language that is not offered is refused with the form, nothing sent
        String german = "neu." + System.nanoTime() + "@example.org";
        Page refused = secretariatSession.submitNoFollow(
                "/c/" + slug + "/invitations", Map.of("email", german, "role", "MEMBER", "language", "de"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(new Mailbox(smtp).settled(german, Duration.ofMillis(500), db))
                .isEmpty();
    }

    @Test
    void anExistingAccountAcceptsAfterSigningInButNotWithAnotherAddressOrAnExpiredLink() throws Exception {
        String slug = community("BY_INVITATION");
        Account invited = fixtures.account("Ina Invited");
        Account stranger = fixtures.account("Stan Stranger");
        secretariatSession.submitNoFollow(
                "/c/" + slug + "/invitations", Map.of("email", invited.email(), "role", "FACILITATOR"));
        String secret = invitationSecret(invited.email());

        assertThat(fixtures.anonymous().getNoFollow("/invitations/" + secret).body())
                .contains("already an account", "Sign in");
        Visitor strangerSession = fixtures.signedIn(stranger);
        assertThat(strangerSession.getNoFollow("/invitations/" + secret).body()).contains("sent to", "signed in as");
        Page wrongPerson = strangerSession.submitNoFollow(
                "/invitations/" + secret, Map.of("acceptConduct", "true", "conductVersion", "1"));
        assertThat(wrongPerson.status()).isEqualTo(409);
        assertThat(wrongPerson.body()).contains("another e-mail address");
        assertThat(strangerSession.getNoFollow("/c/" + slug + "/members").status())
                .isEqualTo(403);

        Visitor invitedSession = fixtures.signedIn(invited);
        assertThat(invitedSession
                        .submitNoFollow(
                                "/invitations/" + secret, Map.of("acceptConduct", "true", "conductVersion", "1"))
                        .status())
                .isEqualTo(302);
        assertThat(invitedSession.getNoFollow("/c/" + slug).body()).contains("You are a member (Facilitator");

        Account late = fixtures.account("Lara Late");
        secretariatSession.submitNoFollow(
                "/c/" + slug + "/invitations", Map.of("email", late.email(), "role", "MEMBER"));
        String lateSecret = invitationSecret(late.email());
        db.sql("update community.invitations set expires_at = now() - interval '1 minute' where email = ?")
                .param(late.email())
                .update();
        Page expired = fixtures.signedIn(late)
                .submitNoFollow("/invitations/" + lateSecret, Map.of("acceptConduct", "true", "conductVersion", "1"));
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("expired");
        assertThat(db.sql("select count(*) from community.memberships where account_id = ?")
                        .param(late.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aFacilitatorInvitesMembersButNotLeadersAndInvitationsCanBeWithdrawn() throws Exception {
        String slug = community("BY_INVITATION");
        Account facilitator = fixtures.account("Fia Facilitator");
        secretariatSession.submitNoFollow(
                "/c/" + slug + "/invitations", Map.of("email", facilitator.email(), "role", "FACILITATOR"));
        Visitor session = fixtures.signedIn(facilitator);
        session.submitNoFollow(
                "/invitations/" + invitationSecret(facilitator.email()),
                Map.of("acceptConduct", "true", "conductVersion", "1"));

        assertThat(session.submitNoFollow(
                                "/c/" + slug + "/invitations", Map.of("email", "boss@example.org", "role", "LEADER"))
                        .status())
                .isEqualTo(403);
        assertThat(session.submitNoFollow(
                                "/c/" + slug + "/invitations", Map.of("email", "not-an-address", "role", "MEMBER"))
                        .body())
                .contains("not a valid e-mail address");
        assertThat(session.submitNoFollow(
                                "/c/" + slug + "/invitations", Map.of("email", "guest@example.org", "role", "GUEST"))
                        .body())
                .contains("A guest needs a last day");
        assertThat(session.submitNoFollow(
                                "/c/" + slug + "/invitations", Map.of("email", "pal@example.org", "role", "MEMBER"))
                        .status())
                .isEqualTo(302);
        String secret = invitationSecret("pal@example.org");
        long id = db.sql("select id from community.invitations where email = 'pal@example.org' and revoked_at is null")
                .query(Long.class)
                .single();
        assertThat(session.submitNoFollow("/c/" + slug + "/invitations/" + id + "/revoke", Map.of())
                        .status())
                .isEqualTo(302);
        assertThat(fixtures.anonymous().getNoFollow("/invitations/" + secret).body())
                .contains("withdrawn");
    }

    @Test
    void aNominationApprovedByTheSecretariatSendsAnInvitation() throws Exception {
        String slug = community("OPEN");
        Account member = fixtures.account("Nomi Nator");
        Visitor session = fixtures.signedIn(member);
        join(session, slug);
        Page bad = session.submitNoFollow("/c/" + slug + "/nominate", Map.of("name", "", "email", "x", "reason", ""));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Name is required", "not a valid e-mail address", "Reason is required");
        String colleague = "colleague." + System.nanoTime() + "@example.org";
        assertThat(session.submitNoFollow(
                                "/c/" + slug + "/nominate",
                                Map.of(
                                        "name",
                                        "Cole League",
                                        "email",
                                        colleague,
                                        "reason",
                                        "Leads record linkage at the NSO"))
                        .status())
                .isEqualTo(302);
        assertThat(secretariatSession.getNoFollow("/c/" + slug + "/requests").body())
                .contains("Cole League", "Nomi Nator");
        long id = db.sql("select id from community.nominations where email = ?")
                .param(colleague)
                .query(Long.class)
                .single();
        assertThat(secretariatSession
                        .submitNoFollow("/c/" + slug + "/nominations/" + id, Map.of("decision", "approve"))
                        .status())
                .isEqualTo(302);
        String body = GreenMailUtil.getBody(mailTo(colleague));
        assertThat(body).contains("Nomi Nator nominated you", "/invitations/");
        assertThat(secretariatSession.getNoFollow("/c/" + slug + "/audit").body())
                .contains("Nominated", "Nomination approved", "Invited");
    }

    @Test
    void removalTakesEffectAtOnceForOpenSessionsAndTokensAndTellsThePerson() throws Exception {
        String slug = community("OPEN");
        Account member = fixtures.account("Rem Oved");
        Visitor session = fixtures.signedIn(member);
        join(session, slug);
        Visitor api = fixtures.bearer(fixtures.token(member));
        assertThat(api.api("GET", "/api/v1/communities/" + slug + "/memberships", null)
                        .status())
                .isEqualTo(200);
        assertThat(session.getNoFollow("/c/" + slug + "/members").status()).isEqualTo(200);

        Page noReason = secretariatSession.submitNoFollow(
                "/c/" + slug + "/members/" + member.id() + "/remove", Map.of("reason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Reason is required");
        assertThat(secretariatSession
                        .submitNoFollow(
                                "/c/" + slug + "/members/" + member.id() + "/remove",
                                Map.of("reason", "Repeated advertising, against rule 7"))
                        .status())
                .isEqualTo(302);

        assertThat(session.getNoFollow("/c/" + slug + "/members").status()).isEqualTo(403);
        assertThat(api.api("GET", "/api/v1/communities/" + slug + "/memberships", null)
                        .status())
                .isEqualTo(403);
        assertThat(GreenMailUtil.getBody(mailTo(member.email()))).contains("Repeated advertising, against rule 7");
        assertThat(secretariatSession.getNoFollow("/c/" + slug + "/audit").body())
                .contains("Removed", "Repeated advertising");
    }

    @Test
    void theLastSecretariatCannotLeaveButOthersCanAndRolesChange() {
        String slug = community("OPEN");
        Page leave = secretariatSession.submitNoFollow("/c/" + slug + "/leave", Map.of("confirmed", "true"));
        assertThat(leave.status()).isEqualTo(409);
        assertThat(leave.body()).contains("last secretariat member");
        Page demote = secretariatSession.submitNoFollow(
                "/c/" + slug + "/members/" + secretariat.id() + "/role", Map.of("role", "MEMBER"));
        assertThat(demote.status()).isEqualTo(409);

        Account member = fixtures.account("Role Changer");
        Visitor session = fixtures.signedIn(member);
        join(session, slug);
        String memberPage = "/c/" + slug + "/members/" + member.id();
        assertThat(secretariatSession
                        .submitNoFollow(memberPage + "/role", Map.of("role", "GUEST"))
                        .body())
                .contains("A guest needs a last day");
        assertThat(secretariatSession
                        .submitNoFollow(memberPage + "/role", Map.of("role", "GUEST", "guestUntil", "2001-01-01"))
                        .body())
                .contains("today or later");
        assertThat(secretariatSession
                        .submitNoFollow(memberPage + "/role", Map.of("role", "EMPEROR"))
                        .body())
                .contains("Choose a role");
        assertThat(secretariatSession
                        .submitNoFollow(memberPage + "/role", Map.of("role", "SECRETARIAT", "reason", "Co-chair"))
                        .status())
                .isEqualTo(302);
        // leaving asks first: the members tab links to a confirmation, a post without it only shows that page
        assertThat(secretariatSession.getNoFollow("/c/" + slug).body()).doesNotContain("Leave this community");
        assertThat(secretariatSession.getNoFollow("/c/" + slug + "/members").body())
                .contains("Leave this community…", "/c/" + slug + "/leave");
        assertThat(secretariatSession.getNoFollow("/c/" + slug + "/leave").body())
                .contains("If you leave:", "name=\"confirmed\"");
        Page unconfirmed = secretariatSession.submitNoFollow("/c/" + slug + "/leave", Map.of());
        assertThat(unconfirmed.status()).isEqualTo(302);
        assertThat(unconfirmed.headers().firstValue("Location").orElseThrow()).endsWith("/c/" + slug + "/leave");
        assertThat(session.getNoFollow("/c/" + slug + "/members").body())
                .as("still a member")
                .contains(secretariat.displayName());
        assertThat(secretariatSession
                        .submitNoFollow("/c/" + slug + "/leave", Map.of("confirmed", "true"))
                        .status())
                .isEqualTo(302);
        assertThat(session.getNoFollow("/c/" + slug + "/audit").body())
                .contains("Role changed", "Member → Secretariat", "Co-chair", "Left");
    }

    @Test
    void focalPointsAreOnePerCountryFromItsStatisticalOffice() {
        String slug = community("OPEN");
        Account fiji1 = fixtures.account("Fiji One", "FJ", "NATIONAL_STATISTICAL_OFFICE", PlatformRole.NONE);
        Account fiji2 = fixtures.account("Fiji Two", "FJ", "NATIONAL_STATISTICAL_OFFICE", PlatformRole.NONE);
        Account ministry = fixtures.account("Min Istry", "TO", "GOVERNMENT", PlatformRole.NONE);
        for (Account a : List.of(fiji1, fiji2, ministry)) {
            join(fixtures.signedIn(a), slug);
        }
        String base = "/c/" + slug + "/members/";
        assertThat(secretariatSession
                        .submitNoFollow(base + fiji1.id() + "/focal-point", Map.of("appoint", "true"))
                        .status())
                .isEqualTo(302);
        Page second = secretariatSession.submitNoFollow(base + fiji2.id() + "/focal-point", Map.of("appoint", "true"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("Fiji already has a focal point");
        Page notNso =
                secretariatSession.submitNoFollow(base + ministry.id() + "/focal-point", Map.of("appoint", "true"));
        assertThat(notNso.status()).isEqualTo(400);
        assertThat(notNso.body()).contains("national statistical office");
        assertThat(fixtures.anonymous().getNoFollow("/c/" + slug).body())
                .contains("<strong>Fiji</strong>: <bdi>Fiji One</bdi>");
    }

    @Test
    void theDirectoryFiltersAndCountsByCountryKindAndRole() {
        String slug = community("OPEN");
        join(
                fixtures.signedIn(fixtures.account("Dir Fiji", "FJ", "NATIONAL_STATISTICAL_OFFICE", PlatformRole.NONE)),
                slug);
        join(fixtures.signedIn(fixtures.account("Dir Tonga", "TO", "ACADEMIA", PlatformRole.NONE)), slug);
        join(
                fixtures.signedIn(
                        fixtures.account("Dir Tonga Two", "TO", "NATIONAL_STATISTICAL_OFFICE", PlatformRole.NONE)),
                slug);

        String all = secretariatSession.getNoFollow("/c/" + slug + "/members").body();
        assertThat(all)
                .contains("4 of 4 members", "Tonga (2)", "Fiji (1)", "Samoa (1)", "Member (3)", "Secretariat (1)");
        String tonga = secretariatSession
                .getNoFollow("/c/" + slug + "/members?country=TO")
                .body();
        assertThat(tonga)
                .contains("2 of 4 members", "Dir Tonga", "Academia / research (1)", "National statistical office (1)")
                .doesNotContain("Dir Fiji");
        String tongaNso = secretariatSession
                .getNoFollow("/c/" + slug + "/members?country=TO&kind=NATIONAL_STATISTICAL_OFFICE")
                .body();
        assertThat(tongaNso)
                .contains("1 of 4 members", "Dir Tonga Two</a>")
                .doesNotContain("Dir Tonga</a>", "Dir Fiji</a>");
        assertThat(secretariatSession
                        .getNoFollow("/c/" + slug + "/members?role=NOBODY&country=%3Cscript%3E")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void topicGroupsHaveTheirOwnMembers() {
        String slug = community("OPEN");
        Account member = fixtures.account("Topic Member");
        Visitor session = fixtures.signedIn(member);
        join(session, slug);
        assertThat(session.submitNoFollow("/c/" + slug + "/topics", Map.of("topic", "linkage", "name", "Linkage"))
                        .status())
                .isEqualTo(403);
        assertThat(secretariatSession
                        .submitNoFollow("/c/" + slug + "/topics", Map.of("topic", "Bad Slug", "name", "Linkage"))
                        .body())
                .contains("only lower-case letters");
        assertThat(secretariatSession
                        .submitNoFollow(
                                "/c/" + slug + "/topics",
                                Map.of(
                                        "topic",
                                        "record-linkage",
                                        "name",
                                        "Record linkage",
                                        "description",
                                        "Linking **registers**"))
                        .status())
                .isEqualTo(302);
        assertThat(session.submitNoFollow("/c/" + slug + "/topics/record-linkage/membership", Map.of("join", "true"))
                        .status())
                .isEqualTo(302);
        assertThat(session.getNoFollow("/c/" + slug + "/topics/record-linkage").body())
                .contains("1 member", "Topic Member", "<strong>registers</strong>", "Leave this group");
        assertThat(secretariatSession
                        .submitNoFollow(
                                "/c/" + slug + "/topics/record-linkage/members",
                                Map.of("accountId", String.valueOf(secretariat.id()), "add", "true"))
                        .status())
                .isEqualTo(302);
        assertThat(secretariatSession
                        .submitNoFollow(
                                "/c/" + slug + "/topics/record-linkage/members",
                                Map.of("accountId", String.valueOf(member.id()), "add", "false"))
                        .status())
                .isEqualTo(302);
        assertThat(session.getNoFollow("/c/" + slug + "/topics/record-linkage").body())
                .contains("1 member", "Join this group");
        assertThat(session.getNoFollow("/c/" + slug + "/topics").body()).contains("Record linkage");
        // the add form types a member's name: an unknown one is refused at the field, a known one added
        assertThat(secretariatSession
                        .submitNoFollow(
                                "/c/" + slug + "/topics/record-linkage/members",
                                Map.of("person", "Nobody Here", "add", "true"))
                        .status())
                .isEqualTo(400);
        assertThat(secretariatSession
                        .submitNoFollow(
                                "/c/" + slug + "/topics/record-linkage/members",
                                Map.of("person", member.displayName(), "add", "true"))
                        .status())
                .isEqualTo(302);
        assertThat(session.getNoFollow("/c/" + slug + "/topics/record-linkage").body())
                .contains("2 members", "Leave this group");
        assertThat(secretariatSession
                        .getNoFollow("/c/" + slug + "/topics/record-linkage")
                        .body())
                .contains("<datalist id=\"person-names\">");
        secretariatSession.submitNoFollow(
                "/c/" + slug + "/topics/record-linkage/members",
                Map.of("accountId", String.valueOf(member.id()), "add", "false"));
        // the sections discussions and meetings add to a group's page speak the reader's language
        assertThat(session.getNoFollow("/c/" + slug + "/topics/record-linkage").body())
                .contains("No discussions in this group yet.", "All discussions of this group", "All meetings");
        assertThat(session.getNoFollow("/c/" + slug + "/topics/record-linkage?lang=fr")
                        .body())
                .contains(
                        "Aucune discussion dans ce groupe pour l’instant.",
                        "Toutes les discussions de ce groupe",
                        "Aucune réunion pour ce groupe pour l’instant.",
                        "Toutes les réunions")
                .doesNotContain("No discussions", "All meetings");
        assertThat(session.getNoFollow("/c/" + slug + "/topics/record-linkage?lang=ar")
                        .body())
                .contains("<h2 id=\"listed-0\">النقاشات</h2>", "جميع الاجتماعات");
    }

    @Test
    void anInvitationExpiresFourteenDaysAfterItWasSentByTheApplicationsClock() throws Exception {
        String slug = community("BY_INVITATION");
        Account invited = fixtures.account("Ed Expiring");
        secretariatSession.submitNoFollow(
                "/c/" + slug + "/invitations", Map.of("email", invited.email(), "role", "MEMBER"));
        String secret = invitationSecret(invited.email());
        Visitor session = fixtures.signedIn(invited);
        Visitor admin = fixtures.bearer(fixtures.token(secretariat));

        clock.advance(Duration.ofDays(13));
        assertThat(session.getNoFollow("/invitations/" + secret).status()).isEqualTo(200);
        assertThat(admin.api("GET", "/api/v1/communities/" + slug + "/invitations", null)
                        .body())
                .contains("\"state\":\"pending\"");

        clock.advance(Duration.ofDays(2));
        assertThat(admin.api("GET", "/api/v1/communities/" + slug + "/invitations", null)
                        .body())
                .contains("\"state\":\"expired\"");
        Page expired = session.submitNoFollow(
                "/invitations/" + secret, Map.of("acceptConduct", "true", "conductVersion", "1"));
        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.body()).contains("This invitation has expired");
        assertThat(db.sql("select count(*) from community.memberships where account_id = ?")
                        .param(invited.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aGuestsRoleEndsAfterTheirLastDayAndASuspensionAfterItsDaysByTheApplicationsClock() {
        String slug = community("OPEN");
        Account guest = fixtures.account("Gus Guest");
        Account suspended = fixtures.account("Sue Suspended");
        Visitor guestSession = fixtures.signedIn(guest);
        Visitor suspendedSession = fixtures.signedIn(suspended);
        join(guestSession, slug);
        join(suspendedSession, slug);
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        assertThat(secretariatSession
                        .submitNoFollow(
                                "/c/" + slug + "/members/" + guest.id() + "/role",
                                Map.of("role", "GUEST", "guestUntil", tomorrow))
                        .status())
                .isEqualTo(302);
        long communityId = db.sql("select id from community.communities where slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
        suspendMember.suspend(secretariat.actor(), communityId, suspended.id(), 1, "Cooling off");
        assertThat(guestSession.getNoFollow("/c/" + slug + "/members").status()).isEqualTo(200);
        assertThat(suspendedSession.getNoFollow("/c/" + slug).body())
                .contains("A moderator has suspended you", "Cooling off");
        assertThat(suspendedSession.getNoFollow("/c/" + slug + "/nominate").status())
                .isEqualTo(403);

        clock.advance(Duration.ofDays(2));
        assertThat(guestSession.getNoFollow("/c/" + slug + "/members").status()).isEqualTo(403);
        assertThat(secretariatSession.getNoFollow("/c/" + slug + "/members").body())
                .doesNotContain("Gus Guest");
        assertThat(fixtures.anonymous().getNoFollow("/c/" + slug).body()).contains("2 members");
        assertThat(suspendedSession.getNoFollow("/c/" + slug).body()).doesNotContain("A moderator has suspended you");
        assertThat(suspendedSession.getNoFollow("/c/" + slug + "/nominate").status())
                .isEqualTo(200);
    }

    @Test
    void refusedFormsComeBackWithEverythingThatWasTyped() {
        String slug = community("OPEN");
        Account member = fixtures.account("Tia Typed");
        Visitor memberSession = fixtures.signedIn(member);
        join(memberSession, slug);

        Page invitation = secretariatSession.submitNoFollow(
                "/c/" + slug + "/invitations",
                Map.of(
                        "email",
                        "kept@example.org",
                        "role",
                        "GUEST",
                        "guestUntil",
                        "2001-01-01",
                        "message",
                        "Kept message"));
        assertThat(invitation.status()).isEqualTo(400);
        assertThat(invitation.body())
                .contains(
                        "today or later",
                        "value=\"kept@example.org\"",
                        "value=\"GUEST\" selected=\"selected\"",
                        "value=\"2001-01-01\"",
                        ">Kept message</textarea>");

        Page role = secretariatSession.submitNoFollow(
                "/c/" + slug + "/members/" + member.id() + "/role",
                Map.of("role", "GUEST", "guestUntil", "", "reason", "Kept reason"));
        assertThat(role.status()).isEqualTo(400);
        assertThat(role.body())
                .contains("A guest needs a last day", "value=\"GUEST\" selected=\"selected\"", "value=\"Kept reason\"");
        Page removal = secretariatSession.submitNoFollow(
                "/c/" + slug + "/members/" + member.id() + "/remove", Map.of("reason", "r".repeat(2001)));
        assertThat(removal.status()).isEqualTo(400);
        assertThat(removal.body()).contains("Reason is too long", ">" + "r".repeat(2001) + "</textarea>");

        Page group = secretariatSession.submitNoFollow(
                "/c/" + slug + "/topics",
                Map.of("topic", "Bad Slug", "name", "Kept name", "description", "Kept description"));
        assertThat(group.status()).isEqualTo(400);
        assertThat(group.body())
                .contains(
                        "only lower-case letters",
                        "value=\"Bad Slug\"",
                        "value=\"Kept name\"",
                        ">Kept description</textarea>");
        secretariatSession.submitNoFollow("/c/" + slug + "/topics", Map.of("topic", "kept", "name", "Kept group"));
        Page renamed = secretariatSession.submitNoFollow(
                "/c/" + slug + "/topics/kept/edit", Map.of("name", "", "description", "Kept edit"));
        assertThat(renamed.status()).isEqualTo(400);
        assertThat(renamed.body()).contains("Name is required", ">Kept edit</textarea>");

        memberSession.submitNoFollow(
                "/c/" + slug + "/nominate",
                Map.of(
                        "name",
                        "Nia Nominee",
                        "email",
                        "nia." + System.nanoTime() + "@example.org",
                        "reason",
                        "Knows sampling"));
        long nomination = db.sql(
                        "select n.id from community.nominations n join community.communities c on c.id = n.community_id"
                                + " where c.slug = ?")
                .param(slug)
                .query(Long.class)
                .single();
        String note = "n".repeat(2001);
        Page decision = secretariatSession.submitNoFollow(
                "/c/" + slug + "/nominations/" + nomination,
                Map.of("decision", "approve", "note", note, "card", "nomination-" + nomination));
        assertThat(decision.status()).isEqualTo(400);
        assertThat(decision.body()).contains("Message is too long", ">" + note + "</textarea>");
        assertThat(secretariatSession
                        .submitNoFollow("/c/" + slug + "/nominations/" + nomination, Map.of("decision", "maybe"))
                        .body())
                .contains("Choose to approve or decline.");
    }

    @Test
    void theApiCoversCommunitiesMembershipsAndInvitations() throws Exception {
        Visitor admin = fixtures.bearer(fixtures.token(secretariat));
        String slug = Fixtures.uniqueSlug("api");
        Page created = admin.api(
                "POST",
                "/api/v1/communities",
                "{\"name\":\"API community\",\"slug\":\"" + slug
                        + "\",\"purpose\":\"Via JSON\",\"joinPolicy\":\"BY_REQUEST\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"slug\":\"" + slug + "\"", "\"codeOfConductVersion\":1");
        Page taken = admin.api(
                "POST",
                "/api/v1/communities",
                "{\"name\":\"Again\",\"slug\":\"" + slug + "\",\"purpose\":\"x\",\"joinPolicy\":\"OPEN\"}");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        assertThat(taken.body()).contains("is taken", "\"field\":\"slug\"");
        assertThat(admin.api(
                                "POST",
                                "/api/v1/communities",
                                "{\"name\":\"" + "x".repeat(121)
                                        + "\",\"slug\":\"admin\",\"purpose\":\"x\",\"joinPolicy\":\"OPEN\"}")
                        .body())
                .contains("Name is too long", "reserved");
        assertThat(fixtures.anonymousApi()
                        .api("GET", "/api/v1/communities", null)
                        .body())
                .contains(slug);
        assertThat(fixtures.anonymousApi()
                        .api("GET", "/api/v1/communities/" + slug, null)
                        .status())
                .isEqualTo(200);
        assertThat(fixtures.anonymousApi()
                        .api("GET", "/api/v1/communities/no-such-community", null)
                        .status())
                .isEqualTo(404);

        Account asker = fixtures.account("Api Asker");
        Visitor askerApi = fixtures.bearer(fixtures.token(asker));
        assertThat(askerApi.api(
                                "POST",
                                "/api/v1/communities/" + slug + "/memberships",
                                "{\"acceptCodeOfConduct\":true,\"codeOfConductVersion\":1}")
                        .status())
                .isEqualTo(403);
        Page asked = askerApi.api(
                "POST",
                "/api/v1/communities/" + slug + "/membership-requests",
                "{\"motivation\":\"Please\",\"acceptCodeOfConduct\":true,\"codeOfConductVersion\":1}");
        assertThat(asked.status()).isEqualTo(201);
        long requestId = db.sql("select id from community.membership_requests where account_id = ?")
                .param(asker.id())
                .query(Long.class)
                .single();
        assertThat(admin.api("GET", "/api/v1/communities/" + slug + "/membership-requests", null)
                        .body())
                .contains("Please");
        assertThat(admin.api(
                                "POST",
                                "/api/v1/communities/" + slug + "/membership-requests/" + requestId + "/decision",
                                "{\"decision\":\"approve\",\"message\":\"Welcome\"}")
                        .status())
                .isEqualTo(204);
        assertThat(askerApi.api("GET", "/api/v1/communities/" + slug + "/memberships", null)
                        .body())
                .contains("Api Asker", "\"role\":\"MEMBER\"");

        Page promoted = admin.api(
                "PATCH",
                "/api/v1/communities/" + slug + "/memberships/" + asker.id(),
                "{\"role\":\"MODERATOR\",\"reason\":\"Active\"}");
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.body()).contains("\"role\":\"MODERATOR\"");

        Account invitee = fixtures.account("Api Invitee");
        Page invited = admin.api(
                "POST",
                "/api/v1/communities/" + slug + "/invitations",
                "{\"email\":\"" + invitee.email() + "\",\"role\":\"LEADER\"}");
        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.body()).doesNotContain("token").contains("\"state\":\"pending\"");
        assertThat(admin.api("GET", "/api/v1/communities/" + slug + "/invitations", null)
                        .body())
                .contains(invitee.email());
        String secret = invitationSecret(invitee.email());
        Visitor inviteeApi = fixtures.bearer(fixtures.token(invitee));
        assertThat(askerApi.api(
                                "POST",
                                "/api/v1/invitations/accept",
                                "{\"token\":\"" + secret
                                        + "\",\"acceptCodeOfConduct\":true,\"codeOfConductVersion\":1}")
                        .status())
                .as("another address")
                .isEqualTo(409);
        Page accepted = inviteeApi.api(
                "POST",
                "/api/v1/invitations/accept",
                "{\"token\":\"" + secret + "\",\"acceptCodeOfConduct\":true,\"codeOfConductVersion\":1}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"role\":\"LEADER\"");
        assertThat(inviteeApi
                        .api(
                                "POST",
                                "/api/v1/invitations/accept",
                                "{\"token\":\"" + secret
                                        + "\",\"acceptCodeOfConduct\":true,\"codeOfConductVersion\":1}")
                        .body())
                .contains("already been used");

        assertThat(inviteeApi
                        .api("DELETE", "/api/v1/communities/" + slug + "/memberships/me", null)
                        .status())
                .isEqualTo(204);
        Page lastOne = admin.api("DELETE", "/api/v1/communities/" + slug + "/memberships/me", null);
        assertThat(lastOne.status()).isEqualTo(409);
        assertThat(lastOne.body()).contains("last secretariat member");
        assertThat(admin.api(
                                "DELETE",
                                "/api/v1/communities/" + slug + "/memberships/" + asker.id(),
                                "{\"reason\":\"Testing removal\"}")
                        .status())
                .isEqualTo(204);
        assertThat(askerApi.api("GET", "/api/v1/communities/" + slug + "/memberships", null)
                        .status())
                .isEqualTo(403);
    }
}
