package org.statcommons.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * An owner builds a survey in the browser without JavaScript: every kind of question, conditions, reordering, the
 * preview; and the builder's ugly cases are refused with a message naming the field, with nothing saved.
 */
@StatCommonsIntegrationTest
class SurveyBuilderIntegrationTests {

    private static final Pattern WAVE = Pattern.compile("/c/[^/]+/surveys/(\\d+)/waves/(\\d+)");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Surveys surveys;

    @Autowired
    Waves waves;

    @Autowired
    Questionnaires questionnaires;

    @Autowired
    Responses responses;

    @Autowired
    Answers answers;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    /** A survey's builder address, its survey id and first wave id. */
    record Built(String base, long surveyId, long waveId) {}

    private static Built start(Visitor owner, Community community, String title, String mode) {
        String list = "/c/" + community.slug() + "/surveys";
        Page created = owner.submitNoFollow(list, list, fields("title", title, "description", "", "mode", mode));
        assertThat(created.status()).isEqualTo(302);
        Matcher m = WAVE.matcher(created.location());
        assertThat(m.find()).as(created.location()).isTrue();
        return new Built(m.group(), Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }

    private Questionnaire wave(Built built) {
        Survey survey = surveys.byId(built.surveyId()).orElseThrow();
        return questionnaires.of(survey, waves.byId(built.waveId()).orElseThrow());
    }

    private long section(Visitor owner, Built built, String title) {
        Page added = owner.submit(built.base(), built.base() + "/sections", fields("title", title, "description", ""));
        assertThat(added.status()).isEqualTo(200);
        List<Section> all = wave(built).sections();
        return all.get(all.size() - 1).id();
    }

    private static Map<String, Object> question(long section, String code, String kind, Object... more) {
        Map<String, Object> form = fields(
                "section",
                section,
                "code",
                code,
                "kind",
                kind,
                "text",
                "Question " + code,
                "help",
                "",
                "scalePoints",
                "5",
                "min",
                "",
                "max",
                "",
                "options",
                "",
                "items",
                "",
                "conditionQuestion",
                "",
                "conditionOption",
                "");
        for (int i = 0; i < more.length; i += 2) {
            form.put((String) more[i], more[i + 1]);
        }
        return form;
    }

    private static Page add(Visitor owner, Built built, Map<String, Object> question) {
        return owner.submit(
                built.base() + "/questions/new?section=" + question.get("section"),
                built.base() + "/questions",
                question);
    }

    private static final String SCALE = "Not at all\nA little\nSomewhat\nMuch\nCompletely";

    @Test
    void anOwnerBuildsASurveyOfEveryKindAndPreviewsItAsARespondentWould() {
        Community community = fixtures.community("Survey builders");
        Account facilitator = fixtures.member(community, "Survey facilitator", CommunityRole.FACILITATOR);
        Visitor owner = fixtures.signedIn(facilitator);
        Built built = start(owner, community, "Baseline of the pilot", "PSEUDONYMOUS");
        long about = section(owner, built, "About you");
        long views = section(owner, built, "Your views");

        assertThat(add(owner, built, question(about, "country", "COUNTRY", "required", "true"))
                        .status())
                .isEqualTo(200);
        assertThat(add(
                                owner,
                                built,
                                question(
                                        about,
                                        "role",
                                        "SINGLE_CHOICE",
                                        "options",
                                        "nso | Statistical office\nmin | Ministry\nOther"))
                        .status())
                .isEqualTo(200);
        assertThat(add(owner, built, question(about, "years", "NUMBER", "min", "0", "max", "60"))
                        .status())
                .isEqualTo(200);
        assertThat(add(
                                owner,
                                built,
                                question(views, "topics", "MULTIPLE_CHOICE", "options", "Census\nSurveys\nAdmin data"))
                        .status())
                .isEqualTo(200);
        assertThat(add(owner, built, question(views, "trust", "LIKERT", "options", SCALE))
                        .status())
                .isEqualTo(200);
        assertThat(add(
                                owner,
                                built,
                                question(
                                        views,
                                        "skills",
                                        "LIKERT_MATRIX",
                                        "scalePoints",
                                        "7",
                                        "options",
                                        "1\n2\n3\n4\n5\n6\n7",
                                        "items",
                                        "sampling | Sampling\nweights | Weighting"))
                        .status())
                .isEqualTo(200);
        assertThat(add(owner, built, question(views, "priorities", "RANKING", "options", "Training\nTools\nFunding"))
                        .status())
                .isEqualTo(200);
        assertThat(add(
                                owner,
                                built,
                                question(
                                        views,
                                        "why",
                                        "SHORT_TEXT",
                                        "conditionQuestion",
                                        "role",
                                        "conditionOption",
                                        "min"))
                        .status())
                .isEqualTo(200);
        assertThat(add(owner, built, question(views, "else", "LONG_TEXT")).status())
                .isEqualTo(200);

        Questionnaire wave = wave(built);
        assertThat(wave.questions().map(Question::code))
                .containsExactly("country", "role", "years", "topics", "trust", "skills", "priorities", "why", "else");
        Question role = wave.question("role").orElseThrow();
        assertThat(role.options()).extracting(Option::code).containsExactly("nso", "min", "o1");
        Question skills = wave.question("skills").orElseThrow();
        assertThat(skills.scalePoints()).isEqualTo(7);
        assertThat(skills.items()).extracting(Item::code).containsExactly("sampling", "weights");
        assertThat(wave.question("trust").orElseThrow().options())
                .extracting(Option::code)
                .containsExactly("1", "2", "3", "4", "5");
        assertThat(wave.question("why").orElseThrow().condition()).isEqualTo(new Condition("role", "min"));

        Page builder = owner.get(built.base());
        assertThat(builder.text())
                .contains(
                        "About you",
                        "Your views",
                        "Question priorities",
                        "Shown only if the answer to role is or includes min");
        Page first = owner.get(built.base() + "/preview");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.text()).contains("Section 1 of 2", "Question country", "Statistical office", "Fiji");
        assertThat(first.body()).contains("name=\"a.role\"").doesNotContain("<script");
        assertThat(first.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThan(30 * 1024);
        Page second = owner.get(built.base() + "/preview?section=2");
        assertThat(second.text()).contains("Section 2 of 2", "Weighting", "Completely", "Give each a rank, 1 first.");
        assertThat(second.body()).contains("name=\"a.skills.weights\"", "name=\"a.priorities.o2\"");

        // moving a question above the one its condition depends on is refused; moving it further down is fine
        long why = wave.question("why").orElseThrow().id();
        Page up = owner.submit(built.base(), built.base() + "/questions/" + why + "/move", fields("direction", "up"));
        assertThat(up.status()).isEqualTo(200);
        Page sectionsSwapped =
                owner.submit(built.base(), built.base() + "/sections/" + views + "/move", fields("direction", "up"));
        assertThat(sectionsSwapped.status()).isEqualTo(409);
        assertThat(sectionsSwapped.text())
                .contains("The condition of “why” points to “role”, which is not an earlier question still asked");
        assertThat(wave(built).sections()).extracting(Section::title).containsExactly("About you", "Your views");
    }

    @Test
    void theBuildersUglyCasesAreRefusedNamingTheFieldAndNothingIsSaved() {
        Community community = fixtures.community("Survey mistakes");
        Account facilitator = fixtures.member(community, "Careless facilitator", CommunityRole.FACILITATOR);
        Visitor owner = fixtures.signedIn(facilitator);
        String list = "/c/" + community.slug() + "/surveys";

        Page untitled = owner.submit(list, list, fields("title", "   ", "mode", "ANONYMOUS"));
        assertThat(untitled.status()).isEqualTo(400);
        assertThat(untitled.text()).contains("Title is required.");
        Page badThreshold = owner.submit(list, list, fields("title", "T", "smallCellThreshold", "1"));
        assertThat(badThreshold.status()).isEqualTo(400);
        assertThat(badThreshold.text()).contains("The smallest group shown must be a whole number from 2 to 100.");

        Built built = start(owner, community, "Mistakes", "IDENTIFIED");
        long section = section(owner, built, "Only section");
        assertThat(add(owner, built, question(section, "q1", "SINGLE_CHOICE", "options", "yes | Yes\nno | No"))
                        .status())
                .isEqualTo(200);

        Page later = add(
                owner,
                built,
                question(section, "q2", "SHORT_TEXT", "conditionQuestion", "q3", "conditionOption", "yes"));
        assertThat(later.status()).isEqualTo(400);
        assertThat(later.text())
                .contains(
                        "The condition of “q2” points to “q3”, which is not an earlier question still asked: a condition must point to an earlier question.");
        Page itself = add(
                owner,
                built,
                question(
                        section,
                        "q2",
                        "SINGLE_CHOICE",
                        "options",
                        "a\nb",
                        "conditionQuestion",
                        "q2",
                        "conditionOption",
                        "o1"));
        assertThat(itself.text()).contains("points to itself");
        Page notOffered = add(
                owner,
                built,
                question(section, "q2", "SHORT_TEXT", "conditionQuestion", "q1", "conditionOption", "maybe"));
        assertThat(notOffered.text()).contains("names the option “maybe”, which “q1” does not offer");
        Page fourPoints = add(owner, built, question(section, "q2", "LIKERT", "options", "a\nb\nc\nd"));
        assertThat(fourPoints.status()).isEqualTo(400);
        assertThat(fourPoints.text()).contains("5 labels for 5 points, not 4");
        Page sixPoints =
                add(owner, built, question(section, "q2", "LIKERT", "scalePoints", "6", "options", "a\nb\nc\nd\ne\nf"));
        assertThat(sixPoints.text()).contains("A Likert scale has 5 or 7 points.");
        Page range = add(owner, built, question(section, "q2", "NUMBER", "min", "10", "max", "2"));
        assertThat(range.status()).isEqualTo(400);
        assertThat(range.text()).contains("The smallest number (10) is larger than the largest (2).");
        Page notANumber = add(owner, built, question(section, "q2", "NUMBER", "min", "ten"));
        assertThat(notANumber.text()).contains("“ten” is not a number");
        Page duplicate = add(owner, built, question(section, "Q1", "SHORT_TEXT"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.text()).contains("Another question of this wave already has the code “Q1”");
        Page duplicateOptions =
                add(owner, built, question(section, "q2", "SINGLE_CHOICE", "options", "a | A\nA | Again"));
        assertThat(duplicateOptions.text()).contains("Line 2: the code “A” is already used on an earlier line.");
        Page badCode = add(owner, built, question(section, "2nd question", "SHORT_TEXT"));
        assertThat(badCode.text()).contains("The code “2nd question” must start with a letter");
        Page oneOption = add(owner, built, question(section, "q2", "SINGLE_CHOICE", "options", "Only"));
        assertThat(oneOption.text()).contains("Give at least two options, one a line.");
        Page huge = add(owner, built, question(section, "q2", "LONG_TEXT", "text", "x".repeat(200_000)));
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.text()).contains("The question is too long (at most 2,000 characters).");
        // the refused form comes back with what was typed
        assertThat(range.body()).contains("value=\"10\"");

        assertThat(wave(built).questions().map(Question::code)).containsExactly("q1");

        // a condition set later on an earlier question that points to a later one is refused as well
        assertThat(add(owner, built, question(section, "q2", "SINGLE_CHOICE", "options", "a\nb"))
                        .status())
                .isEqualTo(200);
        long q1 = wave(built).question("q1").orElseThrow().id();
        Page edited = owner.submit(
                built.base() + "/questions/" + q1,
                built.base() + "/questions/" + q1,
                question(
                        section,
                        "q1",
                        "SINGLE_CHOICE",
                        "options",
                        "yes | Yes\nno | No",
                        "conditionQuestion",
                        "q2",
                        "conditionOption",
                        "o1"));
        assertThat(edited.status()).isEqualTo(400);
        assertThat(edited.text()).contains("a condition must point to an earlier question");
        assertThat(wave(built).question("q1").orElseThrow().condition()).isNull();
    }

    @Test
    void onceAnsweredAQuestionIsKeptForItsAnswersTheModeOnlyGetsMorePrivateAndTheNextWaveKeepsTheCodes() {
        Community community = fixtures.community("Survey waves");
        Account secretariat = fixtures.member(community, "Survey secretary", CommunityRole.SECRETARIAT);
        Account respondent = fixtures.member(community, "Survey respondent", CommunityRole.MEMBER);
        Visitor owner = fixtures.signedIn(secretariat);
        Built built = start(owner, community, "Capacity", "IDENTIFIED");
        long section = section(owner, built, "Capacity");
        add(owner, built, question(section, "trust", "LIKERT", "options", SCALE));
        add(owner, built, question(section, "note", "SHORT_TEXT"));
        add(owner, built, question(section, "draft", "SHORT_TEXT"));

        Response response = responses.start(
                built.surveyId(), built.waveId(), respondent.id(), null, null, "FJ", null, java.time.Instant.now());
        transactions.executeWithoutResult(status -> answers.replace(
                response.id(),
                built.waveId(),
                List.of("trust", "note"),
                List.of(Answer.point("trust", "", 4), Answer.text("note", "Fine"))));

        Questionnaire wave = wave(built);
        long note = wave.question("note").orElseThrow().id();
        long draft = wave.question("draft").orElseThrow().id();
        assertThat(owner.submit(built.base(), built.base() + "/questions/" + note + "/remove", Map.of())
                        .text())
                .contains("The question had answers: it is kept for them and hidden from new respondents.");
        assertThat(owner.submit(built.base(), built.base() + "/questions/" + draft + "/remove", Map.of())
                        .text())
                .contains("The question is removed.");
        Questionnaire after = wave(built);
        assertThat(after.question("note").orElseThrow().removed()).isTrue();
        assertThat(after.question("draft")).isEmpty();
        assertThat(after.sections().get(0).askedQuestions())
                .extracting(Question::code)
                .containsExactly("trust");

        long trust = after.question("trust").orElseThrow().id();
        Page recoded = owner.submit(
                built.base() + "/questions/" + trust,
                built.base() + "/questions/" + trust,
                question(section, "confidence", "LIKERT", "options", SCALE));
        assertThat(recoded.status()).isEqualTo(409);
        assertThat(recoded.text()).contains("already has answers in this wave: its code and kind stay");
        Page relabelled = owner.submit(
                built.base() + "/questions/" + trust,
                built.base() + "/questions/" + trust,
                question(
                        section,
                        "trust",
                        "LIKERT",
                        "text",
                        "How much do you trust official figures?",
                        "options",
                        SCALE));
        assertThat(relabelled.status()).isEqualTo(200);

        String surveyPage = "/c/" + community.slug() + "/surveys/" + built.surveyId();
        Page pseudonymous = owner.submit(surveyPage, surveyPage + "/mode", fields("mode", "PSEUDONYMOUS"));
        assertThat(pseudonymous.text()).contains("Respondents are now: Pseudonymous.");
        Response converted = responses.byId(response.id()).orElseThrow();
        assertThat(converted.accountId()).isNull();
        assertThat(converted.pseudonym()).isNotBlank();
        Page back = owner.submit(surveyPage, surveyPage + "/mode", fields("mode", "IDENTIFIED"));
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.text()).contains("its respondent mode can only become more private, not “Identified”");
        assertThat(surveys.byId(built.surveyId()).orElseThrow().mode()).isEqualTo(RespondentMode.PSEUDONYMOUS);

        Page next = owner.submitNoFollow(surveyPage, surveyPage + "/waves", fields("label", "Endpoint"));
        Matcher m = WAVE.matcher(next.location());
        assertThat(m.find()).isTrue();
        Built endpoint = new Built(m.group(), built.surveyId(), Long.parseLong(m.group(2)));
        Questionnaire copied = wave(endpoint);
        assertThat(copied.wave().label()).isEqualTo("Endpoint");
        assertThat(copied.wave().position()).isEqualTo(2);
        assertThat(copied.questions().map(Question::code)).containsExactly("trust");
        assertThat(copied.question("trust").orElseThrow().text()).isEqualTo("How much do you trust official figures?");
        assertThat(copied.question("trust").orElseThrow().options()).hasSize(5);
    }

