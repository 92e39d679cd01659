package org.statcommons.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
 * A wave's life as its owner drives it (times typed in the owner's zone, open at the set time or now, close now, the
 * scheduler closing it at its time) with every impossible move refused as a conflict and nothing changed; and a
 * member who finds the waves they are asked to answer on the Surveys screen and reaches their own personal link.
 */
@StatCommonsIntegrationTest
class WaveScheduleIntegrationTests {

    private static final ZoneId FIJI = ZoneId.of("Pacific/Fiji");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Autowired
    Fixtures fixtures;

    @Autowired
    SurveyWaves surveyWaves;

    @Autowired
    Waves waves;

    @Autowired
    Surveys surveys;

    @Autowired
    CloseWave closeWave;

    @Autowired
    JdbcClient db;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String base(Community community, Questionnaire wave) {
        return "/c/" + community.slug() + "/surveys/" + wave.survey().id() + "/waves/"
                + wave.wave().id();
    }

    private static String api(Community community, Questionnaire wave) {
        return "/api/v1/communities/" + community.slug() + "/surveys/"
                + wave.survey().id() + "/waves/" + wave.wave().id();
    }

    private Wave reread(Questionnaire wave) {
        return waves.byId(wave.wave().id()).orElseThrow();
    }

    private static String typed(Instant at) {
        return LocalDateTime.ofInstant(at, FIJI).format(TYPED);
    }

    @Test
    void anOwnerSchedulesOpensAtTheSetTimeAndClosesAWaveAndImpossibleMovesAreConflicts() {
        Community community = fixtures.community("Wave life");
        Account owner = fixtures.member(community, "Wanda Owner", CommunityRole.FACILITATOR);
        Account member = fixtures.member(community, "Mika Member", CommunityRole.MEMBER);
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.IDENTIFIED, AudienceKind.COMMUNITY, null, owner.id());
        waves.schedule(wave.wave().id(), WaveState.DRAFT, null, null);
        Visitor ownerVisitor = fixtures.signedIn(owner);
        String base = base(community, wave);
        String form = base + "/distribution";

        Page page = ownerVisitor.get(form);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Opening and closing", "Open now", "Pacific/Fiji");
        assertThat(page.body().length()).isLessThan(30_000);

        Page closeDraft = ownerVisitor.submitNoFollow(form, base + "/close", Map.of());
        assertThat(closeDraft.status()).isEqualTo(409);
        assertThat(closeDraft.text()).contains("is not open yet, so it cannot be closed");

