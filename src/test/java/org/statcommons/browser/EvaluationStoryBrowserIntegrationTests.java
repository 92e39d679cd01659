package org.statcommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Chromium;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12's story in a real browser, as one walk: the community's secretariat builds a pseudonymous baseline survey
 * with a question of every kind (a 5- and a 7-point Likert scale, a required question, a condition), previews it, opens
 * it and sends it to the community's 30 members; a member on a throttled connection saves the first section, stops
 * half-way through the second and resumes two days later from the same personal link in another browser; a member
 * answers from inside the app; ten more answer through the API. The baseline closes, the endpoint wave (copied, same
 * codes) goes out and ten of them answer it. The owner reads the paired change, downloads the long CSV and the codebook,
 * and writes the evaluation report, whose PDF holds the dashboard's figures. The members join the open community
 * through its own join form; what is not the point (most answers) goes through the API.
 */
@StatCommonsIntegrationTest
class EvaluationStoryBrowserIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void anOwnerRunsABaselineAndAnEndpointAndReportsOnThem() throws IOException {
        Account owner = fixtures.account("Sione Secretariat", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Pilot evaluation", JoinPolicy.OPEN, owner);
        String slug = community.slug();
        List<Account> members = new ArrayList<>();
        String[] countries = {"FJ", "WS", "FJ", "WS", "TO"};
        for (int i = 0; i < 29; i++) {
            Account member = fixtures.account(
                    "Pilot member " + (i + 1),
                    countries[i % countries.length],
                    i % 3 == 0 ? "CIVIL_SOCIETY" : "NATIONAL_STATISTICAL_OFFICE",
                    PlatformRole.NONE);
            Page joined = fixtures.signedIn(member)
                    .submitNoFollow(
                            "/c/" + slug + "/join",
                            "/c/" + slug + "/join",
                            Map.of("acceptConduct", "true", "conductVersion", "1"));
            assertThat(joined.status()).as(joined.body()).isEqualTo(302);
            members.add(member);
        }

        try (Chromium browser = Chromium.start()) {
            BrowserSteps.signIn(browser, base(), owner);
            browser.open(base() + "/c/" + slug + "/surveys");
            browser.fill("Title", "Pilot baseline and endpoint")
                    .fill("Description", "What members think of the pilot, before and after.");
            browser.driver()
                    .findElement(By.cssSelector("input[name=mode][value=PSEUDONYMOUS]"))
                    .click();
            browser.fill("First wave", "Baseline").press("Start");
            assertThat(browser.mainText()).contains("The survey is started: add its first section.");
            String builder = browser.path();
            long surveyId = Long.parseLong(builder.replaceAll(".*/surveys/(\\d+)/waves/.*", "$1"));
            long baseline = Long.parseLong(builder.replaceAll(".*/waves/(\\d+)$", "$1"));

            // the rename forms of the sections already there have a title field too: the new section's is "title"
            browser.driver().findElement(By.id("title")).sendKeys("About you");
            browser.press("Add the section");
            browser.driver().findElement(By.id("title")).sendKeys("The pilot");
            browser.press("Add the section");
            addQuestion(
                    browser,
                    0,
                    "SINGLE_CHOICE",
                    "role",
                    "Where do you work?",
                    true,
                    q -> q.fill(
                            "Options, or the scale’s labels",
                            "nso | National statistical office\nministry | Ministry\nother | Other"));
            addQuestion(
                    browser,
                    0,
                    "SHORT_TEXT",
                    "other_role",
                    "Which other organisation?",
                    true,
                    q -> q.chooseValue("The answer to the earlier question", "role")
                            .fill("is or includes the option (its code)", "other"));
            addQuestion(
                    browser,
                    0,
                    "NUMBER",
                    "staff",
                    "How many staff work in your office?",
                    false,
                    q -> q.fill("Smallest number", "0").fill("Largest number", "5000"));
            addQuestion(browser, 0, "COUNTRY", "country", "Which country do you work for?", false, q -> {});
            addQuestion(
                    browser,
                    1,
                    "MULTIPLE_CHOICE",
                    "topics",
                    "Which topics did you work on?",
                    false,
                    q -> q.fill("Options, or the scale’s labels", "a | Agriculture\nb | Business\nc | Census"));
            addQuestion(
                    browser,
                    1,
                    "LIKERT",
                    "trust",
                    "How far do you trust the network's guidance?",
                    false,
                    q -> q.fill("Options, or the scale’s labels", "Not at all\nA little\nSomewhat\nMuch\nFully"));
            addQuestion(
                    browser,
                    1,
                    "LIKERT",
                    "useful",
                    "How useful were the meetings?",
                    false,
                    q -> q.chooseValue("Points of the scale", "7")
                            .fill(
                                    "Options, or the scale’s labels",
                                    "Useless\nNearly useless\nBarely\nSo-so\nFairly\nVery\nEssential"));
            addQuestion(
                    browser,
                    1,
                    "LIKERT_MATRIX",
                    "skills",
                    "How confident are you in…",
                    true,
                    q -> q.fill("Options, or the scale’s labels", "Not at all\nA little\nSomewhat\nMuch\nFully")
                            .fill("Items of the matrix", "t | Timeliness\nq | Quality"));
            addQuestion(
                    browser,
                    1,
                    "RANKING",
                    "priorities",
                    "Rank what the pilot should do next.",
                    false,
                    q -> q.fill("Options, or the scale’s labels", "x | Funding\ny | Skills\nz | Data"));
            addQuestion(browser, 1, "LONG_TEXT", "comments", "Anything else?", false, q -> {});
            assertThat(browser.mainText())
                    .contains(
                            "Shown only if the answer to role is or includes other",
                            "Matrix of Likert items",
                            "Ranking");

            browser.follow("Preview as a respondent");
            assertThat(browser.mainText())
                    .contains(
                            "This is a preview",
                            "Your answers are kept under a code, not your name",
                            "Section 1 of 2",
                            "Where do you work? (required)",
                            "Shown only if the answer to role is or includes other");
            browser.press("Next section");
            assertThat(browser.mainText()).contains("Section 2 of 2", "How useful were the meetings?", "Essential");
            browser.follow("Back to the builder");

            // opened and sent to the whole community: the 29 who joined and the secretariat
            browser.open(base() + "/c/" + slug + "/surveys/" + surveyId);
            browser.follow("Opening, closing and sending");
            browser.press("Open now");
            browser.press("Send invitations");
            assertThat(browser.mainText()).contains("30 invitations sent.");

            // the member on 2G: section 1 saved, section 2 begun, then the connection is gone
            String link = personalLink(members.get(0), slug, surveyId, baseline);
            try (Chromium throttled = Chromium.start()) {
                throttled.throttledTo2G().open(link);
                assertThat(throttled.mainText()).contains("Who sees your answers", "Pseudonymous:");
                throttled.follow("Start");
                click(throttled, "input[name=role][value=nso]");
                throttled.driver().findElement(By.name("staff")).sendKeys("120");
                new Select(throttled.driver().findElement(By.name("country"))).selectByValue("FJ");
                throttled.press("Save and continue");
                assertThat(throttled.mainText()).contains("Section 1 is saved.");
                click(throttled, "input[name=topics][value=a]");
            }
            clock.advance(Duration.ofDays(2));
            try (Chromium later = Chromium.start()) {
                later.open(link);
                assertThat(later.mainText()).contains("You have saved 1 of 2 sections");
                later.follow("Continue where I stopped");
                assertThat(later.path()).endsWith("/sections/2");
                answerSecondSection(later);
                later.press("Submit my answers");
                assertThat(later.mainText()).contains("Thank you: your answers are submitted.");

                // another member answers from inside the app, and the condition asks her which organisation
                BrowserSteps.signIn(later, base(), members.get(1));
                later.open(base() + "/c/" + slug + "/surveys");
                later.press("Answer");
                later.follow("Start");
                click(later, "input[name=role][value=other]");
                later.press("Save and continue");
                assertThat(later.mainText()).contains("This question needs an answer.");
                later.driver().findElement(By.name("other_role")).sendKeys("Statistics academy");
                later.press("Save and continue");
                answerSecondSection(later);
                later.press("Submit my answers");
                assertThat(later.mainText()).contains("Thank you: your answers are submitted.");
            }
            for (int i = 2; i < 12; i++) {
                answerByApi(members.get(i), slug, surveyId, baseline, "2");
            }
            browser.open(base() + "/c/" + slug + "/surveys/" + surveyId);
            assertThat(browser.mainText()).contains("12 answered of 30 invited");

            // the endpoint, weeks later: the baseline closes, the next wave keeps its codes
            clock.advance(Duration.ofDays(12));
            browser.follow("Opening, closing and sending");
            browser.press("Close now");
            browser.open(base() + "/c/" + slug + "/surveys/" + surveyId);
            browser.fill("Next wave", "Endpoint").press("Start the next wave");
            long endpoint = Long.parseLong(browser.path().replaceAll(".*/waves/(\\d+)$", "$1"));
            assertThat(endpoint).isNotEqualTo(baseline);
            assertThat(browser.mainText()).contains("role", "skills", "priorities");
            browser.open(base() + "/c/" + slug + "/surveys/" + surveyId + "/waves/" + endpoint + "/distribution");
            browser.press("Open now");
            browser.press("Send invitations");
            assertThat(browser.mainText()).contains("30 invitations sent.");
            for (int i = 0; i < 10; i++) {
                answerByApi(members.get(i), slug, surveyId, endpoint, i < 5 ? "4" : "2");
            }

            // the paired change: five moved up two points, five stayed
            browser.open(base() + "/c/" + slug + "/surveys/" + surveyId);
            browser.follow("Results");
            browser.follow("Compare waves");
            assertThat(browser.mainText()).contains("Paired change", "10 respondents answered both waves.");
            WebElement trust = browser.driver()
                    .findElement(By.xpath("//h2[normalize-space()='Paired change']/following::table[1]"
                            + "//tr[th/code[normalize-space()='trust']]"));
            assertThat(trust.findElements(By.tagName("td")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .containsExactly("10", "5", "5", "0", "0: 5; +2: 5");

            // the exports, from the links of the results screen, as the owner downloads them
            browser.follow("Results");
            Visitor ownerHttp = fixtures.signedIn(owner);
            List<CSVRecord> answers = csv(ownerHttp, href(browser, "All answers, one row per answer (CSV)"));
            List<CSVRecord> trustRows = answers.stream()
                    .filter(r -> r.get("question_code").equals("trust"))
                    .toList();
            assertThat(trustRows).hasSize(22);
            Map<String, List<String>> byPseudonym = trustRows.stream()
                    .collect(Collectors.groupingBy(
                            r -> r.get("respondent"),
                            Collectors.mapping(
                                    r -> r.get("wave_label") + "=" + r.get("option_code"), Collectors.toList())));
            assertThat(byPseudonym).hasSize(12);
            assertThat(byPseudonym.values().stream().filter(v -> v.contains("Baseline=2") && v.contains("Endpoint=4")))
                    .hasSize(5);
            Set<String> accountIds =
                    members.stream().map(a -> Long.toString(a.id())).collect(Collectors.toSet());
            assertThat(byPseudonym.keySet())
                    .doesNotContainAnyElementsOf(accountIds)
                    .allMatch(p -> p.length() > 20);
            assertThat(answers)
                    .anyMatch(r -> r.get("question_code").equals("other_role")
                            && r.get("text").equals("Statistics academy"))
                    .anyMatch(r -> r.get("question_code").equals("priorities")
                            && r.get("option_code").equals("z")
                            && r.get("number").equals("3"))
                    .anyMatch(r -> r.get("question_code").equals("skills")
                            && r.get("item_code").equals("q")
                            && r.get("option_code").equals("4"));
            // Tonga has too few respondents to be named beside an answer
            assertThat(answers).noneMatch(r -> r.get("country").equals("TO"));

            List<CSVRecord> codebook = csv(ownerHttp, href(browser, "Codebook (CSV)"));
            assertThat(codebook.stream()
                            .filter(r -> r.get("wave_label").equals("Endpoint"))
                            .map(r -> r.get("question_code"))
                            .distinct())
                    .containsExactly(
                            "role",
                            "other_role",
                            "staff",
                            "country",
                            "topics",
                            "trust",
                            "useful",
                            "skills",
                            "priorities",
                            "comments");
            assertThat(codebook)
                    .anyMatch(r -> r.get("question_code").equals("useful")
                            && r.get("scale_points").equals("7"))
                    .anyMatch(r -> r.get("question_code").equals("useful")
                            && r.get("option_code").equals("7")
                            && r.get("option_label").equals("Essential"))
                    .anyMatch(r -> r.get("question_code").equals("staff")
                            && r.get("kind").equals("NUMBER")
                            && r.get("max").equals("5000"))
                    .anyMatch(r -> r.get("question_code").equals("other_role")
                            && r.get("required").equals("yes")
                            && r.get("condition").equals("role=other"))
                    .anyMatch(r -> r.get("question_code").equals("skills")
                            && r.get("item_code").equals("t")
                            && r.get("item_label").equals("Timeliness"));

            // the evaluation report: the dashboard's figures, and the same in the PDF
            LocalDate last = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            LocalDate first = last.minusMonths(1);
            String period = "from=" + first + "&to=" + last;
            browser.open(base() + "/c/" + slug + "/insights?" + period);
            browser.press("Write the evaluation report as a draft page");
            assertThat(browser.mainText()).contains("Evaluation report", "Who took part");
            browser.open(base() + "/c/" + slug + "/insights?" + period);
            Map<String, String> figures = figures(browser);
            assertThat(figures).containsEntry("Members at the end", "30").hasSizeGreaterThan(10);
            Visitor.Download pdf = ownerHttp.download("/c/" + slug + "/insights/evaluation-report.pdf?" + period);
            assertThat(pdf.status()).isEqualTo(200);
            String text;
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
            assertThat(text).contains("Who took part", "How people took part");
            for (Map.Entry<String, String> figure : figures.entrySet()) {
                assertThat(text).contains(figure.getKey() + " " + figure.getValue());
            }
        }
    }

    /** Adds a question of this kind to the n-th section (from 0) through the builder's own forms. */
    private static void addQuestion(
            Chromium browser,
            int section,
            String kind,
            String code,
            String text,
            boolean required,
            java.util.function.Consumer<Chromium> rest) {
        WebElement form = browser.driver()
                .findElements(By.xpath("//form[.//select[@name='kind']]"))
                .get(section);
        new Select(form.findElement(By.name("kind"))).selectByValue(kind);
        browser.andWaitForTheNextPage(
                () -> form.findElement(By.cssSelector("button[type=submit]")).click());
        browser.fill("Code", code).fill("The question", text);
        if (required) {
            click(browser, "input[name=required]");
        }
        rest.accept(browser);
        browser.press("Save");
        assertThat(browser.mainText()).as(code).contains("The question is added.");
    }

    private static void answerSecondSection(Chromium browser) {
        click(browser, "input[name=topics][value=a]");
        click(browser, "input[name=topics][value=c]");
        click(browser, "input[name=trust][value='2']");
        click(browser, "input[name=useful][value='6']");
        click(browser, "input[name='skills.t'][value='3']");
        click(browser, "input[name='skills.q'][value='4']");
        browser.driver().findElement(By.name("priorities.x")).sendKeys("1");
        browser.driver().findElement(By.name("priorities.y")).sendKeys("2");
        browser.driver().findElement(By.name("priorities.z")).sendKeys("3");
        browser.driver().findElement(By.name("comments")).sendKeys("More meetings in the evening, please.");
        browser.press("Save");
    }

    private static void click(Chromium browser, String css) {
        browser.driver().findElement(By.cssSelector(css)).click();
    }

    /** The member's personal link to the wave (the same as in their invitation), as the app gives it them. */
    private String personalLink(Account member, String slug, long surveyId, long waveId) {
        Page answer = fixtures.bearer(fixtures.token(member))
                .api(
                        "POST",
                        "/api/v1/communities/" + slug + "/surveys/" + surveyId + "/waves/" + waveId + "/answer",
                        null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body()).get("link").asString();
    }

    /** Answers both sections through the API and submits, with this point of trust. */
    private void answerByApi(Account member, String slug, long surveyId, long waveId, String trust) {
        String link = personalLink(member, slug, surveyId, waveId);
        String api = "/api/v1/survey-links/" + link.substring(link.lastIndexOf('/') + 1);
        Visitor script = fixtures.anonymousApi();
        Page first = script.api(
                "PUT",
                api + "/sections/1",
                "{\"answers\":{\"role\":\"nso\",\"staff\":" + (40 + member.id() % 50) + ",\"country\":\"WS\"}}");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        Page second = script.api(
                "PUT",
                api + "/sections/2",
                "{\"answers\":{\"topics\":[\"b\"],\"trust\":\"" + trust + "\",\"useful\":\"5\",\"skills.t\":\"2\","
                        + "\"skills.q\":\"3\",\"priorities.x\":\"2\",\"priorities.y\":\"1\",\"priorities.z\":\"3\"}}");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        Page submitted = script.api("POST", api + "/submission", null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    }

    private static String href(Chromium browser, String linkText) {
        return browser.driver()
                .findElement(By.xpath("//a[normalize-space()='" + linkText + "']"))
                .getDomAttribute("href");
    }

    private static List<CSVRecord> csv(Visitor visitor, String path) throws IOException {
        Visitor.Download download = visitor.download(path);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("text/csv");
        String body = new String(download.body(), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body.startsWith("\uFEFF") ? body.substring(1) : body))
                .getRecords();
    }

    /** The dashboard's headline figures as the page shows them: each term with its value. */
    private static Map<String, String> figures(Chromium browser) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (WebElement term : browser.driver().findElements(By.cssSelector("dl.figures dt"))) {
            figures.put(
                    term.getText(),
                    term.findElement(By.xpath("following-sibling::dd[1]")).getText());
        }
        return figures;
    }
}
