package org.statcommons.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A respondent answering by personal link without signing in: the mode explained first, one section per screen,
 * each saved when moving on, resumed from the same link at the first section not saved; every bad answer refused at
 * its question with nothing typed lost and nothing saved; conditions judged on the server; a forged link, a wave
 * closed, a second submission.
 */
@StatCommonsIntegrationTest
class AnsweringIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SurveyWaves surveyWaves;

    @Autowired
    JdbcClient db;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private record Setup(Questionnaire wave, Account person, String secret) {}

    private Setup invited(RespondentMode mode) {
        Community community = fixtures.community("Answering " + mode);
        Account owner = fixtures.member(community, "Olga Owner", CommunityRole.FACILITATOR);
        Account person = fixtures.member(community, "Rami Respondent", CommunityRole.MEMBER);
        Questionnaire wave = surveyWaves.wave(community.id(), mode, AudienceKind.COMMUNITY, null, owner.id());
        return new Setup(wave, person, surveyWaves.invite(wave, person.id()));
    }

    private static String link(String secret) {
        return "/surveys/answer/" + secret;
    }

    private static Page save(Visitor visitor, String secret, int section, Map<String, Object> answers) {
        String path = link(secret) + "/sections/" + section;
        Map<String, Object> withTyped = new java.util.LinkedHashMap<>(answers);
        withTyped.put("_typed", "1");
        return visitor.submitNoFollow(path, withTyped);
    }

    private int responsesOf(Questionnaire wave) {
        return db.sql("select count(*) from surveys.responses where wave_id = ?")
                .param(wave.wave().id())
                .query(Integer.class)
                .single();
    }

    private int sectionsSaved(Questionnaire wave) {
        return db.sql("select coalesce(max(sections_saved), 0) from surveys.responses where wave_id = ?")
                .param(wave.wave().id())
                .query(Integer.class)
                .single();
    }

    @Test
    void theModeIsExplainedBeforeAnswering() {
        Setup identified = invited(RespondentMode.IDENTIFIED);
        Page intro = fixtures.anonymous().get(link(identified.secret()));
        assertThat(intro.status()).isEqualTo(200);
        assertThat(intro.text()).contains("Who sees your answers", "Identified: the survey's owners see who");
        assertThat(intro.body()).contains("/sections/1");
        assertThat(intro.body().length()).isLessThan(30_000);

        Setup anonymous = invited(RespondentMode.ANONYMOUS);
        assertThat(fixtures.anonymous().get(link(anonymous.secret())).text())
                .contains("Anonymous: once you submit, nothing links your answers to you");
        Setup pseudonymous = invited(RespondentMode.PSEUDONYMOUS);
        assertThat(fixtures.anonymous().get(link(pseudonymous.secret())).text()).contains("Pseudonymous:");
    }

    @Test
    void aForgedLinkIsNotFound() {
        Setup setup = invited(RespondentMode.IDENTIFIED);
        String forged = setup.secret().substring(0, setup.secret().length() - 2) + "xx";
        Visitor visitor = fixtures.anonymous();
        assertThat(visitor.get(link(forged)).status()).isEqualTo(404);
        assertThat(visitor.get(link(forged)).text()).contains("There is no survey to answer at this link");
        assertThat(visitor.get(link(forged) + "/sections/1").status()).isEqualTo(404);
        assertThat(visitor.get(link("short")).status()).isEqualTo(404);
        Page post = visitor.submitNoFollow(
                link(setup.secret()) + "/sections/1",
                link(forged) + "/sections/1",
                fields("role", "nso", "staff", "3"));
        assertThat(post.status()).isEqualTo(404);
        Page api = fixtures.anonymousApi().api("GET", "/api/v1/survey-links/" + forged, null);
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.contentType()).contains("application/problem+json");
        assertThat(responsesOf(setup.wave())).isZero();
    }

    @Test
    void badAnswersAreRefusedAtTheirQuestionAndNothingTypedIsLost() {
        Setup setup = invited(RespondentMode.IDENTIFIED);
        Visitor visitor = fixtures.anonymous();

        Page outOfRange = save(visitor, setup.secret(), 1, fields("role", "nso", "staff", "9000", "country", "WS"));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.text()).contains("Give a number from 0 to 5000.");
        assertThat(outOfRange.body()).contains("value=\"9000\"").contains("id=\"staff-error\"");
        assertThat(outOfRange.body()).containsPattern("value=\"nso\"\\s+checked");
        assertThat(outOfRange.body()).containsPattern("value=\"WS\"\\s+selected");

        Page missing = save(visitor, setup.secret(), 1, fields("staff", "12"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("id=\"role-error\"").contains("This question needs an answer.");
        assertThat(missing.body()).contains("value=\"12\"");

        Page notOffered = save(visitor, setup.secret(), 1, fields("role", "president", "staff", "12"));
        assertThat(notOffered.status()).isEqualTo(400);
        assertThat(notOffered.text()).contains("“president” is not one of the answers offered.");

        Page notANumber = save(visitor, setup.secret(), 1, fields("role", "nso", "staff", "twelve"));
        assertThat(notANumber.text()).contains("“twelve” is not a number");
        Page badCountry = save(visitor, setup.secret(), 1, fields("role", "nso", "staff", "1", "country", "XX"));
        assertThat(badCountry.text()).contains("“XX” is not a country code");
        assertThat(responsesOf(setup.wave())).isZero();

        assertThat(save(visitor, setup.secret(), 1, fields("role", "nso", "staff", "12", "country", "ws"))
                        .status())
                .isEqualTo(302);
        Page duplicate = save(visitor, setup.secret(), 2, fields("ranks.x", "1", "ranks.y", "1", "topics", "a"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.text()).contains("Rank 1 is given twice");
        assertThat(duplicate.body()).containsPattern("value=\"a\"\\s+checked");
        Page gap = save(visitor, setup.secret(), 2, fields("ranks.x", "1", "ranks.y", "3"));
        assertThat(gap.text()).contains("Rank 2 is missing");
        Page twoForOne = save(visitor, setup.secret(), 2, fields("trust", List.of("2", "4")));
        assertThat(twoForOne.text()).contains("Choose one answer only.");
        assertThat(sectionsSaved(setup.wave())).isEqualTo(1);

        Page api = fixtures.anonymousApi()
                .api(
                        "PUT",
                        "/api/v1/survey-links/" + setup.secret() + "/sections/2",
                        "{\"answers\":{\"trust\":\"9\",\"ranks.x\":\"1\",\"ranks.z\":\"1\"}}");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.contentType()).contains("application/problem+json");
        assertThat(api.body()).contains("\"trust\"", "is not one of the answers offered", "\"ranks\"", "given twice");
        assertThat(sectionsSaved(setup.wave())).isEqualTo(1);
        List<String> stored =
                db.sql("""
                        select a.question_code || '=' || a.option_code from surveys.answers a
                        join surveys.responses r on r.id = a.response_id where r.wave_id = ? order by 1""").param(setup.wave().wave().id()).query(String.class).list();
        assertThat(stored).containsExactly("country=WS", "role=nso", "staff=");
    }

    @Test
    void aRespondentWhoStopsResumesAtTheFirstSectionNotSaved() {
        Setup setup = invited(RespondentMode.PSEUDONYMOUS);
        Visitor morning = fixtures.anonymous();
        assertThat(save(morning, setup.secret(), 1, fields("role", "ministry", "staff", "40"))
                        .location())
                .endsWith("/sections/2");

        Visitor evening = fixtures.anonymous();
        Page intro = evening.get(link(setup.secret()));
        assertThat(intro.text()).contains("You have saved 1 of 3 sections", "Continue where I stopped");
        assertThat(intro.body()).contains(link(setup.secret()) + "/sections/2");
        Page tooFar = evening.getNoFollow(link(setup.secret()) + "/sections/3");
        assertThat(tooFar.status()).isEqualTo(302);
        assertThat(tooFar.location()).endsWith("/sections/2");
        Page first = evening.get(link(setup.secret()) + "/sections/1");
        assertThat(first.body())
                .containsPattern("value=\"ministry\"\\s+checked")
                .contains("value=\"40\"");
        assertThat(first.body().length()).isLessThan(30_000);

        // the condition on "role" is judged with the saved answer: "other" was not chosen, so other_role is not asked
        Page second = evening.get(link(setup.secret()) + "/sections/2");
        assertThat(second.body()).doesNotContain("name=\"other_role\"").contains("name=\"trust\"");
        assertThat(save(evening, setup.secret(), 2, fields("trust", "4", "topics", List.of("a", "c")))
                        .location())
                .endsWith("/sections/3");
        assertThat(save(evening, setup.secret(), 3, fields("grid.i1", "2", "grid.i2", "5"))
                        .location())
                .endsWith("/submit");
        assertThat(evening.get(link(setup.secret()) + "/submit").text()).contains("Submit my answers");
        assertThat(evening.submitNoFollow(link(setup.secret()) + "/submit", link(setup.secret()) + "/submit", Map.of())
                        .status())
                .isEqualTo(302);

        Map<String, Object> row = db.sql("select * from surveys.responses where wave_id = ?")
                .param(setup.wave().wave().id())
                .query()
                .singleRow();
        assertThat(row.get("account_id")).isNull();
        assertThat(row.get("pseudonym")).isNotNull();
        assertThat(row.get("submitted_at")).isNotNull();
        assertThat(row.get("sections_saved")).isEqualTo(3);
    }

    @Test
    void aConditionShowsAQuestionOnlyWhenTheEarlierAnswerIsGiven() {
        Setup setup = invited(RespondentMode.IDENTIFIED);
        Visitor visitor = fixtures.anonymous();
        save(visitor, setup.secret(), 1, fields("role", "other", "staff", "3"));
        Page second = visitor.get(link(setup.secret()) + "/sections/2");
        assertThat(second.body()).contains("name=\"other_role\"");
        Page missing = save(visitor, setup.secret(), 2, fields("trust", "3"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("id=\"other_role-error\"");
        assertThat(save(visitor, setup.secret(), 2, fields("trust", "3", "other_role", "Central bank"))
                        .status())
                .isEqualTo(302);
        save(visitor, setup.secret(), 3, fields("grid.i1", "1", "grid.i2", "1"));

        // changing the earlier answer leaves the conditioned answer unasked: it is dropped at submission
        save(visitor, setup.secret(), 1, fields("role", "nso", "staff", "3"));
        visitor.submitNoFollow(link(setup.secret()) + "/submit", link(setup.secret()) + "/submit", Map.of());
        List<String> codes =
                db.sql("""
                        select a.question_code from surveys.answers a join surveys.responses r on r.id = a.response_id
                        where r.wave_id = ? order by 1""").param(setup.wave().wave().id()).query(String.class).list();
        assertThat(codes).doesNotContain("other_role").contains("role", "trust", "grid");
    }

    @Test
    void aSecondAnswerFromTheSameLinkUpdatesTheFirstAndASecondSubmitDoublesNothing() {
        Setup setup = invited(RespondentMode.IDENTIFIED);
        Visitor visitor = fixtures.anonymous();
        save(visitor, setup.secret(), 1, fields("role", "nso", "staff", "3"));
        save(visitor, setup.secret(), 2, fields("trust", "2"));
        save(visitor, setup.secret(), 3, fields("grid.i1", "1", "grid.i2", "1"));
        String submit = link(setup.secret()) + "/submit";
        assertThat(visitor.submitNoFollow(submit, submit, Map.of()).status()).isEqualTo(302);
        Page again =
                fixtures.anonymousApi().api("POST", "/api/v1/survey-links/" + setup.secret() + "/submission", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).contains("\"first\":false");

        assertThat(visitor.get(link(setup.secret())).text()).contains("You have submitted your answers");
        save(visitor, setup.secret(), 2, fields("trust", "5"));
        assertThat(responsesOf(setup.wave())).isEqualTo(1);
        List<String> trust =
                db.sql("""
                        select a.option_code from surveys.answers a join surveys.responses r on r.id = a.response_id
                        where r.wave_id = ? and a.question_code = 'trust'""").param(setup.wave().wave().id()).query(String.class).list();
        assertThat(trust).containsExactly("5");
        Object accountId = db.sql("select account_id from surveys.responses where wave_id = ?")
                .param(setup.wave().wave().id())
                .query()
                .singleValue();
        assertThat(((Number) accountId).longValue()).isEqualTo(setup.person().id());
    }

    @Test
    void anAnswerAfterClosingIsRefusedClearly() {
        Setup setup = invited(RespondentMode.IDENTIFIED);
        surveyWaves.closeAt(setup.wave(), clock.instant().plus(Duration.ofHours(1)));
        Visitor visitor = fixtures.anonymous();
        String path = link(setup.secret()) + "/sections/1";
        String csrf = visitor.get(path).csrf();
        clock.advance(Duration.ofHours(2));
        Page late = visitor.postNoFollow(path, fields("_csrf", csrf, "_typed", "1", "role", "nso", "staff", "1"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("This survey is closed: it takes no more answers.");
        assertThat(visitor.get(path).status()).isEqualTo(409);
        assertThat(visitor.get(link(setup.secret())).text()).contains("This survey is closed");
        Page api = fixtures.anonymousApi()
                .api(
                        "PUT",
                        "/api/v1/survey-links/" + setup.secret() + "/sections/1",
                        "{\"answers\":{\"role\":\"nso\",\"staff\":1}}");
        assertThat(api.status()).isEqualTo(409);
        assertThat(api.contentType()).contains("application/problem+json");
        assertThat(responsesOf(setup.wave())).isZero();
    }

    @Test
    void theApiAnswersThroughTheSameLinkAndRules() {
        Setup setup = invited(RespondentMode.IDENTIFIED);
        Visitor api = fixtures.anonymousApi();
        String base = "/api/v1/survey-links/" + setup.secret();
        Page link = api.api("GET", base, null);
        assertThat(link.status()).isEqualTo(200);
        assertThat(link.body()).contains("\"mode\":\"IDENTIFIED\"", "\"code\":\"staff\"", "\"resumeAt\":1");
        assertThat(api.api("PUT", base + "/sections/1", "{\"answers\":{\"role\":\"nso\",\"staff\":250}}")
                        .body())
                .contains("\"sectionsSaved\":1", "\"next\":2");
        Page early = api.api("POST", base + "/submission", null);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("section 2 is the next one");
        api.api("PUT", base + "/sections/2", "{\"answers\":{\"topics\":[\"a\",\"b\"]}}");
        api.api("PUT", base + "/sections/3", "{\"answers\":{\"grid.i1\":\"3\",\"grid.i2\":4}}");
        assertThat(api.api("POST", base + "/submission", null).body()).contains("\"first\":true");
        assertThat(api.api("GET", base, null).body()).contains("\"submitted\":true", "\"question\":\"staff\"");
    }

    @Test
    void aPublicLinkGivesEveryVisitorAFreshResponseResumableByItsOwnLink() {
        Community community = fixtures.community("Answering public");
        Account owner = fixtures.member(community, "Pia Publisher", CommunityRole.FACILITATOR);
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.IDENTIFIED, AudienceKind.PUBLIC_LINK, null, owner.id());
        String publicSecret = surveyWaves.publicLink(wave);
        String publicPath = "/surveys/public/" + publicSecret;

        Visitor first = fixtures.anonymous();
        Page intro = first.get(publicPath);
        assertThat(intro.text())
                .contains("Capacity baseline", "Answers given through a public link belong to no account");
        assertThat(responsesOf(wave)).isZero();
        Page started = first.submitNoFollow(publicPath, publicPath, Map.of());
        assertThat(started.status()).isEqualTo(302);
        String own = started.location().replaceAll(".*/surveys/answer/([^/]+)/sections/1$", "$1");
        assertThat(own).isNotEqualTo(publicSecret);
        save(first, own, 1, fields("role", "nso", "staff", "10"));

        Visitor second = fixtures.anonymous();
        second.submitNoFollow(publicPath, publicPath, Map.of());
        assertThat(responsesOf(wave)).isEqualTo(2);

        // back later, without cookies: the own link lands on the first section not saved
        assertThat(fixtures.anonymous().get("/surveys/answer/" + own).body()).contains(own + "/sections/2");
        assertThat(fixtures.anonymous()
                        .get("/surveys/public/" + publicSecret.substring(1) + "A")
                        .status())
                .isEqualTo(404);
        Page viaApi = fixtures.anonymousApi().api("POST", "/api/v1/survey-public/" + publicSecret + "/responses", null);
        assertThat(viaApi.status()).isEqualTo(201);
        assertThat(viaApi.body()).contains("/surveys/answer/");
        assertThat(responsesOf(wave)).isEqualTo(3);
        Object accounts = db.sql("select count(account_id) from surveys.responses where wave_id = ?")
                .param(wave.wave().id())
                .query()
                .singleValue();
        assertThat(((Number) accounts).intValue()).isZero();
    }

    @Test
    void aPublicLinkLimitsHowManyResponsesStartEachMinute() {
        Community community = fixtures.community("Answering flood");
        Account owner = fixtures.member(community, "Flo Flood", CommunityRole.FACILITATOR);
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.ANONYMOUS, AudienceKind.PUBLIC_LINK, null, owner.id());
        String path = "/api/v1/survey-public/" + surveyWaves.publicLink(wave) + "/responses";
        Visitor script = fixtures.anonymousApi();
        for (int i = 0; i < StartPublicResponse.STARTS_PER_MINUTE; i++) {
            assertThat(script.api("POST", path, null).status()).isEqualTo(201);
        }
        Page refused = script.api("POST", path, null);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(responsesOf(wave)).isEqualTo(StartPublicResponse.STARTS_PER_MINUTE);
        clock.advance(Duration.ofMinutes(2));
        assertThat(script.api("POST", path, null).status()).isEqualTo(201);
    }
}
