package org.statcommons.content.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.content.pages.PageViewCounter;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Download;
import org.statcommons.support.Visitor.Page;

/**
 * Publishing and privacy: a private page does not leak through the page, its raw Markdown, history,
 * comparison, the feed, the sitemap or the API, to anonymous visitors, non-members or removed members;
 * a published page is readable by anyone, in the version published, with an ETag and 304s.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedPagesIntegrationTests {

    private static final String SECRET = "Confidential-draft-7f3a";

    @Autowired
    Fixtures fixtures;

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    PageViewCounter views;

    Community community;
    String slug;
    String space;
    long communityId;
    Visitor secretariat;
    Visitor facilitator;
    Visitor member;
    Visitor nonMember;
    Visitor removed;
    Account removedPerson;

    @BeforeAll
    void setUp() {
        Account founder = fixtures.account("Founder", PlatformRole.SECRETARIAT);
        community = fixtures.community("Publish", JoinPolicy.BY_REQUEST, founder);
        slug = community.slug();
        communityId = community.id();
        space = Fixtures.space(community);
        secretariat = fixtures.signedIn(founder);
        facilitator = fixtures.signedIn(fixtures.member(community, "Pita Facilitator", CommunityRole.FACILITATOR));
        member = fixtures.signedIn(fixtures.member(community, "Mele Member", CommunityRole.MEMBER));
        removedPerson = fixtures.member(community, "Removed Member", CommunityRole.MEMBER);
        removed = fixtures.signedIn(removedPerson);
        nonMember = fixtures.signedIn(fixtures.account("Outsider"));
    }

    private Page create(String path, String title, String body) {
        return fixtures.page(facilitator, community, path, title, body);
    }

    /** A visitor who has never been here (no cookie), asking with these request headers. */
    private Page anonymous(String path, Map<String, String> headers) {
        return fixtures.anonymous()
                .getNoFollow(
                        path,
                        headers.entrySet().stream()
                                .flatMap(header -> Stream.of(header.getKey(), header.getValue()))
                                .toArray(String[]::new));
    }

    @Test
    void aPrivatePageLeaksThroughNoChannel() throws Exception {
        Page created = create("secret/plan", "Secret plan " + SECRET, "The plan: " + SECRET);
        assertThat(created.text()).contains(SECRET);
        Page history = member.get(space + "/-/history/secret/plan");
        String commit = history.body().replaceAll("(?s).*[?&]version=([0-9a-f]{40}).*", "$1");
        assertThat(commit).hasSize(40);
        // the removed member could read until removed, and not after
        assertThat(removed.get(space + "/secret/plan").text()).contains(SECRET);
        Page membersPage = secretariat.get("/c/" + slug + "/members/" + removedPerson.id());
        secretariat.post(
                "/c/" + slug + "/members/" + removedPerson.id() + "/remove",
                fields("_csrf", membersPage.csrf(), "reason", "Left the office"));

        List<String> privateAddresses = List.of(
                space,
                space + "/secret/plan",
                space + "/secret/plan?version=" + commit,
                space + "/-/raw/secret/plan",
                space + "/-/history/secret/plan",
                space + "/-/history",
                space + "/-/compare/secret/plan?to=" + commit,
                space + "/-/broken-links",
                space + "/-/edit/secret/plan");
        for (String address : privateAddresses) {
            Page anonymousAnswer = anonymous(address, Map.of());
            assertThat(anonymousAnswer.status()).as("anonymous " + address).isEqualTo(302);
            assertThat(anonymousAnswer.headers().firstValue("Location").orElse(""))
                    .contains("/sign-in");
            assertThat(anonymousAnswer.body()).doesNotContain(SECRET);
            for (Visitor outsider : List.of(nonMember, removed)) {
                Page answer = outsider.getNoFollow(address);
                assertThat(answer.status()).as(address).isEqualTo(403);
                assertThat(answer.body()).doesNotContain(SECRET);
            }
            if (!address.contains("/-/edit/")) {
                assertThat(member.get(address).status()).as("member " + address).isEqualTo(200);
            }
        }
        Page afterRemoval = removed.getNoFollow(space + "/secret/plan");
        assertThat(afterRemoval.status()).isEqualTo(403);
        assertThat(afterRemoval.body()).doesNotContain(SECRET);

        for (String address : List.of("/c/" + slug + "/p/secret/plan", "/c/" + slug + "/feed.atom", "/sitemap.xml")) {
            Page answer = anonymous(address, Map.of());
            assertThat(answer.body()).as(address).doesNotContain(SECRET).doesNotContain("secret/plan");
        }
        assertThat(anonymous("/c/" + slug + "/p/secret/plan", Map.of()).status())
                .isEqualTo(404);
        Page api =
                anonymous("/api/v1/communities/" + slug + "/pages/secret/plan", Map.of("Accept", "application/json"));
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.body()).doesNotContain(SECRET);
        Page apiList = nonMember.api("GET", "/api/v1/communities/" + slug + "/pages", null);
        assertThat(apiList.status()).isEqualTo(403);
        assertThat(apiList.body()).doesNotContain(SECRET);
        assertThat(removed.api("GET", "/api/v1/communities/" + slug + "/pages/secret/plan", null)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aPublishedVersionIsPublicWithAnEtagUntilUnpublished() throws Exception {
        create("guides/open-data", "Open data guide", "# Open data\n\nVersion one is public.\n");
        assertThat(member.get(space + "/guides/open-data").text())
                .contains("Not published")
                .doesNotContain("Publish this version");
        Page page = facilitator.get(space + "/guides/open-data");
        String version = page.body().replaceAll("(?s).*name=\"version\" value=\"([0-9a-f]{40})\".*", "$1");
        Page published = facilitator.post(
                space + "/-/publish/guides/open-data", fields("_csrf", page.csrf(), "version", version));
        assertThat(published.text()).contains("Published:");
        assertThat(member.post(space + "/-/publish/guides/open-data", fields("_csrf", page.csrf()))
                        .status())
                .isEqualTo(403);

        String address = "/c/" + slug + "/p/guides/open-data";
        Page first = anonymous(address, Map.of("User-Agent", BROWSER));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body())
                .contains(
                        "Version one is public.",
                        "<link rel=\"canonical\" href=\"http://localhost:" + port + address + "\">");
        assertThat(first.headers().firstValue("Cache-Control").orElse(""))
                .contains("public")
                .contains("max-age");
        assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).startsWith("\"");
        Page again = anonymous(
                address,
                Map.of("If-None-Match", etag, "User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)"));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        // a later edit stays private until published again
        Page form = facilitator.get(space + "/-/edit/guides/open-data");
        String base = form.body().replaceAll("(?s).*name=\"baseCommit\" value=\"([0-9a-f]{40})\".*", "$1");
        facilitator.post(
                space + "/-/edit/guides/open-data",
                fields(
                        "_csrf",
                        form.csrf(),
                        "baseCommit",
                        base,
                        "title",
                        "Open data guide",
                        "body",
                        "# Open data\n\nVersion two is a draft.\n",
                        "summary",
                        "Draft"));
        Page stillOld = anonymous(address, Map.of("If-None-Match", etag));
        assertThat(stillOld.status()).isEqualTo(304);
        assertThat(anonymous(address, Map.of()).body())
                .contains("Version one is public.")
                .doesNotContain("Version two");
        // answered again (from memory, ahead of the security filters, when it comes soon enough): same headers
        Page replayed = anonymous(address, Map.of("User-Agent", BROWSER));
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.headers().firstValue("Content-Security-Policy"))
                .isPresent()
                .isEqualTo(first.headers().firstValue("Content-Security-Policy"));
        assertThat(replayed.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(replayed.headers().firstValue("ETag")).contains(etag);
        assertThat(replayed.headers().firstValue("Set-Cookie")).isEmpty();
        // the remembered answer is for browsers: a token is refused here as on every page
        Page withToken = anonymous(address, Map.of("Authorization", "Bearer scpat_anything"));
        assertThat(withToken.status()).isEqualTo(401);
        assertThat(member.get(space + "/guides/open-data").text()).contains("Changed since published");

        assertThat(anonymous("/c/" + slug + "/feed.atom", Map.of()).body())
                .contains("<title>Open data guide</title>", "http://localhost:" + port + address);
        Page sitemap = anonymous("/sitemap.xml", Map.of());
        assertThat(sitemap.headers().firstValue("Content-Type").orElse("")).contains("xml");
        assertThat(sitemap.body()).contains("<loc>http://localhost:" + port + address + "</loc>");

        // views: the browser's two visits counted, the robot's and the agent-less ones not (written in a batch)
        views.flush();
        assertThat(db.sql("select coalesce(sum(views), 0) from content.page_views where community_id = ? and path = ?")
                        .params(communityId, "guides/open-data.md")
                        .query(Long.class)
                        .single())
                .isEqualTo(2L);

        Page republish = facilitator.get(space + "/guides/open-data");
        facilitator.post(space + "/-/publish/guides/open-data", fields("_csrf", republish.csrf()));
        Page newVersion = anonymous(address, Map.of("If-None-Match", etag));
        assertThat(newVersion.status()).isEqualTo(200);
        assertThat(newVersion.body()).contains("Version two is a draft.");
        assertThat(newVersion.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);

        Page unpublishForm = facilitator.get(space + "/guides/open-data");
        assertThat(facilitator
                        .post(space + "/-/unpublish/guides/open-data", fields("_csrf", unpublishForm.csrf()))
                        .text())
                .contains("Unpublished");
        assertThat(anonymous(address, Map.of()).status()).isEqualTo(404);
        assertThat(anonymous("/c/" + slug + "/feed.atom", Map.of()).body()).doesNotContain("Open data guide");
        assertThat(anonymous("/sitemap.xml", Map.of()).body()).doesNotContain(address);
    }

    @Test
    void aPublishedPagesFrameIsInTheReadersLanguageAnsweredFromMemoryPerLanguage() {
        Page created = create("pub/languages", "Guía de datos", "Texto de la guía.");
        facilitator.post(space + "/-/publish/pub/languages", fields("_csrf", created.csrf()));
        String address = "/c/" + slug + "/p/pub/languages";
        for (int round = 0; round < 2; round++) {
            // the second round is answered from memory, ahead of the controller: each language its own answer
            Page english = anonymous(address, Map.of());
            assertThat(english.body()).contains("<html lang=\"en\" dir=\"ltr\">", "Published by", "Texto de la guía.");
            Page french = anonymous(address, Map.of("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8"));
            assertThat(french.body())
                    .contains("<html lang=\"fr\" dir=\"ltr\">", "Publiée par", "Flux des pages publiées")
                    .doesNotContain("Published by");
            assertThat(french.headers().firstValue("ETag"))
                    .isNotEqualTo(english.headers().firstValue("ETag"));
            assertThat(french.headers().allValues("Vary").toString()).contains("Accept-Language", "Cookie");
            Page arabic = anonymous(address, Map.of("Cookie", "statcommons-language=ar"));
            assertThat(arabic.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "نشرها");
            assertThat(arabic.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(anonymous(address + "?lang=zh", Map.of()).body()).contains("<html lang=\"zh-Hans\"", "发布");
        }
        // a signed-in reader's profile names the language, which a kept answer cannot know: sessions go the whole way
        Account reader = fixtures.account("Russian Reader");
        db.sql("update identity.accounts set interface_language = 'ru' where id = ?")
                .param(reader.id())
                .update();
        Visitor russian = fixtures.signedIn(reader);
        for (int round = 0; round < 2; round++) {
            assertThat(russian.get(address).body()).contains("<html lang=\"ru\"", "Опубликовано");
        }
        // the landing page's section of published pages too
        assertThat(member.get("/c/" + slug + "?lang=es").body())
                .contains("Páginas publicadas", "Guía de datos", "publicada el")
                .doesNotContain("Published pages");
        // the space's history says what happened to each page in words, not Git's letters
        assertThat(member.get(space + "/-/history?lang=fr").body()).contains("ajoutée");
    }

    @Test
    void aPublicPageLinksOnlyToOtherPublicPages() throws Exception {
        create("pub/a", "Public A", "See [[Private B]] and [the other](b.md) and [[Public C]].");
        create("pub/b", "Private B", "Private text.");
        create("pub/c", "Public C", "Public text.");
        for (String path : List.of("pub/a", "pub/c")) {
            Page page = facilitator.get(space + "/" + path);
            facilitator.post(space + "/-/publish/" + path, fields("_csrf", page.csrf()));
        }
        String body = anonymous("/c/" + slug + "/p/pub/a", Map.of()).body();
        assertThat(body)
                .contains("href=\"/c/" + slug + "/p/pub/c\"", "Private B", "the other")
                .doesNotContain("/space/", "/p/pub/b");
    }

    @Test
    void publicFeedAndSitemapAreWellFormedXmlEvenWithHostileTitles() throws Exception {
        Page created = create("pub/xml", "Fish & chips <b>\"bold\"</b> ]]>", "text");
        facilitator.post(space + "/-/publish/pub/xml", fields("_csrf", created.csrf()));
        String feed = anonymous("/c/" + slug + "/feed.atom", Map.of()).body();
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(feed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
                        .item(1)
                        .getTextContent())
                .isEqualTo("Fish & chips <b>\"bold\"</b> ]]>");
        assertThat(feed).as("English by default").contains(": published pages</title>", "<summary>Published 2");
        assertThat(anonymous("/c/" + slug + "/feed.atom", Map.of("Accept-Language", "fr"))
                        .body())
                .as("the feed's own words in the reader's language, the page's title as written")
                .contains(" : pages publiées</title>", "<summary>Publiée le ", "Fish &amp; chips")
                .doesNotContain("Published");
        String sitemap = anonymous("/sitemap.xml", Map.of()).body();
        assertThat(factory.newDocumentBuilder()
                        .parse(new java.io.ByteArrayInputStream(
                                sitemap.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .getDocumentElement()
                        .getLocalName())
                .isEqualTo("urlset");
    }

    @Test
    void aPublishedPageWithItsStylesheetIsUnderThirtyKilobytesOnTheWire() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            body.append("## Section ")
                    .append(i)
                    .append("\n\nRegional guidelines for integrating administrative data with surveys, ")
                    .append("with a table:\n\n| Source | Use |\n| --- | --- |\n| Register ")
                    .append(i)
                    .append(" | Frame |\n\n");
        }
        Page created = create("pub/long", "A long guideline", body.toString());
        facilitator.post(space + "/-/publish/pub/long", fields("_csrf", created.csrf()));
        Visitor reader = fixtures.anonymous();
        Download html = reader.download("/c/" + slug + "/p/pub/long", "Accept-Encoding", "gzip");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Encoding")).contains("gzip");
        String page = new String(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(html.body())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("<script");
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("rel=\"stylesheet\" href=\"([^\"]+)\"")
                .matcher(page);
        assertThat(css.find()).isTrue();
        Download stylesheet = reader.download(css.group(1), "Accept-Encoding", "gzip");
        assertThat(stylesheet.status()).isEqualTo(200);
        assertThat(html.body().length + stylesheet.body().length).isLessThan(30 * 1024);
    }
}
