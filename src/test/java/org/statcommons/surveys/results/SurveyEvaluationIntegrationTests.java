package org.statcommons.surveys.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.content.Pages;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.surveys.Answer;
import org.statcommons.surveys.QuestionKind;
import org.statcommons.surveys.RespondentMode;
import org.statcommons.surveys.Survey;
import org.statcommons.surveys.SurveyFixtures;
import org.statcommons.surveys.Wave;

/**
 * "What the surveys say" in the evaluation report: a pseudonymous baseline and endpoint (20 and 16 respondents; on
 * trust eight moved up, six stayed, two moved down, so the two and the six are withheld at the threshold of five) and
 * an anonymous survey with the same answers (its two waves' means side by side). The draft page and the PDF carry the
 * figures of the comparison screen, and withhold what it withholds.
 */
@StatCommonsIntegrationTest
class SurveyEvaluationIntegrationTests {

    private static final long FIRST_RESPONDENT = 9_100_000L;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient db;

    @Autowired
    Pages pages;

    @Autowired
    TestClock clock;

    private Survey survey(SurveyFixtures surveys, Community community, RespondentMode mode, long owner) {
        Survey survey = surveys.survey(community.id(), mode, 5, owner);
        Wave baseline = surveys.wave(survey, "Baseline");
        Wave endpoint = surveys.wave(survey, "Endpoint");
        for (Wave wave : List.of(baseline, endpoint)) {
            long section = surveys.section(wave, "About you");
            surveys.question(
                    wave, section, "trust", QuestionKind.LIKERT, "Trust in statistics", "1", "2", "3", "4", "5");
        }
        int[] before = {2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5};
        for (int i = 0; i < 20; i++) {
            surveys.respond(
                    survey,
                    baseline,
                    FIRST_RESPONDENT + i,
                    "FJ",
                    "NATIONAL_STATISTICAL_OFFICE",
                    List.of(Answer.point("trust", "", before[i])));
        }
        for (int i = 0; i < 16; i++) {
            int after = i < 8 ? before[i] + 1 : i < 14 ? before[i] : before[i] - 1;
            surveys.respond(
                    survey,
                    endpoint,
                    FIRST_RESPONDENT + i,
                    "FJ",
                    "NATIONAL_STATISTICAL_OFFICE",
                    List.of(Answer.point("trust", "", after)));
        }
        // the baseline ran twenty to ten days ago, the endpoint is open since five days
        db.sql("update surveys.waves set state = 'CLOSED', opens_at = now() - interval '20 days',"
                        + " closes_at = now() - interval '10 days' where id = ?")
                .param(baseline.id())
                .update();
        db.sql("update surveys.waves set opens_at = now() - interval '5 days' where id = ?")
                .param(endpoint.id())
                .update();
        return survey;
    }

    @Test
    void theReportSaysWhatTheComparisonScreenSaysAndWithholdsTheSameCells() throws Exception {
        Account office = fixtures.account("Office", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Surveyed Pilot", JoinPolicy.BY_REQUEST, office);
        SurveyFixtures surveys = new SurveyFixtures(context);
        Survey paired = survey(surveys, community, RespondentMode.PSEUDONYMOUS, office.id());
        Survey anonymous = survey(surveys, community, RespondentMode.ANONYMOUS, office.id());
        String slug = community.slug();
        Visitor visitor = fixtures.signedIn(office);

        // the comparison screen, as its reader sees it by default (first wave against the latest opened)
        String compare = visitor.get("/c/" + slug + "/surveys/" + paired.id() + "/results/compare")
                .body()
                .replaceAll("\\s+", " ");
        assertThat(compare)
                .contains("16 respondents answered both waves.")
                .contains("<td>16</td> <td>8</td> <td>withheld</td> <td>withheld</td>");
        String sideBySide = visitor.get("/c/" + slug + "/surveys/" + anonymous.id() + "/results/compare")
                .body();
        assertThat(sideBySide).contains("mean 3.65", "mean 3.69");

        LocalDate last = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = last.minus(30, ChronoUnit.DAYS);
        Visitor.Page generated = visitor.submit(
                "/c/" + slug + "/insights",
                "/c/" + slug + "/insights/evaluation-report",
                Map.of("from", first.toString(), "to", last.toString()));
        assertThat(generated.status()).as(generated.body()).isEqualTo(200);
        String body = pages.read(community.id(), "reports/evaluation-" + first + "-to-" + last + ".md")
                .body();
        List<String> said = new ArrayList<>(List.of(
                "Surveys whose waves took answers in the period",
                "Survey “" + paired.title() + "”, pseudonymous",
                "Figures resting on fewer than 5 respondents are withheld.",
                "Baseline (closed, from " + last.minusDays(20) + " to " + last.minusDays(10)
                        + "): submitted responses 20.",
                "Endpoint (open, from " + last.minusDays(5) + " and still open): submitted responses 16.",
                "Baseline against Endpoint: 16 respondents answered both waves.",
                // the screen's row: 16 pairs, 8 up, the 6 who stayed and the 2 who moved down withheld
                "trust “Trust in statistics”: pairs 16, moved up 8, stayed withheld, moved down withheld.",
                "Survey “" + anonymous.title() + "”, anonymous",
                "Baseline against Endpoint: the two waves side by side",
                "trust “Trust in statistics”, Baseline: mean 3.65 (20 answered).",
                "trust “Trust in statistics”, Endpoint: mean 3.69 (16 answered)."));
        assertThat(body).contains("## What the surveys say").doesNotContain("To be written");
        assertThat(body).contains(said);
        assertThat(body).doesNotContain("stayed 6", "moved down 2");

        Visitor.Download pdf =
                visitor.download("/c/" + slug + "/insights/evaluation-report.pdf?from=" + first + "&to=" + last);
        assertThat(pdf.status()).isEqualTo(200);
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("pairs 16, moved up 8, stayed withheld, moved down withheld.")
                .contains("Baseline: mean 3.65 (20 answered).", "Endpoint: mean 3.69 (16 answered).")
                .contains("16 respondents answered both waves.")
                .doesNotContain("stayed 6");

        // a facilitator reads the activity figures but not these surveys' results: their PDF says nothing of them
        Account facilitator = fixtures.member(community, "Fay Facilitator", CommunityRole.FACILITATOR);
        Visitor.Download theirs = fixtures.signedIn(facilitator)
                .download("/c/" + slug + "/insights/evaluation-report.pdf?from=" + first + "&to=" + last);
        assertThat(theirs.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(theirs.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .doesNotContain("moved up 8", "mean 3.65", "respondents answered both waves");
        }
    }
}
