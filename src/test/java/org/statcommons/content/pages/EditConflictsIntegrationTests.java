package org.statcommons.content.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.content.Pages;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Two people editing one page at once: edits of different paragraphs merge silently; the same paragraph, or the
 * title, changed by both shows the conflict screen (the other's name and time, the passages side by side, rendered
 * and sanitised, the title as a field, no Git markers or front matter), and the choices made there are saved.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditConflictsIntegrationTests {

    private static final Pattern BASE_COMMIT = Pattern.compile("name=\"baseCommit\"\\s+value=\"([0-9a-f]{40})\"");
    private static final Pattern START_COMMIT = Pattern.compile("name=\"startCommit\"\\s+value=\"([0-9a-f]{40})\"");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Pages pages;

    Community community;
    String space;
    Visitor ana;
    Visitor oscar;

    @BeforeAll
    void setUp() {
        community = fixtures.community(
                "Conflicts", JoinPolicy.BY_INVITATION, fixtures.account("Conflict founder", PlatformRole.SECRETARIAT));
        space = Fixtures.space(community);
        ana = fixtures.signedIn(fixtures.member(community, "Ana Editor", CommunityRole.FACILITATOR));
        oscar = fixtures.signedIn(fixtures.member(community, "Oscar Editor", CommunityRole.FACILITATOR));
    }

    private static String group(Pattern pattern, Page page) {
        Matcher m = pattern.matcher(page.body());
        assertThat(m.find()).as("a commit on " + page.uri()).isTrue();
        return m.group(1);
    }

    private Page save(Visitor who, String address, String base, String title, String body) {
        return who.post(
                space + "/-/edit/" + address,
                fields("_csrf", who.csrfToken(), "baseCommit", base, "title", title, "body", body, "summary", ""));
    }

    /** The conflict screen's form as sent back: the person's text and title, no choice made yet. */
    private static Map<String, Object> resolution(Visitor who, Page conflict, String mine, String title) {
        return new HashMap<>(fields(
                "_csrf",
                who.csrfToken(),
                "resolving",
                "true",
                "baseCommit",
                group(BASE_COMMIT, conflict),
                "startCommit",
                group(START_COMMIT, conflict),
                "mine",
                mine,
                "title",
                title,
                "summary",
                ""));
    }

    private String base(Visitor who, String address) {
        return group(BASE_COMMIT, who.get(space + "/-/edit/" + address));
    }

    @Test
    void differentParagraphsMergeSilently() {
        fixtures.page(ana, community, "merge", "Merge", "One.\n\nTwo.\n\nThree.\n");
        String start = base(ana, "merge");
        save(ana, "merge", start, "Merge", "One, by Ana.\n\nTwo.\n\nThree.\n");
        Page merged = save(oscar, "merge", start, "Merge", "One.\n\nTwo.\n\nThree, by Oscar.\n");
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.text()).contains("merged", "One, by Ana.", "Three, by Oscar.");
    }

    @Test
    void theSameParagraphsChangedByBothAreResolvedPassageByPassage() {
        fixtures.page(ana, community, "minutes", "Minutes", "Intro.\n\nFirst point.\n\nMiddle.\n\nSecond point.\n");
        String start = base(ana, "minutes");
        save(
                ana,
                "minutes",
                start,
                "Minutes",
                "Intro.\n\nFirst point, **Ana's**.\n\nMiddle.\n\nSecond point, Ana's.\n");
        Page conflict = save(
                oscar,
                "minutes",
                start,
                "Minutes",
                "Intro.\n\nFirst point, Oscar's.\n\nMiddle.\n\nSecond point, Oscar's.\n");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.text())
                .contains("Ana Editor saved this page on", "Conflicting passage 1", "Conflicting passage 2")
                .contains("Keep mine", "Keep theirs", "Edit: keep the text below", "Ana Editor’s")
                .doesNotContain("Someone", "<<<<<<<", ">>>>>>>", "title: Minutes");
        // rendered: Ana's bold is bold, on the other side
        assertThat(conflict.body()).contains("<strong>Ana", "name=\"choice-1\"", "name=\"edited-0\"");
        assertThat(conflict.body()).doesNotContain("name=\"choice-2\"");

        Map<String, Object> form = resolution(
                oscar,
                conflict,
                "Intro.\r\n\r\nFirst point, Oscar's.\r\n\r\nMiddle.\r\n\r\nSecond point, Oscar's.\r\n",
                "Minutes");
        form.put("choice-0", "theirs");
        form.put("edited-0", "ignored");
        form.put("choice-1", "edit");
        form.put("edited-1", "Second point, Ana's and Oscar's.");
        Page saved = oscar.post(space + "/-/edit/minutes", form);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(pages.read(community.id(), "minutes.md").body())
                .isEqualTo("Intro.\n\nFirst point, **Ana's**.\n\nMiddle.\n\nSecond point, Ana's and Oscar's.\n");
    }

    @Test
    void aConflictInTheTitleShowsBothTitlesAndTheFieldKeepsWhatIsTyped() {
        fixtures.page(ana, community, "named", "Old name", "Text.\n");
        String start = base(ana, "named");
        save(ana, "named", start, "Ana's name", "Text.\n");
        Page conflict = save(oscar, "named", start, "Oscar's name", "Text.\n");
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body())
                .contains("id=\"resolve-title\" name=\"title\" required maxlength=\"200\" value=\"Oscar&#39;s name\"");
        assertThat(conflict.text())
                .contains("the other version's title is “ Ana's name ”")
                .doesNotContain("title:");
        Page saved = oscar.post(space + "/-/edit/named", resolution(oscar, conflict, "Text.\n", "Both names"));
        assertThat(saved.status()).isEqualTo(200);
        assertThat(pages.read(community.id(), "named.md").title()).isEqualTo("Both names");
    }

    @Test
    void hostileMarkdownInAConflictingPassageIsShownSanitised() {
        fixtures.page(ana, community, "hostile", "Hostile", "Calm.\n");
        String start = base(ana, "hostile");
        save(
                ana,
                "hostile",
                start,
                "Hostile",
                "<script>alert(1)</script> [click](javascript:alert(2)) <img src=x onerror=alert(3)>\n");
        Page conflict = save(oscar, "hostile", start, "Hostile", "[me](javascript:alert(4)) <iframe src=//evil>\n");
        assertThat(conflict.status()).isEqualTo(409);
        String rendered = conflict.body().substring(conflict.body().indexOf("passage-conflict"));
        rendered = rendered.substring(0, rendered.indexOf("<textarea"));
        assertThat(rendered)
                .doesNotContain("<script", "href=\"javascript:", "<img", "<iframe", "onerror=")
                .contains("&lt;script&gt;");
    }

    @Test
    void aHugePageWithManyConflictsIsShownAndResolvedInBoundedTime() {
        int paragraphs = 1_000;
        StringBuilder original = new StringBuilder();
        StringBuilder anas = new StringBuilder();
        StringBuilder oscars = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            String words = "Paragraph " + i + " about record linkage, sampling frames and *quality*. ".repeat(3);
            original.append(words).append("\n\n");
            anas.append(words).append("Ana.\n\n");
            oscars.append(words).append("Oscar.\n\n");
        }
        fixtures.page(ana, community, "huge", "Huge", original.toString());
        String start = base(ana, "huge");
        assertThat(save(ana, "huge", start, "Huge", anas.toString()).status()).isEqualTo(200);
        long began = System.nanoTime();
        Page conflict = save(oscar, "huge", start, "Huge", oscars.toString());
        Duration shown = Duration.ofNanos(System.nanoTime() - began);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("name=\"choice-" + (paragraphs - 1) + "\"");
        assertThat(shown).as("the conflict screen of a huge page").isLessThan(Duration.ofSeconds(30));

        Map<String, Object> form = resolution(oscar, conflict, oscars.toString(), "Huge");
        for (int i = 0; i < paragraphs; i += 2) {
            form.put("choice-" + i, "theirs");
        }
        began = System.nanoTime();
        Page saved = oscar.post(space + "/-/edit/huge", form);
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(30));
        assertThat(saved.status()).isEqualTo(200);
        String body = pages.read(community.id(), "huge.md").body();
        assertThat(body).contains("Paragraph 0 ", "Paragraph 1 ").doesNotContain("<<<<<<<");
        assertThat(body.split("Ana\\.", -1)).hasSize(paragraphs / 2 + 1);
        assertThat(body.split("Oscar\\.", -1)).hasSize(paragraphs / 2 + 1);
    }
}
