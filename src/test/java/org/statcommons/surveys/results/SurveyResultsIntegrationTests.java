package org.statcommons.surveys.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.NotAllowedException;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.surveys.Answer;
import org.statcommons.surveys.QuestionKind;
import org.statcommons.surveys.RespondentMode;
import org.statcommons.surveys.Survey;
import org.statcommons.surveys.SurveyFixtures;
import org.statcommons.surveys.SurveyOwner;
import org.statcommons.surveys.Wave;

/**
 * A baseline and an endpoint with known answers: the figures exact, the small cells withheld at the threshold (5: 4
 * withheld, 5 shown) in pseudonymous surveys and not in identified ones, the filters, the paired change, the exports
 * parsed back, and who may read what.
 *
 * <p>The baseline's 20 respondents: trust (Likert 1–5) 2 for three of them, 3 for six, 4 for six, 5 for five; tools
 * (multiple choice) "a" for all, "b" too for every other one; staff (number) 1 to 20; skills (matrix) item x at 4 for
 * all. Fourteen are from Fiji (national statistical offices), five from Samoa (government), one from Tonga. Sixteen of
 * them answer the endpoint: eight a point higher on trust, six the same, two a point lower.
 */
@StatCommonsIntegrationTest
class SurveyResultsIntegrationTests {

    private static final long FIRST_RESPONDENT = 9_000_000L;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReadResults readResults;

    @Autowired
    CompareWaves compareWaves;

    private final ObjectMapper json = new ObjectMapper();

    record Made(
            Community community,
            Account owner,
            Account analyst,
            Account member,
            Survey survey,
            Wave baseline,
            Wave endpoint) {}

    private Made made(RespondentMode mode) {
        SurveyFixtures surveys = new SurveyFixtures(context);
        Community community = fixtures.community("Results");
        Account owner = fixtures.member(community, "Owner", CommunityRole.MEMBER);
        Account analyst = fixtures.member(community, "Analyst", CommunityRole.MEMBER);
        Account member = fixtures.member(community, "Member", CommunityRole.MEMBER);
        Survey survey = surveys.survey(community.id(), mode, 5, owner.id());
        surveys.owner(survey, owner.id());
        surveys.analyst(survey, analyst.id());
        Wave baseline = surveys.wave(survey, "Baseline");
        Wave endpoint = surveys.wave(survey, "Endpoint");
        int[] before = {2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5};
        for (Wave wave : List.of(baseline, endpoint)) {
            long section = surveys.section(wave, "About you");
            surveys.question(
                    wave,
                    section,
                    "trust",
                    QuestionKind.LIKERT,
                    "Trust <b>&</b>?",
                    "None",
                    "Little",
                    "Some",
                    "Much",
                    "Full");
            surveys.question(wave, section, "tools", QuestionKind.MULTIPLE_CHOICE, "Tools?", "a", "b", "c");
            surveys.question(wave, section, "staff", QuestionKind.NUMBER, "Staff?");
            surveys.question(
                    wave,
                    section,
                    "skills",
                    QuestionKind.LIKERT_MATRIX,
                    "Skills?",
                    List.of("1", "2", "3", "4", "5"),
                    List.of("x", "y"));
            surveys.question(wave, section, "note", QuestionKind.SHORT_TEXT, "Note?");
        }
        for (int i = 0; i < 20; i++) {
            List<Answer> answers = new ArrayList<>();
            answers.add(Answer.point("trust", "", before[i]));
            answers.add(Answer.option("tools", "a"));
            if (i % 2 == 0) {
                answers.add(Answer.option("tools", "b"));
            }
            answers.add(Answer.number("staff", java.math.BigDecimal.valueOf(i + 1)));
            answers.add(Answer.point("skills", "x", 4));
            answers.add(Answer.text("note", "=cmd|' /C calc'!A0"));
            String country = i < 14 ? "FJ" : i < 19 ? "WS" : "TO";
            String kind = i < 14 ? "NATIONAL_STATISTICAL_OFFICE" : "GOVERNMENT";
            surveys.respond(survey, baseline, FIRST_RESPONDENT + i, country, kind, answers);
        }
        for (int i = 0; i < 16; i++) {
            int after = i < 8 ? before[i] + 1 : i < 14 ? before[i] : before[i] - 1;
            String country = i < 14 ? "FJ" : "WS";
            surveys.respond(
                    survey,
                    endpoint,
                    FIRST_RESPONDENT + i,
                    country,
                    "GOVERNMENT",
                    List.of(Answer.point("trust", "", after)));
        }
        return new Made(community, owner, analyst, member, survey, baseline, endpoint);
    }

