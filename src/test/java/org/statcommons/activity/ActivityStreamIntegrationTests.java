package org.statcommons.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Activity;
import org.statcommons.platform.activity.ActivityKind;
import org.statcommons.platform.activity.Audience;
import org.statcommons.platform.activity.ContentHidden;
import org.statcommons.platform.activity.Subject;
import org.statcommons.platform.activity.Visibility;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The activity stream, fed by the events features publish: members see the members' lines, everyone else
 * and the Atom feed only the public ones, personal ones nobody; a hidden item leaves stream, feed and API.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityStreamIntegrationTests {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Fixtures fixtures;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ActivityLines activity;

    Community community;
    Account memberAccount;
    Visitor member;
    Visitor outsider;
    Visitor anonymous;
    String stream;

    @BeforeAll
    void setUp() {
        outsider = fixtures.signedIn(fixtures.account("Olo Outsider"));
        anonymous = fixtures.anonymous();
    }

    /** A community of its own for each test, so that one test's lines do not page another's away. */
    @BeforeEach
    void community() {
        community = fixtures.community("Activity");
        memberAccount = fixtures.member(community, "Lupe Member", CommunityRole.MEMBER);
        member = fixtures.signedIn(memberAccount);
        stream = "/c/" + community.slug() + "/activity";
    }

    /** Publishes as a feature does, in a transaction; the stream records it after commit. */
    private Activity publish(ActivityKind kind, String title, Visibility visibility, Subject about, Subject item) {
        return publish(line(kind).title(title), title, visibility, about, item);
    }

    /** The same with a title from the bundles, as the features write theirs. */
    private Activity publish(ActivityKind kind, Text title, Visibility visibility, Subject about, Subject item) {
        return publish(line(kind).title(title), title.english(), visibility, about, item);
    }

    private Activity.Builder line(ActivityKind kind) {
        return Activity.of(kind, community.id(), Instant.now().truncatedTo(ChronoUnit.MICROS))
                .by(memberAccount.id(), "Lupe Member");
    }

    private Activity publish(Activity.Builder line, String title, Visibility visibility, Subject about, Subject item) {
        Activity activity = line.excerpt("Excerpt of " + title)
                .link("/c/" + community.slug() + "/space")
                .visibleTo(visibility)
                .about(about)
                .item(item)
                .tell(Audience.everyMember())
                .build();
        transaction.executeWithoutResult(status -> events.publishEvent(activity));
        return activity;
    }

    private void awaitRecorded(String title) {
        await().atMost(PATIENCE)
                .until(() -> db.sql("select count(*) from activity.lines where community_id = ? and title = ?")
                                .params(community.id(), title)
                                .query(Integer.class)
                                .single()
                        == 1);
    }

    private void hide(Subject item, boolean hidden) {
        transaction.executeWithoutResult(
                status -> events.publishEvent(new ContentHidden(community.id(), item, hidden)));
        await().atMost(PATIENCE)
                .until(() -> db.sql("select count(*) from activity.hidden_items where community_id = ? and item = ?")
                                .params(community.id(), item.key())
                                .query(Integer.class)
                                .single()
                        == (hidden ? 1 : 0));
    }

    @Test
    void membersSeeTheMembersPartOthersAndTheFeedOnlyThePublicOne() throws Exception {
        publish(
                ActivityKind.PAGE_PUBLISHED,
                Text.of("content.activity.published", "Lupe", "Sampling guide"),
                Visibility.PUBLIC,
                new Subject("page", community.id() + "/guides/sampling.md"),
                null);
        publish(
                ActivityKind.DISCUSSION_STARTED,
                "Lupe started “Budget worries”",
                Visibility.MEMBERS,
                Subject.of("thread", 900),
                null);
        publish(
                ActivityKind.MEMBERSHIP_DECISION,
                "Your request was approved",
                Visibility.PERSONAL,
                Subject.of("membership", memberAccount.id()),
                null);
        awaitRecorded("Lupe published “Sampling guide”");
        awaitRecorded("Lupe started “Budget worries”");

        Visitor.Page asMember = member.get(stream);
        assertThat(asMember.status()).isEqualTo(200);
        assertThat(asMember.text())
                .contains(
                        "Lupe published “Sampling guide”",
                        "Lupe started “Budget worries”",
                        "Members only",
                        "Pages published",
                        "Lupe Member",
                        "UTC")
                .doesNotContain("Your request was approved");
        assertThat(asMember.body().indexOf("Budget worries"))
                .as("newest first")
                .isLessThan(asMember.body().indexOf("Sampling guide"));
        for (Visitor other : List.of(anonymous, outsider)) {
            Visitor.Page page = other.get(stream);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.text())
                    .contains("Lupe published “Sampling guide”")
                    .doesNotContain("Budget worries")
                    .doesNotContain("Your request was approved");
        }
        assertThat(db.sql("select count(*) from activity.lines where community_id = ? and kind = 'MEMBERSHIP_DECISION'")
                        .param(community.id())
                        .query(Integer.class)
                        .single())
                .as("personal activity is never stored")
                .isZero();

        Visitor.Download feed = anonymous.download(stream + ".atom");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
        assertThat(feed.headers().firstValue("Set-Cookie"))
                .as("a feed sets no cookie")
                .isEmpty();
        assertThat(feed.header("Cache-Control")).contains("public", "max-age");
        Document atom = parse(feed.body());
        Element root = atom.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(children(root, "id")).isEqualTo(1);
        assertThat(children(root, "title")).isEqualTo(1);
        assertThat(children(root, "updated")).isEqualTo(1);
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(1);
        Element entry = (Element) entries.item(0);
        assertThat(text(entry, "title")).isEqualTo("Lupe published “Sampling guide”");
        assertThat(text(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(text(entry, "id")).startsWith("http://localhost:" + port + stream + "#activity-");
        assertThat(((Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"))
                .isEqualTo("http://localhost:" + port + "/c/" + community.slug() + "/space");
        assertThat(new String(feed.body(), StandardCharsets.UTF_8)).doesNotContain("Budget worries");
        assertThat(new String(member.download(stream + ".atom").body(), StandardCharsets.UTF_8))
                .as("members get the public feed too")
                .doesNotContain("Budget worries");

        String etag = feed.header("ETag");
        assertThat(etag).startsWith("\"");
        Visitor.Download again = anonymous.download(stream + ".atom", "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        // a French feed: by its address, or by the reader's Accept-Language when the address names none
        assertThat(feed.header("Vary")).contains("Accept-Language");
        for (Visitor.Download french : List.of(
                anonymous.download(stream + ".atom?lang=fr"),
                anonymous.download(stream + ".atom", "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5"))) {
            Element frenchRoot = parse(french.body()).getDocumentElement();
            assertThat(frenchRoot.getAttribute("xml:lang")).isEqualTo("fr");
            assertThat(text(frenchRoot, "title")).isEqualTo(community.name() + " : activité");
            assertThat(text(
                            (Element) frenchRoot
                                    .getElementsByTagNameNS(ATOM, "entry")
                                    .item(0),
                            "title"))
                    .isEqualTo("Lupe a publié « Sampling guide »");
            assertThat(french.header("ETag")).as("another representation").isNotEqualTo(etag);
        }
    }

    @Test
    void aHiddenItemLeavesTheStreamTheFeedAndTheApiUntilRestored() throws Exception {
        Subject comment = Subject.of("comment", 4242);
        String title = "Lupe commented on “Hidden matters”";
        publish(
                ActivityKind.PAGE_COMMENT,
                title,
                Visibility.PUBLIC,
                new Subject("page", community.id() + "/hidden.md"),
                comment);
        Subject thread = Subject.of("thread", 4343);
        String reply = "Lupe replied in “A thread to hide”";
        publish(ActivityKind.REPLY, reply, Visibility.MEMBERS, thread, Subject.of("post", 4344));
        awaitRecorded(title);
        awaitRecorded(reply);
        assertThat(member.get(stream).text()).contains(title, reply);
        String etagBefore = anonymous.download(stream + ".atom").header("ETag");

        hide(comment, true);
        hide(thread, true);
        assertThat(member.get(stream).text())
                .doesNotContain(title)
                .as("lines about a hidden thread go too")
                .doesNotContain(reply);
        assertThat(anonymous.get(stream).text()).doesNotContain(title);
        Visitor.Download feed = anonymous.download(stream + ".atom", "If-None-Match", etagBefore);
        assertThat(feed.status()).as("the feed changed").isEqualTo(200);
        assertThat(new String(feed.body(), StandardCharsets.UTF_8)).doesNotContain("Hidden matters");
        assertThat(fixtures.bearer(fixtures.token(memberAccount))
                        .api("GET", "/api/v1/communities/" + community.slug() + "/activity", null)
                        .body())
                .doesNotContain("Hidden matters", "A thread to hide");

        hide(comment, false);
        assertThat(member.get(stream).text()).contains(title).doesNotContain(reply);
        assertThat(new String(anonymous.download(stream + ".atom").body(), StandardCharsets.UTF_8))
                .contains("Hidden matters");
    }

    @Test
    void theApiFiltersByKindAndPagesNewestFirst() {
        for (int i = 1; i <= 53; i++) {
            publish(
                    ActivityKind.PAGE_CHANGED,
                    "Paged change " + i,
                    Visibility.PUBLIC,
                    new Subject("page", community.id() + "/paged-" + i + ".md"),
                    null);
        }
        await().atMost(PATIENCE)
                .until(() -> db.sql(
                                        "select count(*) from activity.lines where community_id = ? and title like 'Paged change %'")
                                .param(community.id())
                                .query(Integer.class)
                                .single()
                        == 53);
        String api = "/api/v1/communities/" + community.slug() + "/activity";
        Visitor.Page first = anonymous.get(api + "?kind=PAGE_CHANGED");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body())
                .contains("\"title\":\"Paged change 53\"", "\"kind\":\"PAGE_CHANGED\"", "\"visibility\":\"PUBLIC\"")
                .doesNotContain("\"title\":\"Paged change 3\"")
                .doesNotContain("Sampling guide");
        String older = first.body().replaceAll("(?s).*\"older\":(\\d+).*", "$1");
        Visitor.Page second = anonymous.get(api + "?kind=PAGE_CHANGED&before=" + older);
        assertThat(second.body())
                .contains("\"title\":\"Paged change 1\"", "\"title\":\"Paged change 3\"", "\"older\":null")
                .doesNotContain("\"title\":\"Paged change 4\"");

        Visitor.Page page = member.get(stream + "?kind=PAGE_CHANGED");
        assertThat(page.text()).contains("Paged change 53", "Older activity").doesNotContain("Paged change 3 ");

        Visitor.Page wrong = anonymous.get(api + "?kind=NOT_A_KIND");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(wrong.body()).contains("Unknown kind of activity: NOT_A_KIND");
    }

    @Test
    void otherFeaturesReadWhatHappenedSinceADate() {
        Instant before = Instant.now().minusSeconds(1);
        publish(
                ActivityKind.PAGE_PUBLISHED,
                "Lupe published “Since guide”",
                Visibility.PUBLIC,
                new Subject("page", community.id() + "/guides/since.md"),
                null);
        awaitRecorded("Lupe published “Since guide”");
        List<ActivityLine> lines = activity.since(community.id(), before, Set.of(ActivityKind.PAGE_PUBLISHED));
        assertThat(lines).extracting(ActivityLine::title).contains("Lupe published “Since guide”");
        assertThat(lines)
                .allMatch(line ->
                        line.kind() == ActivityKind.PAGE_PUBLISHED && !line.at().isBefore(before));
        assertThat(activity.since(community.id(), Instant.now().plusSeconds(60), EnumSet.allOf(ActivityKind.class)))
                .isEmpty();
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static int children(Element parent, String name) {
        int count = 0;
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                count++;
            }
        }
        return count;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    /**
     * The people kept per day ({@code activity.actor_days}, for the dashboard's active members) equal a recount of the
     * lines, whether the lines came one at a time through the recorder or many in one statement, and the dashboard's
     * figures read from them are those of the lines.
     */
    @Test
    void thePeopleKeptPerDayEqualARecountOfTheLines() {
        publish(
                ActivityKind.PAGE_COMMENT,
                "A comment",
                Visibility.MEMBERS,
                Subject.of("thread", 1),
                Subject.of("comment", 77));
        awaitRecorded("A comment");
        publish(ActivityKind.REPLY, "A reply", Visibility.MEMBERS, Subject.of("thread", 2), Subject.of("post", 78));
        awaitRecorded("A reply");
        Account other = fixtures.member(community, "Ana Other", CommunityRole.MEMBER);
        // many lines in one statement, two of them the same person and day: one row, its kinds of act together
        db.sql("""
                        insert into activity.lines (community_id, kind, actor_id, actor_name, title, link, visibility,
                            about, item, at)
                        values (:c, 'PAGE_PUBLISHED', :o, 'Ana', 'p', '/x', 'MEMBERS', 'page:x', 'page:x', now() - interval '40 days'),
                               (:c, 'DISCUSSION_STARTED', :o, 'Ana', 'd', '/x', 'MEMBERS', 'thread:3', 'thread:3',
                                now() - interval '40 days'),
                               (:c, 'MEMBER_JOINED', :o, 'Ana', 'j', '/x', 'MEMBERS', 'membership:1', 'membership:1', now()),
                               (:c, 'REPLY', null, 'Someone', 'r', '/x', 'MEMBERS', 'thread:3', 'post:5', now())""").param("c", community.id()).param("o", other.id()).update();
        String recount = """
                select community_id, (at at time zone 'UTC')::date, actor_id,
                       bool_or(kind in ('PAGE_CHANGED', 'PAGE_PUBLISHED', 'PROPOSAL_TO_REVIEW')),
                       bool_or(kind = 'PAGE_COMMENT' or (kind = 'REPLY' and starts_with(item, 'comment:'))),
                       bool_or(kind in ('DISCUSSION_STARTED', 'ANSWER_MARKED')
                               or (kind = 'REPLY' and starts_with(item, 'post:')))
                from activity.lines
                where community_id = :c and actor_id is not null
                  and kind in ('PAGE_CHANGED', 'PAGE_PUBLISHED', 'PROPOSAL_TO_REVIEW', 'PAGE_COMMENT', 'REPLY',
                               'DISCUSSION_STARTED', 'ANSWER_MARKED')
                group by 1, 2, 3""";
        String kept = "select * from activity.actor_days where community_id = :c";
        for (String difference :
                List.of("(" + kept + ") except (" + recount + ")", "(" + recount + ") except (" + kept + ")")) {
            assertThat(db.sql(difference).param("c", community.id()).query().listOfRows())
                    .isEmpty();
        }
        assertThat(db.sql(kept).param("c", community.id()).query().listOfRows()).hasSize(2);

        Instant now = Instant.now();
        assertThat(activity.actors(community.id(), now.minus(Duration.ofDays(60)), now.plus(Duration.ofDays(1))))
                .isEqualTo(new ActivityLines.Actors(2, 1, 1, 2));
        assertThat(activity.actors(
                        community.id(),
                        now.truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(1)),
                        now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1))))
                .isEqualTo(new ActivityLines.Actors(1, 0, 1, 1));
    }
}
