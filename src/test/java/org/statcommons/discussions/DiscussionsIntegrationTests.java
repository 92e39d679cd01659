package org.statcommons.discussions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.moderation.ModeratedContent;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Discussions driven through the pages and the API as people would: start one in a topic group, quote and
 * reply, mark the answer, close, reopen and pin; who is told of each post (followers, mentions, mutes); edits
 * that keep earlier versions and clash safely; search that finds posts only for those who may read them and
 * never a hidden one; hostile Markdown and bad input answered clearly.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscussionsIntegrationTests {

    private static final Pattern DISCUSSION = Pattern.compile("/discussions/(\\d+)$");
    private static final Pattern POST = Pattern.compile("#post-(\\d+)$");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    RecordedActivities activities;

    @Autowired
    List<ModeratedContent> moderated;

    Community community;
    String base;
    String api;
    Account pitaAccount;
    Account meleAccount;
    Account sioneAccount;
    Visitor facilitator;
    Visitor mele;
    Visitor sione;
    Visitor moderator;
    Visitor guest;
    Visitor nonMember;
    Visitor anonymous;
    final String tag = Long.toString(System.nanoTime(), 36);

    @BeforeAll
    void setUp() {
        community = fixtures.community("Discussions");
        base = "/c/" + community.slug() + "/discussions";
        api = "/api/v1/communities/" + community.slug() + "/discussions";
        pitaAccount = fixtures.member(community, "Pita Facilitator", CommunityRole.FACILITATOR);
        facilitator = fixtures.signedIn(pitaAccount);
        meleAccount = fixtures.member(community, "Mele Taufa", CommunityRole.MEMBER);
        mele = fixtures.signedIn(meleAccount);
        sioneAccount = fixtures.member(community, "Sione Vake", CommunityRole.MEMBER);
        sione = fixtures.signedIn(sioneAccount);
        moderator = fixtures.signedIn(fixtures.member(community, "Moana Moderator", CommunityRole.MODERATOR));
        guest = fixtures.signedIn(fixtures.member(community, "Gita Guest", CommunityRole.GUEST));
        nonMember = fixtures.signedIn(fixtures.account("Olo Outsider"));
        anonymous = fixtures.anonymous();
        for (String group : List.of("census", "prices")) {
            Page created = facilitator.submit(
                    "/c/" + community.slug() + "/topics",
                    "/c/" + community.slug() + "/topics",
                    fields("topic", group, "name", "Topic " + group, "description", ""));
            assertThat(created.status()).as(created.body()).isEqualTo(200);
        }
    }

    /** Starts a discussion through the form; returns its id. */
    private long start(Visitor who, String topic, String title, String body) {
        Page answer = who.submitNoFollow(base + "/new", base, fields("topic", topic, "title", title, "body", body));
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        Matcher id = DISCUSSION.matcher(answer.location());
        assertThat(id.find()).as(answer.location()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** Replies through the form; returns the new post's id. */
    private long reply(Visitor who, long discussion, String body, Long quotes) {
        Page answer = who.submitNoFollow(
                base + "/" + discussion,
                base + "/" + discussion + "/replies",
                quotes == null ? fields("body", body) : fields("body", body, "quotes", quotes));
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        Matcher post = POST.matcher(answer.location());
        assertThat(post.find()).as(answer.location()).isTrue();
        return Long.parseLong(post.group(1));
    }

    private long openingPost(long discussion) {
        return db.sql("select min(id) from discussions.posts where thread_id = ?")
                .param(discussion)
                .query(Long.class)
                .single();
    }

    private static String jsonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void aDiscussionFromQuestionToAnswer() {
        long id = start(
                mele, "census", "Census timing " + tag, "When should the **census** be held?\n\nSecond paragraph.");
        long opening = openingPost(id);
        Page view = sione.get(base + "/" + id);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body())
                .contains("Census timing " + tag)
                .contains("<strong>census</strong>")
                .contains("id=\"post-" + opening + "\"")
                .contains("Topic census")
                .contains("/flag?item=thread:" + id)
                .contains("aria-current=\"page\">Discussions</a>");

        // the list: newest activity first, filtered by topic group; members and guests read it, outsiders do not
        assertThat(sione.get(base).body()).contains("Census timing " + tag);
        assertThat(guest.get(base + "?topic=census").body()).contains("Census timing " + tag);
        assertThat(sione.get(base + "?topic=prices").body()).doesNotContain("Census timing " + tag);
        assertThat(nonMember.get(base).status()).isEqualTo(403);
        assertThat(anonymous.getNoFollow(base + "/" + id).location()).contains("/sign-in");

        // quoting without script: the reply form comes pre-filled with a block quote and a link back
        Page quoting = sione.get(base + "/" + id + "?quote=" + opening);
        assertThat(quoting.body())
                .contains("&gt; [Mele Taufa wrote](" + base + "/" + id + "#post-" + opening + "):")
                .contains("&gt; When should the **census** be held?")
                .contains("name=\"quotes\" value=\"" + opening + "\"");
        String quote = "> [Mele Taufa wrote](" + base + "/" + id + "#post-" + opening
                + "):\n>\n> When should the **census** be held?\n\n";
        long answer = reply(sione, id, quote + "In the dry season, @\"Mele Taufa\".", opening);
        long other = reply(facilitator, id, "Any time.", null);
        Page replied = sione.get(base + "/" + id);
        assertThat(replied.body())
                .contains("<blockquote>")
                .contains("href=\"" + base + "/" + id + "#post-" + opening + "\"")
                .contains("In the dry season");
        assertThat(db.sql("select account_id from discussions.mentions where post_id = ?")
                        .param(answer)
                        .query(Long.class)
                        .list())
                .containsExactly(meleAccount.id());

        // only the author (or a facilitator) marks the answer; a post of another discussion is refused
        assertThat(sione.submit(base + "/" + id, base + "/" + id + "/answer", fields("post", answer))
                        .status())
                .isEqualTo(403);
        long elsewhere = start(sione, "", "Another question " + tag, "Unrelated.");
        Page wrong = mele.submit(base + "/" + id, base + "/" + id + "/answer", fields("post", openingPost(elsewhere)));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.text()).contains("That post is not part of this discussion");
        assertThat(mele.api("PUT", api + "/" + id + "/answer", "{\"post\":" + openingPost(elsewhere) + "}")
                        .status())
                .isEqualTo(400);
        assertThat(mele.submit(base + "/" + id, base + "/" + id + "/answer", fields("post", opening))
                        .text())
                .contains("The opening post cannot be its own answer");
        Page marked = mele.submit(base + "/" + id, base + "/" + id + "/answer", fields("post", answer));
        assertThat(marked.status()).isEqualTo(200);
        assertThat(marked.body())
                .contains("Marked as the answer.")
                .contains("href=\"#post-" + answer + "\"")
                .contains("class=\"post answer\"");
        assertThat(facilitator
                        .api("PUT", api + "/" + id + "/answer", "{\"post\":" + other + "}")
                        .body())
                .contains("\"answerPostId\":" + other);
        assertThat(mele.api("PUT", api + "/" + id + "/answer", "{\"post\":" + answer + "}")
                        .body())
                .contains("\"answerPostId\":" + answer);

        // closing: no more replies, and a refused reply keeps its text
        assertThat(mele.submit(base + "/" + id, base + "/" + id + "/close", fields())
                        .status())
                .isEqualTo(403);
        assertThat(facilitator
                        .submit(base + "/" + id, base + "/" + id + "/close", fields())
                        .body())
                .contains("This discussion is closed");
        Page late = sione.post(
                base + "/" + id + "/replies",
                fields("body", "A late thought " + tag, "_csrf", sione.get(base).csrf()));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text())
                .contains("This discussion is closed: it takes no more replies")
                .contains("A late thought " + tag);
        Page lateApi = sione.api("POST", api + "/" + id + "/replies", "{\"body\":\"Still late\"}");
        assertThat(lateApi.status()).isEqualTo(409);
        assertThat(lateApi.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(facilitator
                        .submit(base + "/" + id, base + "/" + id + "/reopen", fields())
                        .status())
                .isEqualTo(200);
        reply(sione, id, "Now it is open again.", null);

        // pinned discussions come first, whatever their activity
        long pinned = start(facilitator, "", "Read me first " + tag, "House rules.");
        long newest = start(mele, "", "Newest " + tag, "Fresh.");
        assertThat(facilitator
                        .submit(base + "/" + pinned, base + "/" + pinned + "/pin", fields())
                        .status())
                .isEqualTo(200);
        String list = sione.get(base).body();
        assertThat(list.indexOf("Read me first " + tag)).isLessThan(list.indexOf("Newest " + tag));
        assertThat(list.indexOf("Newest " + tag)).isLessThan(list.indexOf("Census timing " + tag));
        Page listed = sione.api("GET", api, null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains("\"id\":" + newest).contains("\"pinned\":true");
    }

    @Test
    void followersRepliersAndMentionsAreToldOnceAndMutingStopsEverything() {
        Page created = mele.api(
                "POST", api, "{\"title\":\"Sampling frames " + tag + "\",\"body\":\"Which frame do you use?\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.location()).contains(api + "/");
        long id = Long.parseLong(created.location().substring(created.location().lastIndexOf('/') + 1));
        long opening = openingPost(id);
        Activity started = single(ActivityKind.DISCUSSION_STARTED, opening);
        assertThat(started.audience().people()).isEmpty();
        assertThat(started.visibility()).isEqualTo(Visibility.MEMBERS);
        assertThat(started.about()).isEqualTo(Subject.of("thread", id));
        assertThat(started.link()).isEqualTo(base + "/" + id + "#post-" + opening);
        assertThat(started.excerpt()).isEqualTo("Which frame do you use?");

        // Sione replies naming Pita: Mele (the author follows) gets the reply, Pita the mention, Sione nothing
        long first = apiReply(sione, id, "The business register, @\"Pita Facilitator\".");
        assertThat(single(ActivityKind.REPLY, first).audience().people()).containsExactly(meleAccount.id());
        Activity mention = single(ActivityKind.MENTION, first);
        assertThat(mention.audience().people()).containsExactly(pitaAccount.id());
        assertThat(mention.visibility()).isEqualTo(Visibility.PERSONAL);

        // Pita mutes: even a mention no longer reaches them; Sione (a replier) now follows
        assertThat(facilitator
                        .api("PUT", api + "/" + id + "/subscription", "{\"state\":\"muted\"}")
                        .body())
                .contains("\"subscription\":\"MUTED\"");
        long second = apiReply(mele, id, "Thanks. @PitaFacilitator, do you agree?");
        assertThat(single(ActivityKind.REPLY, second).audience().people()).containsExactly(sioneAccount.id());
        assertThat(activities.about(community.id(), ActivityKind.MENTION, second))
                .isEmpty();

        // a mentioned follower is told once, by the mention
        long third = apiReply(mele, id, "@\"Sione Vake\" which year?");
        assertThat(single(ActivityKind.MENTION, third).audience().people()).containsExactly(sioneAccount.id());
        assertThat(single(ActivityKind.REPLY, third).audience().people()).isEmpty();

        // back to normal: Sione is told only when mentioned; a muter who replies stays muted
        Page form = sione.submit(base + "/" + id, base + "/" + id + "/subscription", fields("state", "NORMAL"));
        assertThat(form.body()).contains("only when someone mentions you");
        long muterWrites = apiReply(facilitator, id, "Agreed.");
        assertThat(single(ActivityKind.REPLY, muterWrites).audience().people()).containsExactly(meleAccount.id());
        assertThat(db.sql("select state from discussions.subscriptions where thread_id = ? and account_id = ?")
                        .params(id, pitaAccount.id())
                        .query(String.class)
                        .single())
                .isEqualTo("MUTED");

        // an edit that names someone new tells only them
        Page post = mele.api("GET", api + "/" + id + "/posts/" + third, null);
        assertThat(post.body()).contains("\"version\":1");
        Page edited = mele.api(
                "PATCH",
                api + "/" + id + "/posts/" + third,
                "{\"body\":\"@\\\"Sione Vake\\\" and @\\\"Moana Moderator\\\": which year?\",\"version\":1}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        List<Activity> mentions = activities.about(community.id(), ActivityKind.MENTION, third);
        assertThat(mentions).hasSize(2);
        assertThat(mentions.get(1).audience().people()).hasSize(1).doesNotContain(sioneAccount.id());

        // the answer tells the author of the discussion and of the answer, not the one who marked it
        assertThat(mele.api("PUT", api + "/" + id + "/answer", "{\"post\":" + first + "}")
                        .status())
                .isEqualTo(200);
        Activity answered = single(ActivityKind.ANSWER_MARKED, first);
        assertThat(answered.audience().people()).containsExactly(sioneAccount.id());
        assertThat(answered.about()).isEqualTo(Subject.of("thread", id));
    }

    private long apiReply(Visitor who, long id, String body) {
        Page replied = who.api("POST", api + "/" + id + "/replies", "{\"body\":" + jsonString(body) + "}");
        assertThat(replied.status()).as(replied.body()).isEqualTo(201);
        return Long.parseLong(replied.location().substring(replied.location().lastIndexOf('/') + 1));
    }

    private Activity single(ActivityKind kind, long postId) {
        List<Activity> found = activities.about(community.id(), kind, postId);
        assertThat(found).as(kind + " about post " + postId).hasSize(1);
        return found.get(0);
    }

    @Test
    void searchFindsPostsOnlyForThoseWhoMayReadThemAndNeverHiddenOnes() {
        String word = "quinquennial" + tag;
        long id = start(mele, "prices", "Price index rebasing " + tag, "Rebase every " + word + " cycle?");
        long reply = reply(sione, id, "Yes, " + word + " is right.", null);
        String search = "/api/v1/search?q=" + word;
        Page found = sione.get(search);
        assertThat(found.body())
                .contains("\"kind\":\"POST\"")
                .contains(base + "/" + id + "#post-" + reply)
                .contains(base + "/" + id + "#post-" + openingPost(id))
                .contains("Price index rebasing " + tag);
        assertThat(guest.get(search).body()).contains("#post-" + reply);
        assertThat(nonMember.get(search).body()).contains("\"results\":[]");
        assertThat(anonymous.get(search).body()).contains("\"results\":[]");
        assertThat(sione.get("/search?q=" + word).body()).contains("Discussion: ");

        // a moderator hides the reply through the moderation feature's port: gone from search and the API
        ModeratedContent posts = moderated.stream()
                .filter(m -> m.kind().equals("post"))
                .findFirst()
                .orElseThrow();
        ModeratedContent.FlaggedItem described =
                posts.describe(Subject.of("post", reply), sioneAccount.actor()).orElseThrow();
        assertThat(described.authorId()).isEqualTo(sioneAccount.id());
        assertThat(described.title()).isEqualTo("Price index rebasing " + tag);
        assertThat(described.link()).isEqualTo(base + "/" + id + "#post-" + reply);
        assertThat(described.hidden()).isFalse();
        assertThat(posts.describe(Subject.of("post", reply), nonMember().actor()))
                .isEmpty();
        posts.hide(Subject.of("post", reply), true);
        assertThat(posts.describe(Subject.of("post", reply), sioneAccount.actor())
                        .orElseThrow()
                        .hidden())
                .isTrue();
        assertThat(sione.get(search).body()).doesNotContain("#post-" + reply).contains("#post-" + openingPost(id));
        assertThat(mele.get(base + "/" + id).body())
                .contains("Hidden by a moderator.")
                .doesNotContain("Yes, " + word);
        assertThat(moderator.get(base + "/" + id).body())
                .contains("Shown to moderators only")
                .contains("Yes, " + word);
        Page json = mele.api("GET", api + "/" + id, null);
        assertThat(json.body()).contains("\"state\":\"HIDDEN\"").doesNotContain("Yes, " + word);

        // hiding the discussion (its opening post) hides the title too, in pages, the API and search results
        ModeratedContent threads = moderated.stream()
                .filter(m -> m.kind().equals("thread"))
                .findFirst()
                .orElseThrow();
        assertThat(threads.describe(Subject.of("thread", id), sioneAccount.actor())
                        .orElseThrow()
                        .link())
                .isEqualTo(base + "/" + id + "#post-" + openingPost(id));
        assertThat(posts.describe(Subject.of("thread", id), sioneAccount.actor()))
                .isEmpty();
        assertThat(posts.describe(Subject.of("post", openingPost(id)), sioneAccount.actor())
                        .orElseThrow()
                        .item())
                .as("the opening post stands for the discussion")
                .isEqualTo(Subject.of("thread", id));
        threads.hide(Subject.of("thread", id), true);
        assertThat(threads.describe(Subject.of("thread", id), sioneAccount.actor())
                        .orElseThrow()
                        .title())
                .isEqualTo("Hidden by a moderator");
        long later = reply(sione, id, "A reply after the hiding.", null);
        assertThat(single(ActivityKind.REPLY, later).title()).isEqualTo("Sione Vake replied to a discussion");
        assertThat(sione.get(base + "/" + id + "/posts/" + later + "/history").body())
                .doesNotContain("Price index rebasing");
        assertThat(sione.get(base).body()).doesNotContain("Price index rebasing " + tag);
        assertThat(sione.get(search).body()).doesNotContain("Price index rebasing");
        assertThat(moderator.get(base + "/" + id).body()).contains("Price index rebasing " + tag);
        threads.hide(Subject.of("thread", id), false);
        posts.hide(Subject.of("post", reply), false);
        assertThat(sione.get(search).body()).contains("#post-" + reply).contains("Price index rebasing " + tag);
    }

    @Test
    void aFlaggedPostHiddenByTheModeratorsLeavesThePageTheApiAndSearch() {
        String word = "advertorial" + tag;
        long id = start(mele, "", "Software for CAPI " + tag, "Which tool do you use?");
        long spam = reply(sione, id, "Buy our " + word + " suite now!", null);
        Page form = mele.get("/flag?item=post:" + spam);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("Buy our " + word);
        assertThat(mele.api("POST", "/api/v1/flags", "{\"item\":\"post:" + spam + "\",\"reason\":\"SPAM\"}")
                        .status())
                .isEqualTo(201);
        assertThat(nonMember
                        .api("POST", "/api/v1/flags", "{\"item\":\"post:" + spam + "\",\"reason\":\"SPAM\"}")
                        .status())
                .isEqualTo(404);

        String queue = "/api/v1/communities/" + community.slug() + "/moderation/flags";
        Page open = moderator.api("GET", queue, null);
        Matcher entry = Pattern.compile("\\{\"id\":(\\d+),\"item\":\"post:" + spam + "\"")
                .matcher(open.body());
        assertThat(entry.find()).as(open.body()).isTrue();
        assertThat(open.body()).contains("Software for CAPI " + tag).contains(base + "/" + id + "#post-" + spam);
        Page decided = moderator.api(
                "POST",
                queue + "/" + entry.group(1) + "/decision",
                "{\"decision\":\"hide\",\"reason\":\"Advertising\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);

        assertThat(mele.get(base + "/" + id).body())
                .contains("Hidden by a moderator.")
                .doesNotContain("Buy our");
        assertThat(mele.api("GET", api + "/" + id + "/posts/" + spam, null).body())
                .contains("\"state\":\"HIDDEN\"")
                .doesNotContain("Buy our");
        assertThat(mele.get("/api/v1/search?q=" + word).body()).contains("\"results\":[]");
        assertThat(moderator.get(base + "/" + id).body()).contains("Buy our " + word);
        assertThat(sione.api("PATCH", api + "/" + id + "/posts/" + spam, "{\"body\":\"Innocent\",\"version\":1}")
                        .status())
                .isEqualTo(409);
    }

    private Account nonMember() {
        return fixtures.account("Another Outsider");
    }

    @Test
    void hostileMarkdownIsRenderedHarmless() {
        String hostile = """
                <script>alert('x')</script>

                <img src=x onerror="alert(1)">

                [click](javascript:alert(1)) and <a href="javascript:alert(2)">raw</a> and ![pixel](http://tracker.example/p.gif)

                <iframe src="https://evil.example"></iframe>

                [fine](https://example.org)""";
        long id = start(mele, "", "<script>alert('title')</script> " + tag, hostile);
        String page = sione.get(base + "/" + id).body();
        String posts = page.substring(page.indexOf("<article"));
        // the raw HTML is shown as text; no tag of the rendered posts runs script or loads anything
        List<String> tags = TAG.matcher(posts).results().map(MatchResult::group).toList();
        assertThat(tags)
                .noneMatch(t -> t.matches("(?is)<(script|iframe|img|object|embed|style).*"))
                .noneMatch(t -> t.matches("(?is).*\\son[a-z]+\\s*=.*"))
                .noneMatch(t -> t.toLowerCase().contains("javascript:"));
        assertThat(posts)
                .contains("&lt;script&gt;alert(")
                .contains("href=\"https://example.org\"")
                .contains("rel=\"nofollow noopener\"");
        assertThat(page).doesNotContain("<script>alert('title')").contains("&lt;script&gt;alert(");
        // the API gives the Markdown as written (a client shows it as text) and the same sanitised HTML
        String json = sione.api("GET", api + "/" + id, null).body();
        String html = json.substring(json.indexOf("\"html\":"));
        assertThat(html).doesNotContain("<script").doesNotContain("<iframe").doesNotContain("href=\\\"javascript");
    }

    @Test
    void postsTooDeepToFormatAreShownAsWrittenAndLongOnesQuickly() {
        // F3: each of these answered 500 (the parser or the renderer overflowed the stack), now or then
        long quotes = start(mele, "", "Quotes " + tag, ">".repeat(10_000) + " deep" + tag);
        reply(sione, quotes, "*".repeat(5_000) + "x" + "*".repeat(5_000), null);
        reply(sione, quotes, "![".repeat(15_000) + "x" + "](u)".repeat(15_000), null);
        Page page = facilitator.get(base + "/" + quotes);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text())
                .contains("This text could not be formatted (it nests more than 100 levels deep", "deep" + tag);
        assertThat(facilitator.api("GET", api + "/" + quotes, null).status()).isEqualTo(200);
        assertThat(sione.get("/search?q=deep" + tag).text()).contains("Quotes " + tag);

        // F2: 80 KB of "<" took 10 s to post and 6 s per view; now both are quick, and the view is remembered
        long started = System.nanoTime();
        long opens = start(mele, "", "Openers " + tag, "<".repeat(80_000));
        Page view = sione.get(base + "/" + opens);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.body()).contains("&lt;&lt;&lt;");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started))
                .isLessThan(java.time.Duration.ofSeconds(10));
    }

    @Test
    void badInputIsAnsweredClearlyAndNothingIsStored() {
        long before = db.sql("select count(*) from discussions.posts")
                .query(Long.class)
                .single();
        Page empty = mele.submit(base + "/new", base, fields("title", "  ", "body", "", "topic", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("Title is required.").contains("Post is required.");
        Page noGroup =
                mele.submit(base + "/new", base, fields("title", "Kept title", "body", "Kept body", "topic", "nope"));
        assertThat(noGroup.status()).isEqualTo(400);
        assertThat(noGroup.body())
                .contains("no such topic group")
                .contains("value=\"Kept title\"")
                .contains("Kept body");
        Page huge = mele.submit(
                base + "/new",
                base,
                fields("title", "Huge", "body", "x".repeat(PostChecker.MAX_BODY + 1), "topic", ""));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.text()).contains("The post is too long: 100,001 characters, at most 100,000 (about 100 kB)");
        Page control = mele.api("POST", api, "{\"title\":\"Bell\\u0007\",\"body\":\"Text\"}");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body()).contains("\"field\":\"title\"").contains("control characters");
        Page emptyApi = mele.api("POST", api, "{}");
        assertThat(emptyApi.status()).isEqualTo(400);
        assertThat(emptyApi.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(emptyApi.body()).contains("\"field\":\"title\"").contains("\"field\":\"body\"");

        // bytes that are not UTF-8 in a JSON body: a 400 problem, not a garbled post
        byte[] latin1 = "{\"title\":\"Caf\u00e9\",\"body\":\"na\u00efve\"}".getBytes(StandardCharsets.ISO_8859_1);
        Page garbled = raw("POST", api, latin1);
        assertThat(garbled.status()).isEqualTo(400);
        assertThat(garbled.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(db.sql("select count(*) from discussions.posts")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);

        // a reply with an empty body comes back with the message, on the discussion's page
        long id = start(mele, "", "Valid " + tag, "Fine.");
        Page emptyReply = sione.post(
                base + "/" + id + "/replies",
                fields("body", " ", "_csrf", sione.get(base).csrf()));
        assertThat(emptyReply.status()).isEqualTo(400);
        assertThat(emptyReply.text()).contains("Post is required.");
        assertThat(sione.api("POST", api + "/" + id + "/replies", "{\"body\":\"x\",\"quotes\":" + Long.MAX_VALUE + "}")
                        .status())
                .isEqualTo(400);
        assertThat(sione.api("PUT", api + "/" + id + "/subscription", "{\"state\":\"LOUD\"}")
                        .status())
                .isEqualTo(400);
        assertThat(sione.api("GET", api + "/" + (id + 100000), null).status()).isEqualTo(404);
    }

    @Test
    void postingTooFastIsRefusedWithTheTextKept() {
        Account flooder = fixtures.account("Fast Poster");
        fixtures.join(community, flooder, CommunityRole.MEMBER);
        Visitor fast = fixtures.signedIn(flooder);
        long id = start(fast, "", "Flood " + tag, "First.");
        // as if they had just written as many posts as anyone may in a minute (the tests' limit is high)
        db.sql(
                        "insert into moderation.posts (account_id, community_id, links, at) select ?, ?, 0, now() from generate_series(1, 100000)")
                .params(flooder.id(), community.id())
                .update();
        long before = db.sql("select count(*) from discussions.posts where thread_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        Page refused = fast.post(
                base + "/" + id + "/replies",
                fields("body", "One more " + tag, "_csrf", fast.get(base).csrf()));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.text()).contains("You are posting very fast").contains("One more " + tag);
        // in the reader's language, down to the time to try again from (not English's 2026-12-05 14:00)
        Page french = fast.post(
                base + "/" + id + "/replies?lang=fr",
                fields("body", "Encore un " + tag, "_csrf", fast.get(base).csrf()));
        assertThat(french.status()).isEqualTo(429);
        assertThat(french.text())
                .contains("Vous publiez très vite", "Réessayez dans", "(à partir de ")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        Page refusedStart =
                fast.submit(base + "/new", base, fields("title", "Another " + tag, "body", "Kept text", "topic", ""));
        assertThat(refusedStart.status()).isEqualTo(429);
        assertThat(refusedStart.body())
                .contains("value=\"Another " + tag + "\"")
                .contains("Kept text");
        Page api429 = fast.api("POST", api + "/" + id + "/replies", "{\"body\":\"Via the API\"}");
        assertThat(api429.status()).isEqualTo(429);
        assertThat(api429.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(db.sql("select count(*) from discussions.posts where thread_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    /** A JSON call with a personal access token and the given bytes as body. */
    private Page raw(String method, String path, byte[] body) {
        return fixtures.bearer(fixtures.token(meleAccount)).api(method, path, "application/json; charset=utf-8", body);
    }

    @Test
    void editsKeepEarlierVersionsAndConcurrentEditsNeverOverwriteEachOther() throws Exception {
        long id = start(mele, "", "Draft agenda " + tag, "Version one.");
        long opening = openingPost(id);
        String editPath = base + "/" + id + "/posts/" + opening + "/edit";
        assertThat(sione.get(editPath).status()).isEqualTo(403);
        assertThat(sione.api("PATCH", api + "/" + id + "/posts/" + opening, "{\"body\":\"Hijacked\",\"version\":1}")
                        .status())
                .isEqualTo(403);
        Page edited = mele.submit(
                editPath, editPath, fields("title", "Agenda " + tag, "body", "Version two.", "version", "1"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body())
                .contains("Agenda " + tag)
                .contains("Version two.")
                .contains("(edited)");

        // a form opened at version 1 and saved after the edit: refused, both texts shown, nothing lost
        Page stale = mele.submit(
                editPath, editPath, fields("title", "Agenda " + tag, "body", "My stale text.", "version", "1"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.text())
                .contains("This post was changed after you started editing it")
                .contains("Version two.")
                .contains("My stale text.");
        assertThat(stale.body()).contains("name=\"version\" value=\"2\"");

        // two saves of version 2 at the same moment: exactly one wins, the other is told, the loser's text is not
        // written
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Page>> edits = List.of("Tab A", "Tab B").stream()
                    .<Callable<Page>>map(text -> () -> {
                        go.await();
                        return mele.api(
                                "PATCH",
                                api + "/" + id + "/posts/" + opening,
                                "{\"body\":\"" + text + "\",\"version\":2}");
                    })
                    .toList();
            List<Future<Page>> results = edits.stream().map(pool::submit).toList();
            go.countDown();
            List<Integer> statuses = results.stream()
                    .map(f -> {
                        try {
                            return f.get().status();
                        } catch (Exception e) {
                            throw new AssertionError(e);
                        }
                    })
                    .sorted()
                    .toList();
            assertThat(statuses).containsExactly(200, 409);
        } finally {
            pool.shutdownNow();
        }
        Page versions = sione.api("GET", api + "/" + id + "/posts/" + opening + "/versions", null);
        assertThat(versions.body())
                .contains("\"version\":2")
                .contains("Version two.")
                .contains("\"version\":1")
                .contains("Version one.")
                .contains("Draft agenda " + tag);
        assertThat(db.sql("select version from discussions.posts where id = ?")
                        .param(opening)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        Page conflict = mele.api("PATCH", api + "/" + id + "/posts/" + opening, "{\"body\":\"Late\",\"version\":2}");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("it is now version 3");
        assertThat(mele.api("PATCH", api + "/" + id + "/posts/" + opening, "{\"body\":\"No version\"}")
                        .status())
                .isEqualTo(400);

        // the history page shows every earlier version; deleting leaves a placeholder and keeps the record
        Page history = sione.get(base + "/" + id + "/posts/" + opening + "/history");
        assertThat(history.body())
                .contains("Version one.")
                .contains("Version two.")
                .contains("Draft agenda " + tag);
        long reply = reply(sione, id, "To be withdrawn " + tag, null);
        assertThat(sione.submit(base + "/" + id, base + "/" + id + "/posts/" + reply + "/delete", fields())
                        .body())
                .contains("This post was deleted by its author.")
                .doesNotContain("To be withdrawn " + tag);
        assertThat(db.sql("select body from discussions.post_versions where post_id = ?")
                        .param(reply)
                        .query(String.class)
                        .single())
                .isEqualTo("To be withdrawn " + tag);
        assertThat(mele.get(base + "/" + id + "/posts/" + reply + "/history").status())
                .isEqualTo(404);
        assertThat(sione.api("PATCH", api + "/" + id + "/posts/" + reply, "{\"body\":\"Back\",\"version\":2}")
                        .status())
                .isEqualTo(409);
        assertThat(Set.of(mele.api("GET", api + "/" + id, null).status())).containsExactly(200);
    }
}