    @Test
    void onlyASurveysOwnersAndTheSecretariatReachItsBuilder() {
        Community community = fixtures.community("Survey strangers");
        Account facilitator = fixtures.member(community, "Owning facilitator", CommunityRole.FACILITATOR);
        Account otherFacilitator = fixtures.member(community, "Other facilitator", CommunityRole.FACILITATOR);
        Account member = fixtures.member(community, "Curious member", CommunityRole.MEMBER);
        Account secretariat = fixtures.member(community, "Survey secretariat", CommunityRole.SECRETARIAT);
        Built built = start(fixtures.signedIn(facilitator), community, "Private plans", "ANONYMOUS");

        for (Account stranger : List.of(otherFacilitator, member)) {
            Visitor visitor = fixtures.signedIn(stranger);
            assertThat(visitor.get(built.base()).status()).isEqualTo(403);
            assertThat(visitor.get(built.base() + "/preview").status()).isEqualTo(403);
            assertThat(visitor.get("/c/" + community.slug() + "/surveys").text())
                    .doesNotContain("Private plans");
            assertThat(visitor.post(built.base() + "/sections", fields("title", "Sneaky", "_csrf", visitor.csrfToken()))
                            .status())
                    .isEqualTo(403);
        }
        assertThat(fixtures.signedIn(member)
                        .submit(
                                "/c/" + community.slug() + "/surveys",
                                "/c/" + community.slug() + "/surveys",
                                fields("title", "Mine"))
                        .status())
                .isEqualTo(403);
        Visitor secretary = fixtures.signedIn(secretariat);
        assertThat(secretary.get(built.base()).status()).isEqualTo(200);

        // an analyst reads results (not built here) but does not build; a second owner does, and the last stays
        String surveyPage = "/c/" + community.slug() + "/surveys/" + built.surveyId();
        Visitor owner = fixtures.signedIn(facilitator);
        // the person is typed by name (the page suggests names, never a list of every member)
        assertThat(owner.get(surveyPage).body()).contains("<datalist id=\"person-names\">");
        Page unknown =
                owner.submit(surveyPage, surveyPage + "/people", fields("person", "Nobody Here", "part", "ANALYST"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("Nobody Here");
        assertThat(owner.submit(
                                surveyPage,
                                surveyPage + "/people",
                                fields(
                                        "person",
                                        member.displayName().toUpperCase(java.util.Locale.ROOT),
                                        "part",
                                        "ANALYST"))
                        .text())
                .contains("Curious member", "analyst");
        assertThat(fixtures.signedIn(member).get(built.base()).status()).isEqualTo(403);
        Page stranger = owner.submit(
                surveyPage,
                surveyPage + "/people",
                fields("accountId", fixtures.account("Not here").id(), "part", "OWNER"));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.text()).contains("Choose a current member of this community.");
        Page last = owner.submit(
                surveyPage, surveyPage + "/people/" + facilitator.id() + "/remove", fields("part", "OWNER"));
        assertThat(last.status()).isEqualTo(409);
        assertThat(last.text()).contains("A survey keeps at least one owner");
        owner.submit(surveyPage, surveyPage + "/people", fields("accountId", otherFacilitator.id(), "part", "OWNER"));
        assertThat(fixtures.signedIn(otherFacilitator).get(built.base()).status())
                .isEqualTo(200);
        assertThat(secretary.get("/c/" + community.slug() + "/surveys").text()).contains("Private plans");
        assertThat(wave(built).sections()).isEmpty();
    }
}
