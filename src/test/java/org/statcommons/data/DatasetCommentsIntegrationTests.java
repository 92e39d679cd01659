package org.statcommons.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.comments.PageCommentsPresenter;
import org.statcommons.community.Community;
import org.statcommons.data.PublishedDatasets.Published;
import org.statcommons.identity.Account;
import org.statcommons.search.Search;
import org.statcommons.support.Fixtures;
import org.statcommons.support.HostileMarkdown;
import org.statcommons.support.Mailbox;
import org.statcommons.support.SmallCellCensus;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Questions and comments on a dataset, through its page, the API and e-mail, as its users and its data team would use
 * them: a reader who is not a member asks on a released dataset, the data team is told (a notice, and an e-mail for the
 * editor who chose "immediately"), an editor answers, the reader resolves; a draft's threads are its data team's only,
 * "not found" to everyone else through every channel; bad input changes nothing; a page's comments work as before.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatasetCommentsIntegrationTests {

    private static final Pattern THREAD = Pattern.compile("#thread-(\\d+)$");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    Search search;

    @Autowired
    PageCommentsPresenter comments;

    Account office;
    Account editor;
    Account member;
    Account reader;
    Published census;
    Community community;
    String slug;
    long draft;
    String draftPage;

    @BeforeAll
    void setUp() {
        office = fixtures.account("Qarlo Office", PlatformRole.SECRETARIAT);
        census = PublishedDatasets.publish(fixtures, office, "Qestrel census", SmallCellCensus.CSV);
        community = census.community();
        slug = community.slug();
        editor = fixtures.member(community, "Dana Editor", CommunityRole.MEMBER);
        member = fixtures.member(community, "Mo Member", CommunityRole.MEMBER);
        reader = fixtures.account("Rua Reader");
        Visitor secretariat = fixtures.signedIn(office);
        String team = "/c/" + slug + "/data/team";
        assertThat(secretariat
                        .submit(team, team, Map.of("accountId", editor.id(), "standing", "DATA_EDITOR"))
                        .body())
                .contains("Saved.");
        // the editor hears of every new question at once, by e-mail
        db.sql(
                        "insert into notifications.community_choices (account_id, community_id, choice) values (?, ?, 'IMMEDIATE')")
                .params(editor.id(), community.id())
                .update();
        Page created = secretariat.submitNoFollow(
                "/c/" + slug + "/data",
                fields("title", "Qestrel draft", "description", "Not out yet.", "contactEmail", "data@example.org"));
        assertThat(created.status()).isEqualTo(302);
        draftPage = java.net.URI.create(created.location()).getPath();
        draft = Long.parseLong(draftPage.substring(draftPage.lastIndexOf('/') + 1));
        assertThat(fixtures.signedIn(reader).get(census.page()).body())
                .contains("Questions and comments", "No questions or comments yet.");
    }

    private long ask(Visitor who, String datasetPage, String body) {
        Page answer = who.submitNoFollow(datasetPage, datasetPage + "/comments", fields("body", body));
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        Matcher thread = THREAD.matcher(answer.location());
        assertThat(thread.find()).as(answer.location()).isTrue();
        assertThat(answer.location()).contains(datasetPage + "#thread-");
        return Long.parseLong(thread.group(1));
    }

    private List<String> noticesOf(Account account) {
        return db.sql("""
                        select a.title from notifications.notices n join notifications.activities a on a.id = n.activity_id
                         where n.account_id = ? order by n.id""").param(account.id()).query(String.class).list();
    }

    private long lastCommentId() {
        return db.sql("select max(id) from comments.comments").query(Long.class).single();
    }

    private String state() {
        return db.sql(
                                "select count(*) || '/' || coalesce(max(id), 0) || '/' || count(resolved_at) from comments.threads")
                        .query(String.class)
                        .single()
                + "/"
                + db.sql(
                                "select count(*) || '/' || coalesce(md5(string_agg(body, '|' order by id)), '') from comments.comments")
                        .query(String.class)
                        .single();
    }

    @Test
    void aReaderAsksTheDataTeamIsToldAndAnswersAndTheReaderResolves() {
        Visitor rua = fixtures.signedIn(reader);
        assertThat(rua.get(census.page()).body()).contains("Questions and comments", census.page() + "/comments");
        long thread = ask(rua, census.page(), "Is *table 2* available by qestrelwick district?");

        String title = "Rua Reader asked a question on “Qestrel census”";
        await().atMost(Duration.ofSeconds(20)).until(() -> noticesOf(editor).contains(title));
        await().atMost(Duration.ofSeconds(20)).until(() -> noticesOf(office).contains(title));
        assertThat(noticesOf(member))
                .as("a member outside the data team is not asked")
                .doesNotContain(title);
        Mailbox.Mail mail = new Mailbox(smtp).await(editor.email(), "asked a question");
        assertThat(mail.body()).contains("table 2", census.page() + "#thread-" + thread);

        // the data team answers on the page; everyone reads the thread, the public included
        Visitor dana = fixtures.signedIn(editor);
        Page answered = dana.submit(
                census.page(),
                "/c/" + slug + "/threads/" + thread + "/replies",
                fields("body", "Yes: see release 2, **table 4**."));
        assertThat(answered.status()).isEqualTo(200);
        String shown = fixtures.anonymous().get(census.page()).body();
        assertThat(shown)
                .contains(
                        "Is <em>table 2</em> available by qestrelwick district?",
                        "Yes: see release 2, <strong>table 4</strong>.")
                .contains("Dana Editor", "Rua Reader")
                .doesNotContain("/threads/" + thread + "/replies");

        // the reader resolves it; a resolved thread folds away
        assertThat(rua.submit(census.page(), "/c/" + slug + "/threads/" + thread + "/resolve", Map.of())
                        .body())
                .contains("1 resolved thread");
        assertThat(db.sql("select resolved_by from comments.threads where id = ?")
                        .param(thread)
                        .query(Long.class)
                        .single())
                .isEqualTo(reader.id());

        // the JSON API: anyone reads the dataset's threads; a signed-in reader asks and edits their own words
        String api = "/api/v1/communities/" + slug + "/datasets/" + census.id() + "/comments";
        Page listed = fixtures.anonymousApi().api("GET", api, null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("\"path\":\"dataset:" + census.id() + "\"", "table 4", "\"resolved\":true");
        assertThat(fixtures.anonymousApi()
                        .api("GET", "/api/v1/communities/" + slug + "/threads/" + thread, null)
                        .status())
                .isEqualTo(200);
        Visitor script = fixtures.bearer(fixtures.token(reader));
        Page asked = script.api("POST", api, "{\"body\":\"And by sex?\"}");
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.body()).contains("And by sex?");
        long comment = lastCommentId();
        Page edited = script.api(
                "PATCH", "/api/v1/communities/" + slug + "/comments/" + comment, "{\"body\":\"And by sex and age?\"}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.body()).contains("And by sex and age?");

        // never in the site search (a dataset's questions are not indexed; see docs/open-data.md)
        assertThat(search.search(office.actor(), "qestrelwick", 0).results()).isEmpty();
    }

    @Test
    void aDraftsThreadsAreItsDataTeamsOnlyThroughEveryChannel() {
        Visitor dana = fixtures.signedIn(editor);
        assertThat(dana.get(draftPage).body()).contains("Questions and comments");
        long thread = ask(dana, draftPage, "Shall we zorbify the draft's totals?");
        long comment = lastCommentId();
        // a member outside the data team named in a draft's thread is not told of it: the notice would quote it
        assertThat(dana.submit(
                                draftPage,
                                "/c/" + slug + "/threads/" + thread + "/replies",
                                fields("body", "@\"Mo Member\" @\"Qarlo Office\" zorbify the totals too?"))
                        .status())
                .isEqualTo(200);
        String mentioned = "Dana Editor mentioned you on “Qestrel draft”";
        await().atMost(Duration.ofSeconds(20)).until(() -> noticesOf(office).contains(mentioned));
        String before = state();

        Visitor mo = fixtures.signedIn(member);
        Page membersView = mo.get(draftPage);
        assertThat(membersView.status()).as("members read drafts").isEqualTo(200);
        assertThat(membersView.body()).doesNotContain("zorbify").doesNotContain("Questions and comments");
        Visitor outsider = fixtures.signedIn(reader);
        assertThat(outsider.get(draftPage).status()).isEqualTo(404);
        assertThat(fixtures.anonymous().get(draftPage).status()).isEqualTo(404);

        String api = "/api/v1/communities/" + slug;
        for (Visitor who : List.of(
                fixtures.bearer(fixtures.token(member)),
                fixtures.bearer(fixtures.token(reader)),
                fixtures.anonymousApi())) {
            assertThat(who.api("GET", api + "/datasets/" + draft + "/comments", null)
                            .status())
                    .isEqualTo(404);
            assertThat(who.api("GET", api + "/threads/" + thread, null).status())
                    .isEqualTo(404);
        }
        for (Visitor who : List.of(fixtures.bearer(fixtures.token(member)), fixtures.bearer(fixtures.token(reader)))) {
            Page asked = who.api("POST", api + "/datasets/" + draft + "/comments", "{\"body\":\"Sneaky\"}");
            assertThat(asked.status()).isEqualTo(404);
            assertThat(asked.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(who.api("POST", api + "/threads/" + thread + "/replies", "{\"body\":\"Sneaky\"}")
                            .status())
                    .isEqualTo(404);
            assertThat(who.api("POST", api + "/threads/" + thread + "/resolve", null)
                            .status())
                    .isEqualTo(404);
        }
        for (Visitor who : List.of(mo, outsider)) {
            assertThat(who.submitNoFollow(census.page(), draftPage + "/comments", fields("body", "Sneaky"))
                            .status())
                    .isEqualTo(404);
            assertThat(who.submitNoFollow(
                                    census.page(),
                                    "/c/" + slug + "/threads/" + thread + "/replies",
                                    fields("body", "Sneaky"))
                            .status())
                    .isEqualTo(404);
            assertThat(who.get("/flag?item=comment:" + comment).body()).doesNotContain("zorbify");
        }
        assertThat(state()).as("nothing written").isEqualTo(before);
        assertThat(noticesOf(member)).noneMatch(t -> t.contains("Qestrel draft"));
        assertThat(search.search(member.actor(), "zorbify", 0).results()).isEmpty();
        assertThat(search.search(editor.actor(), "zorbify", 0).results()).isEmpty();
    }

    @Test
    void badInputIsRefusedWithItsMessageAndChangesNothing() {
        Visitor rua = fixtures.signedIn(reader);
        String before = state();
        Page empty = rua.submit(census.page(), census.page() + "/comments", fields("body", "   "));
        assertThat(empty.body()).contains("Questions and comments").contains("field-error");
        Page huge = rua.submit(census.page(), census.page() + "/comments", fields("body", "x".repeat(10_001)));
        assertThat(huge.body()).contains("field-error").contains("x".repeat(10_001));
        Visitor script = fixtures.bearer(fixtures.token(reader));
        String api = "/api/v1/communities/" + slug + "/datasets/";
        Page emptyApi = script.api("POST", api + census.id() + "/comments", "{\"body\":\"\"}");
        assertThat(emptyApi.status()).isEqualTo(400);
        assertThat(emptyApi.body()).contains("body");
        // a dataset that does not exist, or is another community's, is not found here
        Community other = fixtures.community("Other office", JoinPolicy.OPEN);
        assertThat(rua.submitNoFollow(
                                census.page(),
                                "/c/" + other.slug() + "/data/" + census.id() + "/comments",
                                fields("body", "Here?"))
                        .status())
                .isEqualTo(404);
        assertThat(script.api("POST", api + "987654321/comments", "{\"body\":\"Here?\"}")
                        .status())
                .isEqualTo(404);
        assertThat(script.api(
                                "GET",
                                "/api/v1/communities/" + other.slug() + "/datasets/" + census.id() + "/comments",
                                null)
                        .status())
                .isEqualTo(404);
        assertThat(rua.submitNoFollow(census.page(), "/c/" + slug + "/data/x1/comments", fields("body", "Here?"))
                        .status())
                .isIn(400, 404);
        assertThat(state()).as("nothing written").isEqualTo(before);

        // hostile Markdown is shown harmless, and renders within its bound of processor time
        ask(rua, census.page(), "<script>alert(1)</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)>");
        String page = fixtures.anonymous().get(census.page()).body();
        assertThat(page)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)")
                .doesNotContain("href=\"javascript")
                .doesNotContain("<img src=x");
        ask(rua, census.page(), HostileMarkdown.nestedList(10_000));
        ask(rua, census.page(), ">".repeat(10_000));
        Duration cpu = HostileMarkdown.cpuTime(
                new HostileMarkdown.Text("a dataset's threads", ""),
                ignored -> comments.onSubject(
                        reader.actor(),
                        community,
                        "dataset",
                        String.valueOf(census.id()),
                        census.page() + "/comments"));
        assertThat(cpu).isLessThan(HostileMarkdown.bound(30_000));
    }

    @Test
    void aPagesCommentsAreAsBefore() {
        Visitor mo = fixtures.signedIn(member);
        assertThat(fixtures.page(fixtures.signedIn(office), community, "notes", "Notes", "Our notes.")
                        .status())
                .isEqualTo(200);
        String view = "/c/" + slug + "/space/notes";
        Page started = mo.submitNoFollow(view, "/c/" + slug + "/page-comments/notes", fields("body", "A plonkremark"));
        assertThat(started.location()).contains(view + "#thread-");
        Matcher m = THREAD.matcher(started.location());
        assertThat(m.find()).isTrue();
        String thread = m.group(1);
        assertThat(mo.get(view).body()).contains("A plonkremark", "Start a thread on the whole page");
        String before = state();
        // someone who may not read the space is refused as before, though they may answer a dataset's threads
        assertThat(fixtures.signedIn(reader)
                        .submitNoFollow(
                                census.page(), "/c/" + slug + "/threads/" + thread + "/replies", fields("body", "Hi"))
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.bearer(fixtures.token(reader))
                        .api("GET", "/api/v1/communities/" + slug + "/threads/" + thread, null)
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.anonymousApi()
                        .api("GET", "/api/v1/communities/" + slug + "/threads/" + thread, null)
                        .status())
                .isEqualTo(401);
        // every other channel whose address now lets them through: the use case refuses them, as the address did
        long comment = lastCommentId();
        Visitor rua = fixtures.signedIn(reader);
        for (String change : List.of("/threads/" + thread + "/resolve", "/threads/" + thread + "/reopen")) {
            assertThat(rua.submitNoFollow(view, "/c/" + slug + change, Map.of()).status())
                    .as(change)
                    .isEqualTo(403);
        }
        assertThat(rua.get("/c/" + slug + "/comments/" + comment + "/edit").status())
                .isEqualTo(403);
        assertThat(rua.submitNoFollow(view, "/c/" + slug + "/comments/" + comment + "/edit", fields("body", "Hi"))
                        .status())
                .isEqualTo(403);
        assertThat(rua.submitNoFollow(view, "/c/" + slug + "/comments/" + comment + "/delete", Map.of())
                        .status())
                .isEqualTo(403);
        Visitor script = fixtures.bearer(fixtures.token(reader));
        String api = "/api/v1/communities/" + slug;
        assertThat(script.api("POST", api + "/threads/" + thread + "/replies", "{\"body\":\"Hi\"}")
                        .status())
                .isEqualTo(403);
        assertThat(script.api("POST", api + "/threads/" + thread + "/resolve", null)
                        .status())
                .isEqualTo(403);
        assertThat(script.api("PATCH", api + "/comments/" + comment, "{\"body\":\"Hi\"}")
                        .status())
                .isEqualTo(403);
        assertThat(script.api("DELETE", api + "/comments/" + comment, null).status())
                .isEqualTo(403);
        assertThat(state()).isEqualTo(before);
        assertThat(search.search(member.actor(), "plonkremark", 0).results()).isNotEmpty();
    }
}