    private static QuestionResult question(WaveResults results, String code) {
        return results.questions().stream()
                .filter(q -> q.question().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void pseudonymousFiguresAreExactAndSmallCellsWithheld() {
        Made m = made(RespondentMode.PSEUDONYMOUS);
        WaveResults results = readResults.read(
                m.owner().actor(),
                SurveyOwner.of(m.community()),
                m.survey().id(),
                m.baseline().id(),
                Breakdown.ALL);
        assertThat(results.respondents()).isEqualTo(20);
        QuestionResult.Part trust = question(results, "trust").parts().get(0);
        assertThat(trust.respondents()).isEqualTo(20);
        assertThat(trust.cells()).extracting(QuestionResult.Cell::code).containsExactly("1", "2", "3", "4", "5");
        // 2 (three people) is withheld, and with it the smallest shown count, 5 (five people)
        assertThat(trust.cells()).extracting(QuestionResult.Cell::count).containsExactly(0L, null, 6L, 6L, null);
        assertThat(trust.cells().get(2).percent()).isCloseTo(30.0, within(1e-9));
        assertThat(trust.mean()).isCloseTo(3.65, within(1e-9));
        assertThat(trust.median()).isEqualTo(4.0);

        QuestionResult.Part tools = question(results, "tools").parts().get(0);
        assertThat(tools.cells()).extracting(QuestionResult.Cell::count).containsExactly(20L, 10L, 0L);
        assertThat(tools.cells().get(1).percent()).isCloseTo(50.0, within(1e-9));

        QuestionResult.Part staff = question(results, "staff").parts().get(0);
        assertThat(staff.mean()).isCloseTo(10.5, within(1e-9));
        assertThat(staff.median()).isCloseTo(10.5, within(1e-9));
        assertThat(staff.min()).as("one person's answer").isNull();

        QuestionResult skills = question(results, "skills");
        assertThat(skills.parts()).extracting(QuestionResult.Part::itemCode).containsExactly("x", "y");
        assertThat(skills.parts().get(0).cells().get(3).count()).isEqualTo(20L);
        assertThat(skills.parts().get(1).withheld()).as("nobody answered y").isFalse();
        assertThat(skills.parts().get(1).respondents()).isZero();

        // the filters offer the groups that may be shown, and a group below the threshold shows nothing
        assertThat(results.countries()).containsOnlyKeys("FJ", "WS");
        WaveResults samoa = readResults.read(
                m.analyst().actor(),
                SurveyOwner.of(m.community()),
                m.survey().id(),
                m.baseline().id(),
                new Breakdown("ws", null));
        assertThat(samoa.respondents()).as("five: the threshold itself").isEqualTo(5);
        assertThat(question(samoa, "trust").parts().get(0).cells())
                .extracting(QuestionResult.Cell::count)
                .containsExactly(0L, 0L, 0L, null, null);
        WaveResults tonga = readResults.read(
                m.analyst().actor(),
                SurveyOwner.of(m.community()),
                m.survey().id(),
                m.baseline().id(),
                new Breakdown("TO", null));
        assertThat(tonga.withheld()).isTrue();
        assertThat(tonga.questions()).allMatch(QuestionResult::withheld);
        WaveResults government = readResults.read(
                m.owner().actor(),
                SurveyOwner.of(m.community()),
                m.survey().id(),
                m.baseline().id(),
                new Breakdown(null, "GOVERNMENT"));
        assertThat(government.respondents()).isEqualTo(6);
    }

    @Test
    void identifiedSurveysShowEveryCount() {
        Made m = made(RespondentMode.IDENTIFIED);
        WaveResults results = readResults.read(
                m.owner().actor(),
                SurveyOwner.of(m.community()),
                m.survey().id(),
                m.baseline().id(),
                Breakdown.ALL);
        assertThat(question(results, "trust").parts().get(0).cells())
                .extracting(QuestionResult.Cell::count)
                .containsExactly(0L, 3L, 6L, 6L, 5L);
        assertThat(question(results, "staff").parts().get(0).min()).isEqualByComparingTo("1");
        WaveResults tonga = readResults.read(
                m.owner().actor(),
                SurveyOwner.of(m.community()),
                m.survey().id(),
                m.baseline().id(),
                new Breakdown("TO", null));
        assertThat(tonga.respondents()).isEqualTo(1);
        WaveComparison comparison = compareWaves.compare(
                m.owner().actor(), SurveyOwner.of(m.community()), m.survey().id(), null, null, Breakdown.ALL);
        assertThat(comparison.paired()).isFalse();
        assertThat(comparison.sides()).hasSize(5);
        assertThat(comparison.to().respondents()).isEqualTo(16);
    }

    @Test
    void pairedChangeCountsEachRespondentsMove() {
        Made m = made(RespondentMode.PSEUDONYMOUS);
        WaveComparison comparison = compareWaves.compare(
                m.analyst().actor(),
                SurveyOwner.of(m.community()),
                m.survey().id(),
                m.baseline().id(),
                m.endpoint().id(),
                Breakdown.ALL);
        assertThat(comparison.paired()).isTrue();
        assertThat(comparison.pairs()).isEqualTo(16);
        WaveComparison.Change trust = comparison.changes().stream()
                .filter(c -> c.questionCode().equals("trust"))
                .findFirst()
                .orElseThrow();
        assertThat(trust.pairs()).isEqualTo(16);
        assertThat(trust.up()).isEqualTo(8);
        // two moved down: withheld, and the six who stayed with them
        assertThat(trust.down()).isNull();
        assertThat(trust.same()).isNull();
        assertThat(trust.differences())
                .filteredOn(d -> d.points() >= -1 && d.points() <= 1)
                .extracting(WaveComparison.Difference::count)
                .containsExactly(null, null, 8L);
        assertThat(trust.differences()).hasSize(9);
        // the endpoint asked no skills: nobody to pair, withheld
        assertThat(comparison.changes())
                .filteredOn(c -> c.questionCode().equals("skills"))
                .allMatch(WaveComparison.Change::withheld);

        // the Samoan pairs are two: too few
        WaveComparison samoa = compareWaves.compare(
                m.owner().actor(),
                SurveyOwner.of(m.community()),
                m.survey().id(),
                null,
                null,
                new Breakdown("WS", null));
        assertThat(samoa.pairs()).isNull();
        assertThat(samoa.changes()).allMatch(WaveComparison.Change::withheld);
    }

    @Test
    void theScreenAndTheApiShowTheSameFiguresAndWithholdTheSameCells() throws Exception {
        Made m = made(RespondentMode.PSEUDONYMOUS);
        String results = "/c/" + m.community().slug() + "/surveys/" + m.survey().id() + "/results";
        Visitor analyst = fixtures.signedIn(m.analyst());
        Visitor.Page page = analyst.get(results + "?wave=" + m.baseline().id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<svg")
                .contains("Trust &lt;b&gt;&amp;&lt;/b&gt;?")
                .doesNotContain("<b>&</b>")
                .contains("30.0 %")
                .contains("withheld")
                .doesNotContain("answers-long.csv");
        assertThat(page.body().length()).isLessThan(30_000);
        assertThat(analyst.get(results + "/compare").status()).isEqualTo(200);

        Visitor.Page api = analyst.api(
                "GET",
                "/api/v1/communities/" + m.community().slug() + "/surveys/"
                        + m.survey().id() + "/results?wave=" + m.baseline().id(),
                null);
        assertThat(api.status()).isEqualTo(200);
        JsonNode trust = json.readTree(api.body()).get("questions").get(0);
        assertThat(trust.get("code").asText()).isEqualTo("trust");
        JsonNode answers = trust.get("parts").get(0).get("answers");
        assertThat(answers.get(1).get("count").isNull()).isTrue();
        assertThat(answers.get(1).get("withheld").asBoolean()).isTrue();
        assertThat(answers.get(2).get("count").asLong()).isEqualTo(6);
        Visitor.Page comparison = analyst.api(
                "GET",
                "/api/v1/communities/" + m.community().slug() + "/surveys/"
                        + m.survey().id() + "/results/comparison",
                null);
        assertThat(json.readTree(comparison.body()).get("pairs").asLong()).isEqualTo(16);
        assertThat(comparison.body()).doesNotContain(m.analyst().displayName());
    }

    @Test
    void pseudonymousExportsCarryPseudonymsNeverAccountsAndWithholdSmallGroups() throws Exception {
        Made m = made(RespondentMode.PSEUDONYMOUS);
        String results = "/c/" + m.community().slug() + "/surveys/" + m.survey().id() + "/results";
        Visitor owner = fixtures.signedIn(m.owner());
        Visitor.Page page = owner.get(results);
        assertThat(page.body()).contains("answers-long.csv").contains("answers-wide.csv");

        Visitor.Download download = owner.download(results + "/answers-long.csv");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("text/csv");
        List<CSVRecord> rows = parse(download);
        // baseline: 20 × (trust, tools a, staff, skills x, note) + 10 × tools b; endpoint: 16 × trust
        assertThat(rows).hasSize(20 * 5 + 10 + 16);
        SurveyFixtures surveys = new SurveyFixtures(context);
        String pseudonym = surveys.pseudonym(m.survey(), FIRST_RESPONDENT);
        assertThat(rows).extracting(r -> r.get("respondent")).contains(pseudonym);
        assertThat(rows).extracting(r -> r.get("respondent")).noneMatch(r -> r.startsWith("900000"));
        assertThat(download.body().length).isPositive();
        String text = new String(download.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text)
                .doesNotContain(Long.toString(FIRST_RESPONDENT))
                .doesNotContain(m.owner().displayName());
        // Tonga (one respondent) is named nowhere; Samoa (five) is
        assertThat(rows).extracting(r -> r.get("country")).doesNotContain("TO").contains("WS", "FJ", "");
        assertThat(rows)
                .filteredOn(r -> r.get("question_code").equals("note"))
                .extracting(r -> r.get("text"))
                .allMatch(t -> t.equals("'=cmd|' /C calc'!A0"));

        List<CSVRecord> wide = parse(owner.download(
                results + "/answers-wide.csv?wave=" + m.baseline().id()));
        assertThat(wide).hasSize(20);
        assertThat(wide.get(0).get("tools.a")).isEqualTo("1");
        assertThat(wide).filteredOn(r -> r.get("tools.b").equals("1")).hasSize(10);
        assertThat(wide).filteredOn(r -> r.get("tools.b").equals("0")).hasSize(10);
        assertThat(wide).extracting(r -> r.get("tools.c")).containsOnly("0");
        assertThat(wide).extracting(r -> r.get("skills.x")).containsOnly("4");
        assertThat(wide).extracting(r -> r.get("staff")).contains("1", "20");
        assertThat(wide)
                .extracting(r -> r.get("respondent"))
                .doesNotHaveDuplicates()
                .contains(pseudonym);

        Visitor analyst = fixtures.signedIn(m.analyst());
        List<CSVRecord> codebook = parse(analyst.download(results + "/codebook.csv"));
        assertThat(codebook)
                .filteredOn(r -> r.get("question_code").equals("trust")
                        && r.get("option_code").equals("5"))
                .extracting(r -> r.get("option_label"))
                .containsExactly("Full", "Full");
        assertThat(codebook)
                .filteredOn(r -> r.get("question_code").equals("skills")
                        && r.get("item_code").equals("y"))
                .hasSize(2);
        // an analyst reads aggregates only: no raw rows
        assertThat(analyst.getNoFollow(results + "/answers-long.csv").status()).isEqualTo(403);
        assertThat(analyst.getNoFollow(results + "/answers-wide.csv").status()).isEqualTo(403);
    }

    @Test
    void identifiedExportsNameTheAccountForOwnersOnly() throws Exception {
        Made m = made(RespondentMode.IDENTIFIED);
        String results = "/c/" + m.community().slug() + "/surveys/" + m.survey().id() + "/results";
        List<CSVRecord> rows = parse(fixtures.signedIn(m.owner()).download(results + "/answers-long.csv"));
        assertThat(rows).extracting(r -> r.get("respondent")).contains(Long.toString(FIRST_RESPONDENT));
        assertThat(rows).extracting(r -> r.get("country")).contains("TO");
        assertThat(fixtures.signedIn(m.analyst())
                        .getNoFollow(results + "/answers-long.csv")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void ownersAndAnalystsFindTheResultsFromTheSurveysScreenAndOthersDoNot() {
        Made m = made(RespondentMode.IDENTIFIED);
        String surveys = "/c/" + m.community().slug() + "/surveys";
        String results = surveys + "/" + m.survey().id() + "/results";
        String survey = surveys + "/" + m.survey().id();
        Visitor.Page analysts = fixtures.signedIn(m.analyst()).get(surveys);
        assertThat(analysts.body()).contains("href=\"" + results + "\"").doesNotContain("href=\"" + survey + "\"");
        Visitor.Page owners = fixtures.signedIn(m.owner()).get(surveys);
        assertThat(owners.body()).contains("href=\"" + results + "\"").contains("href=\"" + survey + "\"");
        assertThat(fixtures.signedIn(m.owner()).get(survey).body()).contains("href=\"" + results + "\"");
        assertThat(fixtures.signedIn(m.member()).get(surveys).body()).doesNotContain(results);
    }

    @Test
    void onlyOwnersAnalystsAndTheSecretariatReadResults() {
        Made m = made(RespondentMode.ANONYMOUS);
        String results = "/c/" + m.community().slug() + "/surveys/" + m.survey().id() + "/results";
        assertThat(fixtures.signedIn(m.member()).getNoFollow(results).status()).isEqualTo(403);
        assertThat(fixtures.signedIn(m.member())
                        .getNoFollow(results + "/codebook.csv")
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.anonymous().getNoFollow(results).status()).isEqualTo(302);
        Actor member = m.member().actor();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> readResults.read(
                        member, SurveyOwner.of(m.community()), m.survey().id(), null, Breakdown.ALL))
                .isInstanceOf(NotAllowedException.class);
        // a survey that is not there is refused as one that is, so nobody learns which exist
        assertThat(fixtures.signedIn(m.owner())
                        .getNoFollow("/c/" + m.community().slug() + "/surveys/999999999/results")
                        .status())
                .isEqualTo(403);
        // the wave of an anonymous survey shows no pairs, only the waves side by side
        WaveComparison comparison = compareWaves.compare(
                m.owner().actor(), SurveyOwner.of(m.community()), m.survey().id(), null, null, Breakdown.ALL);
        assertThat(comparison.paired()).isFalse();
    }

    private static List<CSVRecord> parse(Visitor.Download download) throws Exception {
        assertThat(download.status()).isEqualTo(200);
        String text = new String(download.body(), java.nio.charset.StandardCharsets.UTF_8);
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }
}
