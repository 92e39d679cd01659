package org.statcommons.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A hidden page's text stays hidden in every version: its history keeps who changed what when, but the old
 * versions (also those from before it moved), the comparisons inline and side by side, the Markdown, the
 * editor, its files (listed, downloaded, old versions) and the API show members the notice or 404, while a
 * moderator still reads it all.
 */
@StatCommonsIntegrationTest
class HiddenPageVersionsIntegrationTests {

    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*(?:\\?version=|/-/compare/)[^\"]*)\"");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Test
    void noVersionOfAHiddenPageShowsItsTextToMembers() {
        Community community = fixtures.community("Hidden versions");
        String space = "/c/" + community.slug() + "/space";
        String api = "/api/v1/communities/" + community.slug() + "/pages";
        Visitor member = fixtures.signedIn(fixtures.member(community, "Sione Member", CommunityRole.MEMBER));
        Visitor facilitator =
                fixtures.signedIn(fixtures.member(community, "Lagi Facilitator", CommunityRole.FACILITATOR));
        Visitor moderator = fixtures.signedIn(fixtures.member(community, "Tavita Moderator", CommunityRole.MODERATOR));
        String secret = "secretword" + Long.toString(System.nanoTime(), 36);

        // three versions and a file, then a move: the old versions keep the old path
        assertThat(fixtures.page(facilitator, community, "draft", "Draft", "First " + secret + " line.")
                        .status())
                .isEqualTo(200);
        assertThat(facilitator
                        .api(
                                "PUT",
                                api + "/draft",
                                "{\"title\":\"Draft\",\"body\":\"First " + secret + " line.\\n\\nSecond " + secret
                                        + " line.\",\"baseCommit\":\"" + latest(community) + "\",\"summary\":\"more\"}")
                        .status())
                .isEqualTo(200);
        String beforeMove = latest(community);
        assertThat(facilitator
                        .submit(space + "/-/move/draft", space + "/-/move/draft", fields("to", "leak", "summary", ""))
                        .status())
                .isEqualTo(200);
        // (a move leaves a page's files where they were: they are attached to the page where it is now)
        assertThat(facilitator
                        .upload(
                                space + "/leak",
                                space + "/-/attach/leak",
                                "figures.csv",
                                "text/csv",
                                ("id,word\n1," + secret + "\n").getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(302);
        String withFile = latest(community);
        assertThat(facilitator
                        .upload(
                                space + "/leak",
                                space + "/-/attach/leak",
                                "other.csv",
                                "text/csv",
                                "id,word\n1,plain\n".getBytes(StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(302);
        assertThat(member.get(space + "/draft?version=" + beforeMove).text())
                .as("before hiding")
                .contains(secret);
        Page proposed = member.api(
                "POST",
                "/api/v1/communities/" + community.slug() + "/proposals",
                "{\"path\":\"leak.md\",\"title\":\"Draft\","
                        + "\"body\":\"Proposed " + secret + " line.\",\"baseCommit\":\"" + latest(community)
                        + "\",\"proposalTitle\":\"Sharpen\","
                        + "\"proposalDescription\":\"\"}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        Matcher proposalId = Pattern.compile("\"id\":(\\d+)").matcher(proposed.body());
        assertThat(proposalId.find()).isTrue();
        String proposal = "/c/" + community.slug() + "/proposals/" + proposalId.group(1);
        assertThat(member.get(proposal).body())
                .as("a proposal's changes before hiding")
                .contains(secret);

        // hidden through the queue
        String item = "page:" + community.id() + "/leak.md";
        assertThat(member.submit(space + "/leak", "/flag", fields("item", item, "reason", "CONFIDENTIAL"))
                        .text())
                .contains("Thank you");
        long entry = db.sql("select id from moderation.reports where item = ? order by id desc limit 1")
                .param(item)
                .query(Long.class)
                .single();
        String queue = "/c/" + community.slug() + "/moderation";
        assertThat(moderator
                        .submit(queue, queue + "/reports/" + entry, fields("decision", "hide"))
                        .text())
                .contains("Hidden everywhere");

        // the history still says who changed what when, and links every version and comparison
        Page history = member.get(space + "/-/history/leak");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.text())
                .contains("Lagi Facilitator")
                .contains("moved from draft.md")
                .doesNotContain(secret);
        List<String> links = links(history.body());
        assertThat(links).hasSizeGreaterThanOrEqualTo(6);
        List<String> views = new ArrayList<>(links);
        views.addAll(links.stream()
                .filter(link -> link.contains("/-/compare/"))
                .map(link -> link.replace("view=inline", "view=side"))
                .toList());
        views.add(space + "/leak");
        views.add(space + "/-/attachments/leak");
        views.add(space + "/-/history/draft");
        for (String view : views) {
            Page seen = member.get(view);
            assertThat(seen.status()).as(view).isEqualTo(200);
            assertThat(seen.body()).as(view).doesNotContain(secret);
            if (!view.contains("/-/history/")) {
                assertThat(seen.text()).as(view).contains("hidden by a moderator");
            }
            if (view.contains("?version=") || view.equals(space + "/leak")) {
                assertThat(moderator.get(view).body()).as(view).contains(secret);
            }
        }
        assertThat(links.stream().filter(link -> link.contains("?version=") && link.contains("/draft")))
                .as("versions before the move")
                .isNotEmpty();
        String firstChanges = links.get(links.size() - 1);
        assertThat(firstChanges).contains("/-/compare/");
        assertThat(moderator.get(firstChanges).body()).contains(secret);
        assertThat(member.get(space + "/leak").body()).doesNotContain("figures.csv");
        assertThat(moderator.get(space + "/-/attachments/leak").body()).contains("figures.csv");

        // Markdown, who wrote what, the editor, files now and then: 404 to members and facilitators, readable by
        // moderators
        List<String> refused = List.of(
                space + "/-/raw/leak",
                space + "/-/raw/draft?version=" + beforeMove,
                space + "/-/blame/leak",
                space + "/-/edit/leak",
                space + "/-/files/leak.files/figures.csv",
                space + "/-/files/leak.files/figures.csv?version=" + withFile);
        for (String path : refused) {
            Visitor.Download refusal = member.download(path);
            // (a plain member may not edit at all: 403 before the page is looked at)
            assertThat(refusal.status()).as(path).isEqualTo(path.contains("/-/edit/") ? 403 : 404);
            assertThat(new String(refusal.body(), StandardCharsets.UTF_8))
                    .as(path)
                    .doesNotContain(secret);
            assertThat(facilitator.get(path).status()).as(path).isEqualTo(404);
            assertThat(new String(moderator.download(path).body(), StandardCharsets.UTF_8))
                    .as(path)
                    .contains(secret);
        }

        // a proposal that changes the page shows the notice instead of its changes
        assertThat(member.get(proposal).body()).doesNotContain(secret).contains("A moderator has hidden this page");
        assertThat(moderator.get(proposal).body()).contains(secret);

        // the API: the page without its body, its files refused
        Page json = member.api("GET", api + "/leak", null);
        assertThat(json.body()).contains("\"hidden\":true").doesNotContain(secret);
        assertThat(member.api("GET", api + "/leak/attachments", null).status()).isEqualTo(404);
        assertThat(member.download(api + "/leak/attachments/figures.csv").status())
                .isEqualTo(404);
        assertThat(moderator.api("GET", api + "/leak", null).body()).contains(secret);
        assertThat(moderator.api("GET", api + "/leak/attachments", null).body()).contains("figures.csv");
        assertThat(new String(
                        moderator
                                .download(api + "/leak/attachments/figures.csv")
                                .body(),
                        StandardCharsets.UTF_8))
                .contains(secret);
        // saving over it would answer a conflict with its text: refused to members
        assertThat(facilitator
                        .api(
                                "PUT",
                                api + "/leak",
                                "{\"title\":\"Draft\",\"body\":\"x\",\"baseCommit\":\"" + withFile + "\"}")
                        .status())
                .isEqualTo(404);
    }

    private String latest(Community community) {
        return db.sql("select id from content.commits where community_id = ? order by seq desc limit 1")
                .param(community.id())
                .query(String.class)
                .single();
    }

    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = HREF.matcher(html);
        while (matcher.find()) {
            links.add(matcher.group(1).replace("&amp;", "&"));
        }
        return links;
    }
}
