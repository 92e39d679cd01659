package org.statcommons.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Survey definitions over the API: a survey given whole is checked whole (a problem anywhere is a problem naming its
 * place, and nothing is kept), then read back, added to, continued in a next wave; its mode never becomes less private
 * once answered.
 */
@StatCommonsIntegrationTest
class SurveyApiIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Surveys surveys;

    @Autowired
    Responses responses;

    private static final String SURVEY = """
            {"title":"Users' needs","mode":"ANONYMOUS","smallCellThreshold":"10","waveLabel":"Consultation",
             "sections":[{"title":"You","questions":[
               {"code":"sector","kind":"SINGLE_CHOICE","text":"Your sector?","required":true,
                "options":[{"code":"gov","label":"Government"},{"code":"cso","label":"Civil society"}]},
               {"code":"needs","kind":"likert_matrix","text":"How much do you need…","scalePoints":5,
                "options":[{"label":"Not"},{"label":"Little"},{"label":"Some"},{"label":"Much"},{"label":"Very much"}],
                "items":[{"code":"micro","label":"Microdata"},{"code":"maps","label":"Maps"}],
                "condition":{"question":"sector","option":"cso"}},
               {"code":"count","kind":"NUMBER","text":"How many staff?","min":0,"max":100000}]}]}""";

    @Test
    void aSurveyGivenWholeIsKeptWholeReadBackAndContinued() {
        Community community = fixtures.community("Survey API");
        Account facilitator = fixtures.member(community, "API facilitator", CommunityRole.FACILITATOR);
        Visitor script = fixtures.bearer(fixtures.token(facilitator));
        String api = "/api/v1/communities/" + community.slug() + "/surveys";

        Page created = script.api("POST", api, SURVEY);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body())
                .contains(
                        "\"label\":\"Consultation\"",
                        "\"code\":\"needs\"",
                        "\"kind\":\"LIKERT_MATRIX\"",
                        "\"condition\":{\"question\":\"sector\",\"option\":\"cso\"}",
                        "\"code\":\"5\"");
        Survey survey = surveys.of(SurveyOwner.of(community)).get(0);
        assertThat(survey.mode()).isEqualTo(RespondentMode.ANONYMOUS);
        assertThat(survey.smallCellThreshold()).isEqualTo(10);

        Page listed = script.api("GET", api, null);
        assertThat(listed.body()).contains("\"title\":\"Users' needs\"", "\"mode\":\"ANONYMOUS\"");
        Page shown = script.api("GET", api + "/" + survey.id(), null);
        assertThat(shown.status()).isEqualTo(200);

        Page next = script.api("POST", api + "/" + survey.id() + "/waves", "{\"label\":\"Follow-up\"}");
        assertThat(next.status()).isEqualTo(201);
        assertThat(next.body())
                .contains("\"position\":2", "\"code\":\"sector\"", "\"code\":\"needs\"", "\"code\":\"count\"");

        Page identified = script.api("PUT", api + "/" + survey.id() + "/mode", "{\"mode\":\"IDENTIFIED\"}");
        assertThat(identified.status()).isEqualTo(200);
        responses.start(
                survey.id(),
                shownWave(script, api, survey),
                facilitator.id(),
                null,
                null,
                null,
                null,
                java.time.Instant.now());
        Page anonymous = script.api("PUT", api + "/" + survey.id() + "/mode", "{\"mode\":\"ANONYMOUS\"}");
        assertThat(anonymous.body()).contains("\"mode\":\"ANONYMOUS\"");
        Page backAgain = script.api("PUT", api + "/" + survey.id() + "/mode", "{\"mode\":\"PSEUDONYMOUS\"}");
        assertThat(backAgain.status()).isEqualTo(409);
        assertThat(backAgain.contentType()).contains("application/problem+json");
        assertThat(backAgain.body()).contains("can only become more private");
    }

    private static long shownWave(Visitor script, String api, Survey survey) {
        String body = script.api("GET", api + "/" + survey.id(), null).body();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\"waves\":\\[\\{\"id\":(\\d+)").matcher(body);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aSurveyGivenWholeOverItsSizeIsRefusedAtOnceAndNothingIsKept() {
        Community community = fixtures.community("Survey API size");
        Account facilitator = fixtures.member(community, "API oversize", CommunityRole.FACILITATOR);
        Visitor script = fixtures.bearer(fixtures.token(facilitator));
        String api = "/api/v1/communities/" + community.slug() + "/surveys";
        // each question is checked against the questionnaire so far: without a bound, a large body costs its square
        StringBuilder questions = new StringBuilder();
        for (int q = 0; q <= CreateSurvey.MAX_QUESTIONS; q++) {
            questions
                    .append(q == 0 ? "" : ",")
                    .append("{\"code\":\"q")
                    .append(q)
                    .append("\",\"kind\":\"SHORT_TEXT\",\"text\":\"?\"}");
        }
        String oversized = "{\"title\":\"T\",\"sections\":[{\"title\":\"S\",\"questions\":[" + questions + "]}]}";
        long start = System.nanoTime();
        Page refused = script.api("POST", api, oversized);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"sections\"", "at most 50 sections and 300 questions");
        assertThat(millis).as("refused before any question is checked").isLessThan(3_000);
        assertThat(surveys.of(SurveyOwner.of(community))).isEmpty();
    }

    @Test
    void aSurveyWithAMistakeAnywhereIsRefusedNamingThePlaceAndNothingIsKept() {
        Community community = fixtures.community("Survey API mistakes");
        Account facilitator = fixtures.member(community, "API mistaken", CommunityRole.FACILITATOR);
        Visitor script = fixtures.bearer(fixtures.token(facilitator));
        String api = "/api/v1/communities/" + community.slug() + "/surveys";

        String broken = SURVEY.replace(
                        "\"code\":\"count\",\"kind\":\"NUMBER\"", "\"code\":\"sector\",\"kind\":\"NUMBER\"")
                .replace("\"min\":0,\"max\":100000", "\"min\":5,\"max\":1")
                .replace("\"question\":\"sector\",\"option\":\"cso\"", "\"question\":\"count\",\"option\":\"x\"");
        Page refused = script.api("POST", api, broken);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body())
                .contains("sections[0].questions[1].conditionQuestion", "a condition must point to an earlier question")
                .contains("sections[0].questions[2].code", "already has the code")
                .contains("sections[0].questions[2].min", "The smallest number (5) is larger than the largest (1).");
        Page unknownKind = script.api(
                "POST",
                api,
                "{\"title\":\"T\",\"sections\":[{\"title\":\"S\",\"questions\":[{\"code\":\"a\",\"kind\":\"ESSAY\",\"text\":\"?\"}]}]}");
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.body()).contains("sections[0].questions[0].kind");
        Page huge = script.api(
                "POST",
                api,
                "{\"title\":\"T\",\"sections\":[{\"title\":\"S\",\"questions\":[{\"code\":\"a\",\"kind\":\"NUMBER\",\"text\":\"?\",\"max\":1e20}]}]}");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.body()).contains("sections[0].questions[0].max");
        Page untitled = script.api("POST", api, "{\"title\":\"\"}");
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.body()).contains("\"title\"");
        assertThat(surveys.of(SurveyOwner.of(community))).isEmpty();

        Account member = fixtures.member(community, "API member", CommunityRole.MEMBER);
        assertThat(fixtures.bearer(fixtures.token(member))
                        .api("POST", api, SURVEY)
                        .status())
                .isEqualTo(403);
        assertThat(surveys.of(SurveyOwner.of(community))).isEmpty();
    }
}
