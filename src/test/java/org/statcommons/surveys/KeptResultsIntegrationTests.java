package org.statcommons.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.surveys.results.Breakdown;
import org.statcommons.surveys.results.QuestionResult;
import org.statcommons.surveys.results.ReadResults;
import org.statcommons.surveys.results.WaveResults;

/**
 * A wave's counts are kept in memory between views (issue 12: 10,000 responses counted once, not on every view), and
 * whatever changes the results shows at once: a response submitted, a submitted answer changed, a question removed
 * or restored, the respondent mode changed. A response written behind the feature's back (plain SQL, no event) is what
 * shows that the counts were kept: it appears only with the next submission. The counts PostgreSQL keeps at
 * submission equal a recount after every step: submissions, answers changed, the wave closed.
 */
@StatCommonsIntegrationTest
class KeptResultsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SurveyWaves surveyWaves;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReadResults readResults;

    @Autowired
    RemoveQuestion removeQuestion;

    @Autowired
    SetRespondentMode setRespondentMode;

    @Autowired
    CloseWave closeWave;

    @Autowired
    JdbcClient db;

    /**
     * The counts kept at submission ({@code surveys.answer_counts}, {@code surveys.answered_counts}) are, row for row,
     * what counting the wave's submitted answers afresh gives.
     */
    private void keptCountsEqualARecount(long waveId) {
        String recount = """
                select a.wave_id, coalesce(r.country, ''), coalesce(r.organisation_kind, ''), a.question_code,
                       a.item_code, a.option_code, count(*), sum(a.number)
                from surveys.answers a join surveys.responses r on r.id = a.response_id
                where r.submitted_at is not null and a.wave_id = :wave
                group by 1, 2, 3, 4, 5, 6""";
        String kept = "select * from surveys.answer_counts where wave_id = :wave";
        assertThat(rows("(" + kept + ") except (" + recount + ")", waveId)).isEmpty();
        assertThat(rows("(" + recount + ") except (" + kept + ")", waveId)).isEmpty();
        String respondents = """
                select a.wave_id, coalesce(r.country, ''), coalesce(r.organisation_kind, ''), a.question_code,
                       a.item_code, count(distinct a.response_id)
                from surveys.answers a join surveys.responses r on r.id = a.response_id
                where r.submitted_at is not null and a.wave_id = :wave
                group by 1, 2, 3, 4, 5""";
        String keptRespondents = "select * from surveys.answered_counts where wave_id = :wave";
        assertThat(rows("(" + keptRespondents + ") except (" + respondents + ")", waveId))
                .isEmpty();
        assertThat(rows("(" + respondents + ") except (" + keptRespondents + ")", waveId))
                .isEmpty();
        assertThat(rows(kept, waveId)).as("something was counted").isNotEmpty();
    }

    private List<Map<String, Object>> rows(String sql, long waveId) {
        return db.sql(sql).param("wave", waveId).query().listOfRows();
    }

    private static String link(String secret) {
        return "/surveys/answer/" + secret;
    }

    /** Answers the three sections (trust at this point) and submits, as the respondent does. */
    private void answer(String secret, String trust) {
        Visitor visitor = fixtures.anonymous();
        save(visitor, secret, 1, fields("role", "nso", "staff", "3"));
        save(visitor, secret, 2, fields("trust", trust));
        save(visitor, secret, 3, fields("grid.i1", "1", "grid.i2", "2"));
        String submit = link(secret) + "/submit";
        assertThat(visitor.submitNoFollow(submit, submit, Map.of()).status()).isEqualTo(302);
    }

    private static void save(Visitor visitor, String secret, int section, Map<String, Object> answers) {
        Map<String, Object> withTyped = new java.util.LinkedHashMap<>(answers);
        withTyped.put("_typed", "1");
        assertThat(visitor.submitNoFollow(link(secret) + "/sections/" + section, withTyped)
                        .status())
                .isEqualTo(302);
    }

    private static QuestionResult question(WaveResults results, String code) {
        return results.questions().stream()
                .filter(q -> q.question().code().equals(code))
                .findFirst()
                .orElse(null);
    }

    private static List<Long> trust(WaveResults results) {
        return question(results, "trust").parts().get(0).cells().stream()
                .map(QuestionResult.Cell::count)
                .toList();
    }

    private static long id(Questionnaire wave, String code) {
        return wave.questions()
                .filter(q -> q.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void whatChangesTheResultsShowsAtOnceAndNothingElseIsCountedAgain() {
        Community community = fixtures.community("Kept results");
        Account owner = fixtures.member(community, "Olga Owner", CommunityRole.FACILITATOR);
        Account first = fixtures.member(community, "Fatima First", CommunityRole.MEMBER);
        Account second = fixtures.member(community, "Sione Second", CommunityRole.MEMBER);
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.IDENTIFIED, AudienceKind.COMMUNITY, null, owner.id());
        long surveyId = wave.survey().id();
        long waveId = wave.wave().id();
        String firstLink = surveyWaves.invite(wave, first.id());
        String secondLink = surveyWaves.invite(wave, second.id());

        answer(firstLink, "2");
        keptCountsEqualARecount(waveId);
        WaveResults one = readResults.read(owner.actor(), SurveyOwner.of(community), surveyId, waveId, Breakdown.ALL);
        assertThat(one.respondents()).isEqualTo(1);
        assertThat(trust(one)).containsExactly(0L, 1L, 0L, 0L, 0L);

        // written behind the feature's back: no event, so the kept counts do not see it
        new SurveyFixtures(context)
                .respond(wave.survey(), wave.wave(), null, "TO", null, List.of(Answer.point("trust", "", 5)));
        WaveResults kept = readResults.read(owner.actor(), SurveyOwner.of(community), surveyId, waveId, Breakdown.ALL);
        assertThat(kept.respondents()).as("kept, not counted again").isEqualTo(1);
        assertThat(readResults
                        .read(owner.actor(), SurveyOwner.of(community), surveyId, waveId, new Breakdown("TO", null))
                        .respondents())
                .as("another breakdown is counted on its first view")
                .isEqualTo(1);

        // a submission forgets the wave's counts, every breakdown of it
        answer(secondLink, "4");
        keptCountsEqualARecount(waveId);
        WaveResults three = readResults.read(owner.actor(), SurveyOwner.of(community), surveyId, waveId, Breakdown.ALL);
        assertThat(three.respondents()).isEqualTo(3);
        assertThat(trust(three)).containsExactly(0L, 1L, 0L, 1L, 1L);
        assertThat(readResults
                        .read(owner.actor(), SurveyOwner.of(community), surveyId, waveId, new Breakdown("TO", null))
                        .respondents())
                .isEqualTo(1);

        // a submitted answer changed (identified answers stay open while the wave takes answers)
        save(fixtures.anonymous(), secondLink, 2, fields("trust", "3"));
        keptCountsEqualARecount(waveId);
        // (the trust of 4 had one respondent: its row went at zero, as a recount has none) and the grid changed
        save(fixtures.anonymous(), secondLink, 3, fields("grid.i1", "5", "grid.i2", "2"));
        keptCountsEqualARecount(waveId);
        assertThat(trust(readResults.read(owner.actor(), SurveyOwner.of(community), surveyId, waveId, Breakdown.ALL)))
                .containsExactly(0L, 1L, 1L, 0L, 1L);

        // a question removed: kept for its answers (marked removed), or gone when nobody answered it; then restored
        assertThat(removeQuestion.remove(owner.actor(), SurveyOwner.of(community), surveyId, waveId, id(wave, "trust")))
                .isTrue();
        assertThat(removeQuestion.remove(
                        owner.actor(), SurveyOwner.of(community), surveyId, waveId, id(wave, "country")))
                .isFalse();
        WaveResults removed =
                readResults.read(owner.actor(), SurveyOwner.of(community), surveyId, waveId, Breakdown.ALL);
        assertThat(question(removed, "trust").question().removed()).isTrue();
        assertThat(trust(removed)).containsExactly(0L, 1L, 1L, 0L, 1L);
        assertThat(question(removed, "country")).isNull();
        removeQuestion.restore(owner.actor(), SurveyOwner.of(community), surveyId, waveId, id(wave, "trust"));
        assertThat(question(
                                readResults.read(
                                        owner.actor(), SurveyOwner.of(community), surveyId, waveId, Breakdown.ALL),
                                "trust")
                        .question()
                        .removed())
                .isFalse();

        // a wave closing changes no answer: the kept counts still equal a recount
        closeWave.close(owner.actor(), SurveyOwner.of(community), surveyId, waveId);
        keptCountsEqualARecount(waveId);

        // the mode changed: three respondents are below the pseudonymous survey's threshold of 5, nothing is shown
        setRespondentMode.set(owner.actor(), SurveyOwner.of(community), surveyId, "PSEUDONYMOUS");
        WaveResults pseudonymous =
                readResults.read(owner.actor(), SurveyOwner.of(community), surveyId, waveId, Breakdown.ALL);
        assertThat(pseudonymous.withheld()).isTrue();
        assertThat(pseudonymous.questions()).allMatch(QuestionResult::withheld);
    }
}