        // times typed in the owner's zone (Fiji), to the minute
        Instant opens = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        Instant closes = opens.plus(Duration.ofDays(10));
        Page backwards = ownerVisitor.submitNoFollow(
                form, base + "/schedule", Map.of("opensAt", typed(closes), "closesAt", typed(opens)));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text()).contains("The closing time must come after the opening time.");
        Page notATime = ownerVisitor.submitNoFollow(
                form, base + "/schedule", Map.of("opensAt", "next monday", "closesAt", typed(closes)));
        assertThat(notATime.status()).isEqualTo(400);
        assertThat(notATime.text()).contains("“next monday” is not a time");
        assertThat(reread(wave).opensAt()).isNull();

        Page scheduled = ownerVisitor.submit(
                form,
                base + "/schedule",
                Map.of("opensAt", typed(opens), "closesAt", typed(closes), "audience", "COMMUNITY"));
        assertThat(scheduled.status()).isEqualTo(200);
        assertThat(reread(wave).opensAt()).isEqualTo(opens);
        assertThat(reread(wave).closesAt()).isEqualTo(closes);
        assertThat(reread(wave).state()).isEqualTo(WaveState.DRAFT);

        Page openLater = ownerVisitor.submit(form, base + "/open", Map.of("now", "false"));
        assertThat(openLater.text()).contains("is open");
        assertThat(reread(wave).state()).isEqualTo(WaveState.OPEN);
        assertThat(reread(wave).opensAt()).isEqualTo(opens);
        Visitor memberVisitor = fixtures.signedIn(member);
        String list = "/c/" + community.slug() + "/surveys";
        assertThat(memberVisitor.get(list).text()).doesNotContain("Surveys to answer");
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(memberVisitor.get(list).text()).contains("Surveys to answer", "Capacity baseline");

        Page openAgain = ownerVisitor.submitNoFollow(form, base + "/open", Map.of());
        assertThat(openAgain.status()).isEqualTo(409);
        assertThat(openAgain.text()).contains("is already open");
        Page otherAudience = ownerVisitor.submitNoFollow(form, base + "/schedule", Map.of("audience", "PUBLIC_LINK"));
        assertThat(otherAudience.status()).isEqualTo(409);
        assertThat(otherAudience.text()).contains("keeps the audience it was sent to");
        assertThat(reread(wave).audienceKind()).isEqualTo(AudienceKind.COMMUNITY);

        Instant beforeClosing = clock.instant().minusMillis(1);
        Page closed = ownerVisitor.submit(form, base + "/close", Map.of());
        assertThat(closed.text()).contains("is closed");
        assertThat(reread(wave).state()).isEqualTo(WaveState.CLOSED);
        Instant closedAt = reread(wave).closesAt();
        assertThat(closedAt).isBetween(beforeClosing, clock.instant());
        assertThat(memberVisitor.get(list).text()).doesNotContain("Surveys to answer");

        Page reopen = ownerVisitor.submitNoFollow(form, base + "/open", Map.of());
        assertThat(reopen.status()).isEqualTo(409);
        assertThat(reopen.text()).contains("is closed and stays closed");
        Page closeAgain = ownerVisitor.submitNoFollow(form, base + "/close", Map.of());
        assertThat(closeAgain.status()).isEqualTo(409);
        Page moveClosed = ownerVisitor.submitNoFollow(form, base + "/schedule", Map.of("closesAt", typed(closes)));
        assertThat(moveClosed.status()).isEqualTo(409);
        assertThat(reread(wave).closesAt()).isEqualTo(closedAt);
    }

    @Test
    void theApiMovesAWaveWithProblemsForImpossibleMovesAndOnlyOwnersMoveIt() {
        Community community = fixtures.community("Wave api");
        Account owner = fixtures.member(community, "Aziz Owner", CommunityRole.FACILITATOR);
        Account member = fixtures.member(community, "Ines Member", CommunityRole.MEMBER);
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.IDENTIFIED, AudienceKind.COMMUNITY, null, owner.id());
        waves.schedule(wave.wave().id(), WaveState.DRAFT, null, null);
        Visitor ownerApi = fixtures.bearer(fixtures.token(owner));
        String api = api(community, wave);
        Instant closes = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

        Page refused = fixtures.bearer(fixtures.token(member)).api("POST", api + "/open", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(reread(wave).state()).isEqualTo(WaveState.DRAFT);

        Page past = ownerApi.api("PUT", api + "/schedule", "{\"closesAt\":\"2020-01-01T00:00:00Z\"}");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.contentType()).contains("application/problem+json");
        assertThat(past.body()).contains("closesAt", "The closing time has passed");
        Page noGroup = ownerApi.api("PUT", api + "/schedule", "{\"audience\":\"TOPIC_GROUP\",\"audienceId\":999999}");
        assertThat(noGroup.status()).isEqualTo(400);
        assertThat(noGroup.body()).contains("audienceId");

        Page set = ownerApi.api("PUT", api + "/schedule", "{\"closesAt\":\"" + closes + "\"}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body()).contains("\"state\":\"DRAFT\"");
        assertThat(reread(wave).closesAt()).isEqualTo(closes);

        Page opened = ownerApi.api("POST", api + "/open", "{\"now\":true}");
        assertThat(opened.status()).isEqualTo(200);
        assertThat(opened.body()).contains("\"state\":\"OPEN\"");
        Page closedApi = ownerApi.api("POST", api + "/close", null);
        assertThat(closedApi.status()).isEqualTo(200);
        assertThat(closedApi.body()).contains("\"state\":\"CLOSED\"");
        Page reopen = ownerApi.api("POST", api + "/open", null);
        assertThat(reopen.status()).isEqualTo(409);
        assertThat(reopen.contentType()).contains("application/problem+json");
        assertThat(reopen.body()).contains("stays closed");
    }

    @Test
    void aWaveWithNoQuestionOrAPastClosingTimeIsNotOpened() {
        Community community = fixtures.community("Wave empty");
        Account owner = fixtures.member(community, "Emil Owner", CommunityRole.FACILITATOR);
        long surveyId = surveys.insert(
                community.id(), "Empty", "", RespondentMode.IDENTIFIED, 5, owner.id(), SurveyWaves.LONG_AGO);
        db.sql("insert into surveys.owners (survey_id, account_id) values (?, ?)")
                .params(surveyId, owner.id())
                .update();
        long waveId = waves.insert(surveyId, "Baseline", AudienceKind.COMMUNITY, null, SurveyWaves.LONG_AGO);
        String base = "/c/" + community.slug() + "/surveys/" + surveyId + "/waves/" + waveId;
        Visitor ownerVisitor = fixtures.signedIn(owner);
        Page empty = ownerVisitor.submitNoFollow(base + "/distribution", base + "/open", Map.of());
        assertThat(empty.status()).isEqualTo(409);
        assertThat(empty.text()).contains("asks no question yet");
        assertThat(waves.byId(waveId).orElseThrow().state()).isEqualTo(WaveState.DRAFT);

        Questionnaire full =
                surveyWaves.wave(community.id(), RespondentMode.IDENTIFIED, AudienceKind.COMMUNITY, null, owner.id());
        waves.schedule(full.wave().id(), WaveState.DRAFT, null, clock.instant().plus(Duration.ofHours(1)));
        clock.advance(Duration.ofHours(2));
        String fullBase = base(community, full);
        Page late = ownerVisitor.submitNoFollow(fullBase + "/distribution", fullBase + "/open", Map.of());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("The closing time has passed");
        assertThat(reread(full).state()).isEqualTo(WaveState.DRAFT);
    }

    @Test
    void theSchedulerClosesAnOpenWaveWhenItsClosingTimeComes() {
        Community community = fixtures.community("Wave scheduler");
        Account owner = fixtures.member(community, "Sol Owner", CommunityRole.FACILITATOR);
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.IDENTIFIED, AudienceKind.COMMUNITY, null, owner.id());
        Instant closes = clock.instant().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        surveyWaves.closeAt(wave, closes);

        closeWave.closeDue();
        assertThat(reread(wave).state()).isEqualTo(WaveState.OPEN);
        clock.advance(Duration.ofMinutes(61));
        assertThat(closeWave.closeDue()).isGreaterThanOrEqualTo(1);
        assertThat(reread(wave).state()).isEqualTo(WaveState.CLOSED);
        assertThat(reread(wave).closesAt()).isEqualTo(closes);
    }

    @Test
    void aMemberAnswersFromTheSurveysScreenThroughTheirOwnLink() {
        Community community = fixtures.community("Wave inside");
        Account owner = fixtures.member(community, "Omar Owner", CommunityRole.FACILITATOR);
        Account member = fixtures.member(community, "Lea Member", CommunityRole.MEMBER);
        Account invited = fixtures.member(community, "Ivo Invited", CommunityRole.MEMBER);
        Account outsider = fixtures.account("Otto Outsider");
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.IDENTIFIED, AudienceKind.COMMUNITY, null, owner.id());
        Questionnaire forAGroup = surveyWaves.wave(
                community.id(), RespondentMode.IDENTIFIED, AudienceKind.TOPIC_GROUP, 999_999L, owner.id());
        String list = "/c/" + community.slug() + "/surveys";
        String base = base(community, wave);

        Visitor memberVisitor = fixtures.signedIn(member);
        Page screen = memberVisitor.get(list);
        assertThat(screen.text()).contains("Surveys to answer", "Capacity baseline");
        assertThat(screen.body()).contains(base + "/answer").doesNotContain(base(community, forAGroup) + "/answer");

        Page first = memberVisitor.submitNoFollow(list, base + "/answer", Map.of());
        assertThat(first.status()).isEqualTo(302);
        assertThat(first.location()).contains("/surveys/answer/");
        Page again = memberVisitor.submitNoFollow(list, base + "/answer", Map.of());
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(db.sql("select count(*) from surveys.invitations where wave_id = ? and account_id = ?")
                        .params(wave.wave().id(), member.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        Page intro = fixtures.anonymous().get(first.location());
        assertThat(intro.status()).isEqualTo(200);
        assertThat(intro.text()).contains("Capacity baseline");

        // someone invited by e-mail reaches the same link from inside the app
        String emailed = surveyWaves.invite(wave, invited.id());
        Page fromInside = fixtures.signedIn(invited).submitNoFollow(list, base + "/answer", Map.of());
        assertThat(fromInside.location()).endsWith("/surveys/answer/" + emailed);

        Visitor memberApi = fixtures.bearer(fixtures.token(member));
        String api = "/api/v1/communities/" + community.slug() + "/surveys";
        Page toAnswer = memberApi.api("GET", api + "/to-answer", null);
        assertThat(toAnswer.status()).isEqualTo(200);
        assertThat(toAnswer.body())
                .contains("\"waveId\":" + wave.wave().id())
                .doesNotContain("\"waveId\":" + forAGroup.wave().id());
        Page link = memberApi.api("POST", api(community, wave) + "/answer", null);
        assertThat(link.body()).contains(first.location());

        Page notInGroup = memberVisitor.submitNoFollow(list, base(community, forAGroup) + "/answer", Map.of());
        assertThat(notInGroup.status()).isEqualTo(404);
        Page stranger = fixtures.signedIn(outsider).submitNoFollow(base + "/answer", Map.of());
        assertThat(stranger.status()).isEqualTo(403);

        surveyWaves.closeAt(wave, clock.instant().minusSeconds(1));
        Page late = memberVisitor.submitNoFollow(list, base + "/answer", Map.of());
        assertThat(late.status()).isEqualTo(409);
        assertThat(memberVisitor.get(list).text()).doesNotContain("Surveys to answer");
    }

    @Test
    void theSurveysScreenLinksEachWavesDistributionWithItsCounts() {
        Community community = fixtures.community("Wave links");
        Account owner = fixtures.member(community, "Lin Owner", CommunityRole.FACILITATOR);
        Account member = fixtures.member(community, "Max Member", CommunityRole.MEMBER);
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.IDENTIFIED, AudienceKind.COMMUNITY, null, owner.id());
        surveyWaves.invite(wave, member.id());
        Page page = fixtures.signedIn(owner)
                .get("/c/" + community.slug() + "/surveys/" + wave.survey().id());
        assertThat(page.body()).contains(base(community, wave) + "/distribution");
        assertThat(page.text()).contains("0 answered of 1 invited", "open");
    }

    @Test
    void anOpenWavesQuestionsKeepTheirCodesAndKindsButTheirTextsMayChange() {
        Community community = fixtures.community("Wave questions");
        Account owner = fixtures.member(community, "Quinn Owner", CommunityRole.FACILITATOR);
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.IDENTIFIED, AudienceKind.COMMUNITY, null, owner.id());
        Question comments = wave.question("comments").orElseThrow();
        String address = base(community, wave) + "/questions/" + comments.id();
        Visitor ownerVisitor = fixtures.signedIn(owner);
        Map<String, String> renamed = Map.of(
                "section",
                String.valueOf(comments.sectionId()),
                "code",
                "remarks",
                "kind",
                "LONG_TEXT",
                "text",
                "Anything else?");
        Page refused = ownerVisitor.submitNoFollow(address, address, renamed);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text()).contains("The wave is open: the question “comments” keeps its code and kind");
        Map<String, String> reworded = new java.util.HashMap<>(renamed);
        reworded.put("code", "comments");
        Page saved = ownerVisitor.submitNoFollow(address, address, reworded);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(surveyWaves
                        .questionnaires
                        .of(wave.survey(), reread(wave))
                        .question("comments")
                        .orElseThrow()
                        .text())
                .isEqualTo("Anything else?");
    }

    @Test
    void anOwnerSendsADraftToATopicGroupChosenByNameAndOnlyItsMembersAreAsked() {
        Community community = fixtures.community("Wave group");
        Account owner = fixtures.member(community, "Gus Owner", CommunityRole.FACILITATOR);
        Account inGroup = fixtures.member(community, "Gia Grouped", CommunityRole.MEMBER);
        Account outside = fixtures.member(community, "Nils Notgrouped", CommunityRole.MEMBER);
        // the group as the community feature stores it (its own screens are not what is tested here)
        long group =
                db.sql("""
                        insert into community.topic_groups (community_id, slug, name, description, created_by, created_at)
                        values (?, 'census-wave', 'Census methods', '', ?, now()) returning id""").params(community.id(), owner.id()).query(Long.class).single();
        db.sql("insert into community.topic_group_members (topic_group_id, account_id) values (?, ?)")
                .params(group, inGroup.id())
                .update();
        Questionnaire wave =
                surveyWaves.wave(community.id(), RespondentMode.IDENTIFIED, AudienceKind.COMMUNITY, null, owner.id());
        waves.schedule(wave.wave().id(), WaveState.DRAFT, null, null);
        Visitor ownerVisitor = fixtures.signedIn(owner);
        String base = base(community, wave);
        String form = base + "/distribution";
        assertThat(ownerVisitor.get(form).text()).contains("Topic group: Census methods");

        ownerVisitor.submit(form, base + "/schedule", Map.of("audience", "TOPIC_GROUP:" + group));
        assertThat(reread(wave).audienceKind()).isEqualTo(AudienceKind.TOPIC_GROUP);
        assertThat(reread(wave).audienceId()).isEqualTo(group);
        Page elsewhere = ownerVisitor.submitNoFollow(form, base + "/schedule", Map.of("audience", "BODY:999999"));
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(reread(wave).audienceKind()).isEqualTo(AudienceKind.TOPIC_GROUP);
        ownerVisitor.submit(form, base + "/open", Map.of("now", "true"));

        String list = "/c/" + community.slug() + "/surveys";
        assertThat(fixtures.signedIn(inGroup).get(list).text()).contains("Surveys to answer");
        assertThat(fixtures.signedIn(outside).get(list).text()).doesNotContain("Surveys to answer");
    }
}
