package org.statcommons.newsletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Mailbox;
import org.statcommons.support.RefusingSmtp;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Newsletters as people meet them, through the pages and a real SMTP server: double opt-in, sending to
 * members and confirmed subscribers only, one-click unsubscribe that stops the next one, the public archive,
 * an empty list, and an address the relay refuses for good.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsletterIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S*)");

    static final RefusingSmtp smtp = new RefusingSmtp(TestSmtp.SETUP);

    @Autowired
    Fixtures fixtures;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    TestClock clock;

    @BeforeAll
    void start() {
        smtp.start();
    }

    @AfterAll
    void stop() {
        smtp.stop();
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void membersAndConfirmedSubscribersReceiveItAndTheOneClickLinkStopsTheNext() throws Exception {
        Community community = fixtures.community("Newsletter life");
        String base = "/c/" + community.slug() + "/newsletters";
        Account secretariatAccount = fixtures.member(community, "Sina Secretariat", CommunityRole.SECRETARIAT);
        Account alice = fixtures.member(community, "Alice Member", CommunityRole.MEMBER);
        Account bob = fixtures.member(community, "Bob Optout", CommunityRole.MEMBER);
        Visitor secretariat = fixtures.signedIn(secretariatAccount);

        // Bob opts out on the newsletter page
        Visitor bobSession = fixtures.signedIn(bob);
        assertThat(bobSession.get(base).text()).contains("As a member you receive each newsletter by e-mail.");
        Page optedOut = bobSession.submit(base, base + "/me", fields("receive", "false"));
        assertThat(optedOut.text()).contains("You will no longer receive this community's newsletters");

        // a reader without an account subscribes; a second request within the hour sends no second e-mail
        String reader = "reader." + System.nanoTime() + "@example.org";
        Visitor anonymous = fixtures.anonymous();
        Page asked = anonymous.submit(base, base + "/subscribe", fields("email", "  " + reader.toUpperCase() + " "));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.text()).contains("Almost done: we sent a link to " + reader);
        anonymous.submit(base, base + "/subscribe", fields("email", reader));
        MimeMessage confirmation = awaitMail(reader, "Confirm your subscription");
        // someone else subscribes and never confirms
        String unconfirmed = "unconfirmed." + System.nanoTime() + "@example.org";
        fixtures.anonymous().submit(base, base + "/subscribe", fields("email", unconfirmed));
        awaitMail(unconfirmed, "Confirm your subscription");
        Page invalid = anonymous.submit(base, base + "/subscribe", fields("email", "not an address"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text()).contains("This is not a valid e-mail address.");
        assertThat(db.sql("select count(*) from newsletters.subscribers where community_id = ?")
                        .param(community.id())
                        .query(Integer.class)
                        .single())
                .as("no duplicate, nothing for the invalid one")
                .isEqualTo(2);

        // the link asks first (a GET changes nothing), the button confirms
        String confirm = link(text(confirmation), base + "/confirm/");
        Page question = anonymous.get(confirm);
        assertThat(question.text()).contains("Receive the newsletter of Newsletter life at this address?");
        assertThat(status(reader, community)).isEqualTo("PENDING");
        assertThat(anonymous.submit(confirm, confirm, fields()).text()).contains("Your subscription is confirmed");
        assertThat(status(reader, community)).isEqualTo("CONFIRMED");
        assertThat(anonymous.submit(confirm, confirm, fields()).status())
                .as("a used link")
                .isEqualTo(404);
        assertThat(received(reader)).as("one confirmation only").hasSize(1);

        // the secretariat writes, saves a draft (not public), and sends it
        long first = writeDraft(secretariat, base, "November news", "## Hello\n\nOur *first* newsletter.");
        assertThat(anonymous.get(base + "/" + first).status())
                .as("a draft is not public")
                .isEqualTo(404);
        Page draft = secretariat.get(base + "/" + first);
        assertThat(draft.text())
                .as("the founder, the secretariat and Alice; the reader")
                .contains("goes to 3 members who have not opted out and 1 confirmed subscriber,");
        Page sent = secretariat.submit(base + "/" + first, base + "/" + first + "/send", fields());
        assertThat(sent.text()).contains("The newsletter is on its way to 4 people");

        MimeMessage toReader = awaitMail(reader, "November news");
        MimeMessage toAlice = awaitMail(alice.email(), "November news");
        awaitMail(secretariatAccount.email(), "November news");
        assertThat(toReader.getSubject()).isEqualTo("Newsletter life: November news");
        assertThat(text(toReader)).contains("## Hello", "Our *first* newsletter.", "/newsletters/unsubscribe/");
        assertThat(html(toReader)).contains("<h2>Hello</h2>", "<em>first</em>");
        String unsubscribe = toReader.getHeader("List-Unsubscribe", null);
        assertThat(unsubscribe).matches("<http://localhost:" + port + "/newsletters/unsubscribe/[A-Za-z0-9_-]+>");
        assertThat(toReader.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(toAlice.getHeader("List-Unsubscribe", null)).isNotEqualTo(unsubscribe);
        assertThat(mailbox(bob.email(), Duration.ofSeconds(2))).as("opted out").isEmpty();
        assertThat(received(unconfirmed))
                .as("unconfirmed never receives")
                .hasSize(1)
                .allMatch(m -> subject(m).startsWith("Confirm"));

        // the archive is public, and the stream says so publicly
        Page archive = anonymous.get(base);
        assertThat(archive.text()).contains("November news");
        assertThat(anonymous.get(base + "/" + first).text()).contains("Our first newsletter.", "Sent on");
        assertThat(fixtures.bearer(fixtures.token(fixtures.account("Api Reader")))
                        .api("GET", "/api/v1/communities/" + community.slug() + "/newsletters/" + first, null)
                        .body())
                .contains("\"status\":\"SENT\"", "Our *first* newsletter.");
        await().atMost(PATIENCE)
                .until(() -> anonymous
                        .get("/c/" + community.slug() + "/activity")
                        .text()
                        .contains("Sina Secretariat sent the newsletter “November news”"));

        // sending it again changes nothing
        long queued = outboxSize();
        Page again = secretariat.submit(base + "/" + first, base + "/" + first + "/send", fields());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("This newsletter was already sent");
        assertThat(outboxSize()).isEqualTo(queued);

        // one-click unsubscribe as a mail client does it: POST, no cookie, no CSRF token
        assertThat(oneClick(unsubscribe).status()).isEqualTo(200);
        assertThat(oneClick(toAlice.getHeader("List-Unsubscribe", null)).status())
                .isEqualTo(200);
        assertThat(status(reader, community)).isEqualTo("UNSUBSCRIBED");
        assertThat(fixtures.signedIn(alice).get(base).text())
                .contains("You have chosen not to receive the newsletters by e-mail.");
        assertThat(anonymous
                        .get(path(unsubscribe.substring(1, unsubscribe.length() - 1)))
                        .text())
                .as("opening the link asks first")
                .contains("Receive no more newsletters of Newsletter life?");

        long second = writeDraft(secretariat, base, "December news", "Second one.");
        assertThat(secretariat
                        .submit(base + "/" + second, base + "/" + second + "/send", fields())
                        .text())
                .contains("on its way to 2 people");
        awaitMail(secretariatAccount.email(), "December news");
        assertThat(mailbox(reader, Duration.ofSeconds(2)))
                .noneMatch(m -> subject(m).contains("December"));
        assertThat(received(alice.email())).noneMatch(m -> subject(m).contains("December"));
    }

    @Test
    void aConfirmationGoesAtMostHourlyAndItsLinkExpiresByTheApplicationsClock() throws Exception {
        Community community = fixtures.community("Newsletter patience");
        String base = "/c/" + community.slug() + "/newsletters";
        String email = "patient." + System.nanoTime() + "@example.org";
        Visitor anonymous = fixtures.anonymous();
        anonymous.submit(base, base + "/subscribe", fields("email", email));
        String firstLink = link(text(awaitMail(email, "Confirm your subscription")), base + "/confirm/");
        anonymous.submit(base, base + "/subscribe", fields("email", email));
        assertThat(mailbox(email, Duration.ofSeconds(2)))
                .as("not again within the hour")
                .hasSize(1);

        // an hour and more later: a new link, and the first one no longer works
        clock.advance(Duration.ofMinutes(61));
        anonymous.submit(base, base + "/subscribe", fields("email", email));
        await().atMost(PATIENCE).until(() -> received(email).size() == 2);
        assertThat(anonymous.submit(firstLink, firstLink, fields()).status()).isEqualTo(404);
        String secondLink = link(text(received(email).get(1)), base + "/confirm/");
        clock.advance(Duration.ofDays(8));
        Page expired = anonymous.submit(secondLink, secondLink, fields());
        assertThat(expired.status()).isEqualTo(404);
        assertThat(expired.text()).contains("This confirmation link has expired");
        assertThat(status(email, community)).isEqualTo("PENDING");
        assertThat(db.sql("select count(*) from newsletters.subscribers where email = ?")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void meetingsAheadAreProposedFromTheApplicationsClock() {
        Community community = fixtures.community("Newsletter meetings ahead");
        String token = fixtures.token(fixtures.member(community, "Aida Ahead", CommunityRole.SECRETARIAT));
        String meetings = "/api/v1/communities/" + community.slug() + "/meetings";
        String day = LocalDate.now(ZoneOffset.UTC).plusDays(75) + "T10:00:00Z";
        Page proposed = fixtures.bearer(token)
                .api(
                        "POST",
                        meetings,
                        "{\"title\":\"Far ahead\",\"candidates\":[\"" + day + "\"],\"invite\":\"ALL_MEMBERS\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String id = proposed.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
        String candidate = proposed.body().replaceAll("(?s).*\"candidates\":\\[\\{\"id\":(\\d+).*", "$1");
        assertThat(fixtures.bearer(token)
                        .api("POST", meetings + "/" + id + "/schedule", "{\"candidateId\":" + candidate + "}")
                        .status())
                .isEqualTo(200);
        String highlights = "/api/v1/communities/" + community.slug() + "/newsletters/highlights";
        assertThat(fixtures.bearer(token).api("GET", highlights, null).body())
                .as("75 days ahead: beyond the 60")
                .doesNotContain("Far ahead");

        clock.advance(Duration.ofDays(20));

        assertThat(fixtures.bearer(token).api("GET", highlights, null).body()).contains("Far ahead");
    }

    @Test
    void theApiWritesAndSendsWithTheSameRules() {
        Community community = fixtures.community("Newsletter api");
        String api = "/api/v1/communities/" + community.slug() + "/newsletters";
        Account secretariatAccount = fixtures.member(community, "Api Secretariat", CommunityRole.SECRETARIAT);
        String token = fixtures.token(secretariatAccount);
        Page created = fixtures.bearer(token).api("POST", api, "{\"subject\":\"Api news\",\"body\":\"*Hello*\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"status\":\"DRAFT\"", "<em>Hello</em>");
        String id = created.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
        assertThat(fixtures.bearer(token)
                        .api("POST", api, "{\"subject\":\"\",\"body\":\"\"}")
                        .body())
                .contains("Subject is required.");
        assertThat(fixtures.bearer(token)
                        .api("PUT", api + "/" + id, "{\"subject\":\"Api news, edited\",\"body\":\"Hi\"}")
                        .body())
                .contains("Api news, edited");
        assertThat(fixtures.anonymous().get(api + "/" + id).status())
                .as("a draft is not public")
                .isEqualTo(404);
        assertThat(fixtures.bearer(token).api("GET", api + "/highlights", null).body())
                .contains("New members since");
        assertThat(fixtures.bearer(token)
                        .api("POST", api + "/" + id + "/send", null)
                        .body())
                .isEqualTo("{\"id\":" + id + ",\"recipients\":2}");
        Page edit = fixtures.bearer(token).api("PUT", api + "/" + id, "{\"subject\":\"Changed\",\"body\":\"Later\"}");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(fixtures.anonymous().get(api).body()).contains("Api news, edited", "\"body\":null");
    }

    @Test
    void aNewsletterToAnEmptyListIsNotSent() {
        Community community = fixtures.community("Newsletter nobody");
        String base = "/c/" + community.slug() + "/newsletters";
        Account only = fixtures.member(community, "Lone Secretariat", CommunityRole.SECRETARIAT);
        // the founder leaves, so that the secretariat is the only member
        db.sql("delete from community.memberships where community_id = ? and account_id <> ?")
                .params(community.id(), only.id())
                .update();
        Visitor secretariat = fixtures.signedIn(only);
        secretariat.submit(base, base + "/me", fields("receive", "false"));
        long id = writeDraft(secretariat, base, "Into the void", "Anyone?");
        long queued = outboxSize();

        Page refused = secretariat.submit(base + "/" + id, base + "/" + id + "/send", fields());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text())
                .contains("Nobody would receive this newsletter", "It stays a draft; nothing was sent.");
        assertThat(db.sql("select status from newsletters.newsletters where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("DRAFT");
        assertThat(outboxSize()).isEqualTo(queued);
        assertThat(fixtures.anonymous().get(base).text()).contains("No newsletter has been sent yet.");
        Visitor.Page api = fixtures.bearer(fixtures.token(only))
                .api("POST", "/api/v1/communities/" + community.slug() + "/newsletters/" + id + "/send", null);
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.body()).contains("Nobody would receive this newsletter");
    }

    @Test
    void anAddressTheRelayRefusesIsBouncingAfterTheFirstRefusal() throws Exception {
        Community community = fixtures.community("Newsletter bounce");
        String base = "/c/" + community.slug() + "/newsletters";
        Account secretariatAccount = fixtures.member(community, "Bo Secretariat", CommunityRole.SECRETARIAT);
        Account gone = fixtures.member(community, "Gone Member", CommunityRole.MEMBER);
        Visitor secretariat = fixtures.signedIn(secretariatAccount);
        String subscriber = "vanishing." + System.nanoTime() + "@example.org";
        subscribeAndConfirm(base, subscriber);
        smtp.refuse(subscriber);
        smtp.refuse(gone.email());

        long first = writeDraft(secretariat, base, "Bounce news", "Hello.");
        secretariat.submit(base + "/" + first, base + "/" + first + "/send", fields());
        awaitMail(secretariatAccount.email(), "Bounce news");

        await().atMost(PATIENCE).until(() -> "BOUNCING".equals(status(subscriber, community)));
        assertThat(db.sql("select bounce_reason from newsletters.subscribers where email = ?")
                        .param(subscriber)
                        .query(String.class)
                        .single())
                .contains("550");
        Page list = secretariat.get(base + "/subscribers");
        assertThat(list.text()).contains(subscriber, "bouncing", "mailbox unavailable");
        await().atMost(PATIENCE)
                .until(() -> secretariat.get(base + "/" + first).text().contains(gone.email()));
        assertThat(secretariat.get(base + "/" + first).text())
                .contains("Refused for good by the mail relay", "Subscriber (now bouncing)", "Member");
        assertThat(fixtures.bearer(fixtures.token(secretariatAccount))
                        .api("GET", "/api/v1/communities/" + community.slug() + "/newsletter-subscribers", null)
                        .body())
                .contains("\"status\":\"BOUNCING\"");

        long second = writeDraft(secretariat, base, "After the bounce", "Again.");
        secretariat.submit(base + "/" + second, base + "/" + second + "/send", fields());
        assertThat(db.sql("select count(*) from newsletters.deliveries where newsletter_id = ? and email = ?")
                        .params(second, subscriber)
                        .query(Integer.class)
                        .single())
                .as("not sent to again")
                .isZero();
        assertThat(smtp.getReceivedMessagesForDomain(subscriber))
                .as("nothing ever reached it")
                .hasSize(1)
                .allMatch(m -> subject(m).startsWith("Confirm"));
    }

    @Test
    void theEditorProposesHighlightsAndInsertsThemWithoutScript() {
        Community community = fixtures.community("Newsletter highlights");
        String base = "/c/" + community.slug() + "/newsletters";
        Account secretariatAccount = fixtures.member(community, "Hina Secretariat", CommunityRole.SECRETARIAT);
        Visitor secretariat = fixtures.signedIn(secretariatAccount);
        String space = "/c/" + community.slug() + "/space";
        fixtures.page(secretariat, community, "guides/sampling", "Sampling guide", "How we sample.");
        Page publish = secretariat.get(space + "/guides/sampling");
        secretariat.post(space + "/-/publish/guides/sampling", fields("_csrf", publish.csrf()));

        // a meeting scheduled ten days ahead, through the meetings API
        String token = fixtures.token(secretariatAccount);
        String day =
                java.time.LocalDate.now(java.time.ZoneId.of("Pacific/Fiji")).plusDays(10) + " 10:00";
        Page proposed = fixtures.bearer(token)
                .api(
                        "POST",
                        "/api/v1/communities/" + community.slug() + "/meetings",
                        "{\"title\":\"Steering [committee]\",\"kind\":\"REGULAR\",\"durationMinutes\":60,\"onlineLink\":\"https://meet.example.org/secret\","
                                + "\"candidates\":[\"" + day + "\"],\"invite\":\"ALL_MEMBERS\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        String meetingId = proposed.body().replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1");
        String candidateId = proposed.body().replaceAll("(?s).*\"candidates\":\\[\\{\"id\":(\\d+).*", "$1");
        Page scheduled = fixtures.bearer(token)
                .api(
                        "POST",
                        "/api/v1/communities/" + community.slug() + "/meetings/" + meetingId + "/schedule",
                        "{\"candidateId\":" + candidateId + ",\"repeat\":\"NONE\"}");
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(200);

        Page editor = secretariat.get(base + "/new");
        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.text())
                .as("the founder and the secretariat, with the countries of their profiles")
                .contains("A newsletter is public", "New members since", "2 new members joined: Fiji 2.");
        String newMembers = value(editor.body(), "new members joined");
        String meeting = value(editor.body(), "Steering [committee]");
        assertThat(meeting)
                .contains(
                        "\\[committee\\]](http://localhost:" + port + "/c/" + community.slug() + "/meetings/"
                                + meetingId + ")",
                        "(regular meeting)",
                        "UTC")
                .doesNotContain("meet.example.org");
        Page inserted = secretariat.submit(
                base + "/new",
                base + "/new",
                fields(
                        "subject",
                        "With highlights",
                        "body",
                        "Intro.",
                        "highlight",
                        List.of(newMembers),
                        "action",
                        "insert"));
        assertThat(inserted.status()).isEqualTo(200);
        assertThat(inserted.body()).contains("Intro.\n\n- 2 new members joined: Fiji 2.");
        Page preview = secretariat.submit(
                base + "/new",
                base + "/new",
                fields("subject", "With highlights", "body", "Intro.\n\n- **bold** item", "action", "preview"));
        assertThat(preview.body()).contains("<strong>bold</strong>");
        Page empty =
                secretariat.submit(base + "/new", base + "/new", fields("subject", "", "body", "", "action", "save"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("Subject is required.", "Text is required.");
        // the page published reaches the editor through the activity stream, after commit
        await().atMost(PATIENCE)
                .until(() -> secretariat.get(base + "/new").text().contains("Sampling guide"));
        String page = value(secretariat.get(base + "/new").body(), "Sampling guide");
        assertThat(page)
                .matches("- \\[.*Sampling guide.*\\]\\(http://localhost:" + port + "/c/" + community.slug()
                        + "/p/guides/sampling\\)");
    }

    @Test
    void aNewsletterTooDeepToFormatIsShownAsWritten() {
        // F3: a newsletter of 10,000 ">" answered 500 on preview and on its page
        Community community = fixtures.community("Deep newsletter");
        String base = "/c/" + community.slug() + "/newsletters";
        Visitor secretariat =
                fixtures.signedIn(fixtures.member(community, "Dina Secretariat", CommunityRole.SECRETARIAT));
        String deep = ">".repeat(10_000) + " deepest news";
        Page preview = secretariat.submit(
                base + "/new", base + "/new", fields("subject", "Deep", "body", deep, "action", "preview"));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.text())
                .contains("This text could not be formatted (it nests more than 100 levels deep", "deepest news");
        long id = writeDraft(secretariat, base, "Deep", deep);
        Page draft = secretariat.get(base + "/" + id);
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.text()).contains("This text could not be formatted", "deepest news");
    }

    // helpers

    private long writeDraft(Visitor secretariat, String base, String subject, String body) {
        Page saved = secretariat.submitNoFollow(
                base + "/new", base + "/new", fields("subject", subject, "body", body, "action", "save"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        return Long.parseLong(saved.location().replaceAll(".*/newsletters/(\\d+)$", "$1"));
    }

    private void subscribeAndConfirm(String base, String email) throws Exception {
        Visitor anonymous = fixtures.anonymous();
        anonymous.submit(base, base + "/subscribe", fields("email", email));
        String confirm = link(text(awaitMail(email, "Confirm your subscription")), base + "/confirm/");
        assertThat(anonymous.submit(confirm, confirm, fields()).text()).contains("Your subscription is confirmed");
    }

    private String status(String email, Community community) {
        return db.sql("select status from newsletters.subscribers where community_id = ? and email = ?")
                .params(community.id(), email)
                .query(String.class)
                .single();
    }

    private long outboxSize() {
        return db.sql("select count(*) from mail.outbox").query(Long.class).single();
    }

    /** What a mail program does with the one-click unsubscribe address: a bare POST, no cookie, no CSRF token. */
    private Page oneClick(String listUnsubscribe) {
        String url = listUnsubscribe.substring(1, listUnsubscribe.length() - 1);
        return fixtures.anonymous().postNoFollow(url, fields("List-Unsubscribe", "One-Click"));
    }

    /** The value of the checkbox whose label contains the text. */
    private static String value(String html, String labelContains) {
        Matcher m = Pattern.compile(
                        "<input type=\"checkbox\" name=\"highlight\"[^>]*value=\"([^\"]*)\">\\s*<span>([^<]*)</span>")
                .matcher(html);
        while (m.find()) {
            if (m.group(2).contains(labelContains)) {
                return m.group(1).replace("&quot;", "\"").replace("&amp;", "&").replace("&#39;", "'");
            }
        }
        throw new AssertionError("No highlight '" + labelContains + "' in " + html);
    }

    private static MimeMessage awaitMail(String to, String subjectContains) {
        await().atMost(PATIENCE)
                .until(() -> received(to).stream().anyMatch(m -> subject(m).contains(subjectContains)));
        return received(to).stream()
                .filter(m -> subject(m).contains(subjectContains))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    private static List<MimeMessage> received(String to) {
        return Arrays.asList(smtp.getReceivedMessagesForDomain(to));
    }

    /**
     * What arrived once nothing more is on its way to the address (at most {@code quiet} later): to show that nothing
     * more came.
     */
    private List<MimeMessage> mailbox(String to, Duration quiet) throws InterruptedException {
        long deadline = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < deadline && !Mailbox.nothingOnItsWay(to, db)) {
            Thread.sleep(20);
        }
        return received(to);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(MimeMessage message) throws Exception {
        return part(message, "text/plain");
    }

    private static String html(MimeMessage message) throws Exception {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) throws Exception {
        Object content = message.getContent();
        if (content instanceof String text) {
            return message.isMimeType(type) ? text : "";
        }
        return part((Multipart) content, type);
    }

    private static String part(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart body = multipart.getBodyPart(i);
            if (body.isMimeType(type)) {
                return ((String) body.getContent()).replace("\r\n", "\n");
            }
            if (body.getContent() instanceof Multipart inner) {
                String found = part(inner, type);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    private static String link(String text, String pathPrefix) {
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (m.group(1).startsWith(pathPrefix)) {
                return m.group(1);
            }
        }
        throw new AssertionError("No link to " + pathPrefix + " in " + text);
    }

    private static String path(String url) {
        return URI.create(url).getRawPath();
    }

    @SuppressWarnings("unused")
    private static String whole(MimeMessage message) {
        return GreenMailUtil.getWholeMessage(message);
    }

    @SuppressWarnings("unused")
    private static Map<String, String> none() {
        return Map.of();
    }
}
