package org.statcommons.drives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A membership drive walked as a secretariat running a recruitment campaign would: the drive started, strangers
 * applying without an account, applications approved (a community invitation) and declined (a polite e-mail in the
 * applicant's language) one by one and in bulk, and the refusals that leave everything as it was.
 */
@StatCommonsIntegrationTest
class DriveIntegrationTests {

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

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A drive started through the form by the community's secretariat; its id. */
    private long startDrive(Visitor office, Community community, String title, LocalDate from, LocalDate to) {
        String drives = "/c/" + community.slug() + "/drives";
        Page started = office.submitNoFollow(
                drives,
                drives,
                fields(
                        "title",
                        title,
                        "description",
                        "We are looking for citizen-data practitioners.",
                        "startsOn",
                        from.toString(),
                        "endsOn",
                        to.toString()));
        assertThat(started.status()).isEqualTo(302);
        String manage = started.location();
        assertThat(manage).matches(".*/drives/\\d+/manage");
        return Long.parseLong(manage.replaceAll(".*/drives/(\\d+)/manage", "$1"));
    }

    private static Map<String, Object> application(String name, String email, String kind, String country) {
        return fields(
                "name",
                name,
                "email",
                email,
                "organisation",
                "Bureau of " + name,
                "organisationKind",
                kind,
                "country",
                country,
                "motivation",
                "We collect citizen data on water quality and want to learn from others.");
    }

    private long applicationId(long driveId, String email) {
        return db.sql("select id from drives.applications where drive_id = ? and email = ?")
                .params(driveId, email)
                .query(Long.class)
                .single();
    }

    private String status(long applicationId) {
        return db.sql("select status from drives.applications where id = ?")
                .param(applicationId)
                .query(String.class)
                .single();
    }

    @Test
    void strangersApplyAndTheSecretariatApprovesOneAndDeclinesTheOthersInBulk() {
        Account secretariat = fixtures.account("Dina Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Citizen data", JoinPolicy.BY_INVITATION, secretariat);
        Visitor office = fixtures.signedIn(secretariat);
        long drive = startDrive(office, community, "Spring recruitment", today(), today().plusDays(30));
        String page = "/c/" + community.slug() + "/drives/" + drive;
        assertThat(office.get("/c/" + community.slug() + "/drives").text()).contains("Spring recruitment");

        Visitor stranger = fixtures.anonymous();
        Page publicPage = stranger.get(page);
        assertThat(publicPage.status()).isEqualTo(200);
        assertThat(publicPage.text()).contains("Spring recruitment", "citizen-data practitioners", "Apply to join");
        assertThat(publicPage.body().length()).isLessThan(30 * 1024);
        String ana = Fixtures.uniqueEmail("ana");
        String bo = Fixtures.uniqueEmail("bo");
        String chloe = Fixtures.uniqueEmail("chloe");
        Page applied = stranger.submit(
                page, page + "/applications", application("Ana Ruiz", ana, "NATIONAL_STATISTICAL_OFFICE", "MX"));
        assertThat(applied.text()).contains("your application has been received");
        fixtures.anonymous().submit(page, page + "/applications", application("Bo Li", bo, "ACADEMIA", "CN"));
        Map<String, Object> french = application("Chloé Martin", chloe, "CIVIL_SOCIETY", "FR");
        french.put("lang", "fr");
        fixtures.anonymous().submit(page, page + "/applications", french);
        assertThat(db.sql("select language from drives.applications where email = ?")
                        .param(chloe)
                        .query(String.class)
                        .single())
                .as("the form was used in French")
                .isEqualTo("fr");
        // the same address again: the same answer, and its first application stands
        assertThat(fixtures.anonymous()
                        .submit(page, page + "/applications", application("Ana again", ana, "DONOR", "MX"))
                        .text())
                .contains("your application has been received");

        String manage = page + "/manage";
        Page list = office.get(manage);
        assertThat(list.text()).contains("Ana Ruiz", "Bo Li", "Chloé Martin", "National statistical office");
        assertThat(list.text()).doesNotContain("Ana again");
        assertThat(list.body().length()).isLessThan(30 * 1024);

        long anaId = applicationId(drive, ana);
        Page approved = office.submit(manage, page + "/decisions", fields("decide", "APPROVE-" + anaId));
        assertThat(approved.text()).contains("One application approved");
        Mailbox.Mail invitation = mailbox.await(ana, "Invitation to Citizen data");
        assertThat(invitation.body()).contains("Ana Ruiz");
        assertThat(status(anaId)).isEqualTo("APPROVED");

        long boId = applicationId(drive, bo);
        long chloeId = applicationId(drive, chloe);
        Page declined = office.submit(
                manage,
                page + "/decisions",
                fields("decide", "DECLINE", "application", List.of(String.valueOf(boId), String.valueOf(chloeId))));
        assertThat(declined.text()).contains("2 applications declined");
        assertThat(mailbox.await(bo, "Your application to Citizen data").body())
                .contains("Dear Bo Li", "not able to invite you");
        Mailbox.Mail inFrench = mailbox.await(chloe, "Votre candidature à Citizen data");
        assertThat(inFrench.body()).contains("Bonjour Chloé Martin", "Spring recruitment");
        assertThat(inFrench.language()).isEqualTo("fr");

        // deciding again is refused, naming the application, and changes nothing (Bo stays declined, no invitation)
        Page again = office.submit(
                manage, page + "/decisions", fields("decide", "APPROVE", "application", List.of(String.valueOf(boId))));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("The application of Bo Li", bo, "has already been decided");
        assertThat(status(boId)).isEqualTo("DECLINED");

        // the figures, on the screen and through the API
        Page figures = office.get(manage);
        assertThat(figures.text()).contains("Applied 3", "Approved and invited 1", "Declined 2", "Academia / research");
        Visitor script = fixtures.bearer(fixtures.token(secretariat));
        String api = "/api/v1/communities/" + community.slug() + "/drives";
        assertThat(script.api("GET", api, null).body()).contains("\"title\":\"Spring recruitment\"");
        Page shown = script.api("GET", api + "/" + drive, null);
        assertThat(shown.body())
                .contains(
                        "\"applied\":3",
                        "\"approved\":1",
                        "\"declined\":2",
                        "{\"key\":\"MX\",\"applied\":1,\"approved\":1}");
        assertThat(script.api("GET", api + "/" + drive + "/applications", null).body())
                .contains("\"email\":\"" + ana + "\"", "\"status\":\"APPROVED\"");
        Page twice = script.api(
                "POST",
                api + "/" + drive + "/decisions",
                "{\"applications\":[" + anaId + "],\"decision\":\"DECLINE\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(status(anaId)).isEqualTo("APPROVED");
    }

    @Test
    void badInputIsRefusedWithAMessageThatNamesThePlaceAndNothingIsSaved() {
        Account secretariat = fixtures.account("Eli Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Drive refusals", JoinPolicy.BY_INVITATION, secretariat);
        Visitor office = fixtures.signedIn(secretariat);
        String drives = "/c/" + community.slug() + "/drives";
        Page backwards = office.submit(
                drives,
                drives,
                fields("title", "Backwards", "startsOn", "2027-03-31", "endsOn", "2027-03-01", "description", ""));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text()).contains("The last day cannot come before the first day (2027-03-31).");
        assertThat(db.sql("select count(*) from drives.drives where community_id = ?")
                        .param(community.id())
                        .query(Integer.class)
                        .single())
                .isZero();

        long later = startDrive(office, community, "Autumn drive", today().plusDays(10), today().plusDays(20));
        String page = drives + "/" + later;
        Visitor stranger = fixtures.anonymous();
        assertThat(stranger.get(page).text()).contains("This drive takes no applications now.");
        String early = Fixtures.uniqueEmail("early");
        Page closed = stranger.submit(page + "/applications", application("Early Bird", early, "ACADEMIA", "FJ"));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.text()).contains("This drive takes applications and registrations from");

        clock.advance(java.time.Duration.ofDays(11));
        Map<String, Object> wrong = application("", "not-an-address", "KING", "XX");
        Page refused = stranger.submit(page, page + "/applications", wrong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text())
                .contains("Choose a kind of organisation from the list.", "Choose a country from the list.");
        assertThat(db.sql("select count(*) from drives.applications where drive_id = ?")
                        .param(later)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    /** Uploads a CSV file to the drive's invitations, with or without sending; redirects are not followed. */
    private static Page upload(Visitor office, String page, String csv, boolean send) {
        Map<String, Object> form = fields("_csrf", office.get(page + "/manage").csrf(), "language", "en");
        if (send) {
            form.put("send", "true");
        }
        return office.multipart(
                page + "/invitations",
                form,
                "people.csv".getBytes(StandardCharsets.UTF_8),
                "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    private int invitationCount(long driveId) {
        return db.sql("select count(*) from drives.invitations where drive_id = ?")
                .param(driveId)
                .query(Integer.class)
                .single();
    }

    @Test
    void theSecretariatInvitesFromACsvFileOnlyOnceItIsCleanAndThePersonalLinkIsCounted() {
        Account secretariat = fixtures.account("Fai Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Invited drive", JoinPolicy.BY_INVITATION, secretariat);
        Account member = fixtures.member(community, "Already Member", org.statcommons.access.CommunityRole.MEMBER);
        Visitor office = fixtures.signedIn(secretariat);
        long drive = startDrive(office, community, "Pacific outreach", today(), today().plusDays(14));
        String page = "/c/" + community.slug() + "/drives/" + drive;
        String ana = Fixtures.uniqueEmail("ana");
        String bo = Fixtures.uniqueEmail("bo");

        Page wrongHeader = upload(office, page, "mail,name,organisation\n" + ana + ",Ana,INE\n", true);
        assertThat(wrongHeader.status()).isEqualTo(400);
        assertThat(wrongHeader.text()).contains("Line 1: the first line must name the columns e-mail, name");

        String bad = "e-mail,name,organisation\n"
                + ana + ",Ana Ruiz,INE Mexico\n"
                + bo + ",Bo Li,NBS\n"
                + "not-an-address,Cy,NSO\n";
        Page refused = upload(office, page, bad, true);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text())
                .contains(
                        "The file has a problem: nothing was sent.",
                        "Line 4: \"not-an-address\" is not an e-mail address.");
        assertThat(invitationCount(drive)).isZero();

        String clean = "e-mail,name,organisation\n"
                + ana + ",Ana Ruiz,INE Mexico\n"
                + bo + ",Bo Li,NBS\n"
                + member.email() + ",Already Member,NSO\n"
                + ana.toUpperCase() + ",Ana twice,INE\n";
        Page checked = upload(office, page, clean, false);
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.text())
                .contains(
                        "The file is clean: 2 people would be invited.",
                        "Line 4: " + member.email() + " is already a member of the community; not invited.",
                        "Line 5: " + ana + " is already on line 2; invited once.");
        assertThat(invitationCount(drive)).as("checking sends nothing").isZero();

        Page sent = upload(office, page, clean, true);
        assertThat(sent.status()).isEqualTo(302);
        assertThat(office.get(sent.location()).text()).contains("2 invitations to apply have been sent.");
        assertThat(invitationCount(drive)).isEqualTo(2);
        Mailbox.Mail invitation = mailbox.await(ana, "Apply to join Invited drive");
        assertThat(invitation.body()).contains("Dear Ana Ruiz", "Pacific outreach", "This link is yours");

        // sent again: both were invited before, nobody is invited twice
        Page again = upload(office, page, clean, true);
        assertThat(again.text()).contains("Line 2: " + ana + " was invited to this drive before; not invited again.");
        assertThat(invitationCount(drive)).isEqualTo(2);

        String link = invitation.link(page);
        Visitor ana2 = fixtures.anonymous();
        Page opened = ana2.get(link);
        assertThat(opened.body()).contains("value=\"Ana Ruiz\"", "value=\"" + ana + "\"", "value=\"INE Mexico\"");
        ana2.get(link);
        assertThat(db.sql("select uses from drives.invitations where drive_id = ? and email = ?")
                        .params(drive, ana)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    /** A meeting of the community, scheduled through the meetings API by the secretariat; its id. */
    private long scheduledMeeting(Account secretariat, Community community, String title) {
        fixtures.member(community, "Session host", org.statcommons.access.CommunityRole.FACILITATOR);
        Visitor api = fixtures.bearer(fixtures.token(secretariat));
        String meetings = "/api/v1/communities/" + community.slug() + "/meetings";
        Page created = api.api(
                "POST",
                meetings,
                "{\"title\":\"" + title + "\",\"durationMinutes\":60,\"candidates\":[\"" + today().plusDays(3)
                        + " 14:00\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = first(Pattern.compile("\"id\":(\\d+)"), created.body());
        long candidate = first(Pattern.compile("\"candidates\":\\[\\{\"id\":(\\d+)"), created.body());
        Page scheduled = api.api("POST", meetings + "/" + id + "/schedule", "{\"candidateId\":" + candidate + "}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);
        return id;
    }

    private static long first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** The whole raw messages GreenMail received for an address, calendar parts included. */
    private static List<String> raw(String to) {
        return java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> GreenMailUtil.getWholeMessage(m).contains("To: " + to))
                .map(GreenMailUtil::getWholeMessage)
                .toList();
    }

    @Test
    void strangersRegisterForTheOpenInformationSessionGetItsCalendarAndCancelWithTheirLink() {
        Account secretariat = fixtures.account("Gia Secretariat", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Session drive", JoinPolicy.BY_INVITATION, secretariat);
        Visitor office = fixtures.signedIn(secretariat);
        long drive = startDrive(office, community, "Open doors", today(), today().plusDays(20));
        String page = "/c/" + community.slug() + "/drives/" + drive;
        long meeting = scheduledMeeting(secretariat, community, "Open information session");

        Page noSuch = office.submit(page + "/manage", page + "/information-session", fields("meeting", "987654321"));
        assertThat(noSuch.status()).isEqualTo(400);
        assertThat(noSuch.text()).contains("That meeting is not a scheduled meeting of this community.");
        Page chosen = office.submit(
                page + "/manage", page + "/information-session", fields("meeting", String.valueOf(meeting)));
        assertThat(chosen.text()).contains("The information session has been saved.", "0 people registered");

        Visitor stranger = fixtures.anonymous();
        assertThat(stranger.get(page).text()).contains("Information session", "Open information session");
        String hana = Fixtures.uniqueEmail("hana");
        Page registered =
                stranger.submit(page + "/session", page + "/registrations", fields("name", "Hana Sato", "email", hana));
        assertThat(registered.text()).contains("You are registered: the calendar invitation has been sent to " + hana);
        Mailbox.Mail confirmation = mailbox.await(hana, "Registered: Open information session");
        assertThat(confirmation.body()).contains("Dear Hana Sato", "Open doors", "cancel your registration");
        String invitation = raw(hana).get(0);
        assertThat(invitation).contains("BEGIN:VCALENDAR", "METHOD:REQUEST", "UID:meeting-" + meeting + "@");

        // registering again changes nothing and sends nothing more
        stranger.submit(page + "/session", page + "/registrations", fields("name", "Hana Sato", "email", hana));
        assertThat(office.get(page + "/manage").text()).contains("1 person registered");

        String cancel = confirmation.link("/drive-registrations/");
        Visitor reader = fixtures.anonymous();
        assertThat(reader.get(cancel).text()).contains("Cancel my registration");
        assertThat(reader.submit(cancel, cancel, Map.of()).text()).contains("Your registration has been cancelled.");
        mailbox.await(hana, "Registration cancelled: Open doors");
        assertThat(raw(hana)).anySatisfy(m -> assertThat(m).contains("METHOD:CANCEL", "UID:meeting-" + meeting + "@"));
        assertThat(reader.get(cancel).status()).as("a used link is gone").isEqualTo(410);
        assertThat(office.get(page + "/manage").text()).contains("0 people registered");
    }
}
