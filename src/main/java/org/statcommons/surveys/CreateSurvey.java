package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.access.Standing;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * Starts a survey of the community with its first wave (a draft, "Baseline" unless named); its creator becomes its
 * owner. The API may give the whole questionnaire at once ({@link #createWith}): every part is checked, and nothing
 * is saved unless all of it is right.
 */
@Service
class CreateSurvey {

    /** The most sections and questions a survey given whole may have (the builder adds them one at a time). */
    static final int MAX_SECTIONS = 50;

    static final int MAX_QUESTIONS = 300;

    private final Permissions permissions;
    private final Surveys surveys;
    private final SurveyOwners owners;
    private final Waves waves;
    private final Sections sections;
    private final Questions questions;
    private final Questionnaires questionnaires;
    private final Clock clock;

    CreateSurvey(
            Permissions permissions,
            Surveys surveys,
            SurveyOwners owners,
            Waves waves,
            Sections sections,
            Questions questions,
            Questionnaires questionnaires,
            Clock clock) {
        this.permissions = permissions;
        this.surveys = surveys;
        this.owners = owners;
        this.waves = waves;
        this.sections = sections;
        this.questions = questions;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /** The new survey's first wave. */
    @Transactional
    Wave create(Actor actor, SurveyOwner owner, NewSurvey survey) {
        owner.require(permissions, actor, Action.CREATE_SURVEY, Standing.SURVEY_OWNER, false);
        SurveyChecker checker = new SurveyChecker();
        String title = checker.title(survey.title());
        String description = checker.description(survey.description());
        RespondentMode mode = checker.mode(survey.mode());
        int threshold = checker.threshold(survey.smallCellThreshold());
        String label = checker.label(
                "waveLabel",
                survey.waveLabel(),
                Text.of("surveys.wave.baseline").english());
        checker.throwIfInvalid();
        Instant now = clock.instant();
        long id = surveys.insert(owner.communityId(), title, description, mode, threshold, actor.accountId(), now);
        owners.add(id, actor.accountId());
        long waveId = waves.insert(id, label, AudienceKind.first(owner), null, now);
        return waves.byId(waveId).orElseThrow();
    }

    /**
     * A survey with its sections and questions, in one transaction: a problem anywhere is answered with its place
     * ({@code sections[1].questions[2].code}) and nothing is kept.
     */
    @Transactional
    Wave createWith(Actor actor, SurveyOwner owner, NewSurvey survey, List<NewSection> parts) {
        // bounded before anything is read or written: each question is checked against the questionnaire so far
        TextInput size = new TextInput();
        int asked = parts.stream().mapToInt(part -> part.questions().size()).sum();
        if (parts.size() > MAX_SECTIONS || asked > MAX_QUESTIONS) {
            size.error("sections", Text.of("surveys.api.too-big", MAX_SECTIONS, MAX_QUESTIONS));
        }
        size.throwIfInvalid();
        Wave wave = create(actor, owner, survey);
        Survey created = surveys.byId(wave.surveyId()).orElseThrow();
        List<InvalidInputException.FieldMessage> problems = new ArrayList<>();
        for (int s = 0; s < parts.size(); s++) {
            NewSection part = parts.get(s);
            String at = "sections[" + s + "]";
            TextInput input = new TextInput();
            String title = input.line(
                    at + ".title", Text.of("surveys.section.title"), part.title(), SectionChecker.MAX_TITLE, true);
            String description = input.block(
                    at + ".description",
                    Text.of("surveys.section.description"),
                    part.description(),
                    SectionChecker.MAX_DESCRIPTION,
                    false);
            try {
                input.throwIfInvalid();
            } catch (InvalidInputException e) {
                problems.addAll(e.errors());
                continue;
            }
            long sectionId = sections.append(wave.id(), title, description);
            for (int q = 0; q < part.questions().size(); q++) {
                Questionnaire now = questionnaires.of(created, wave);
                Section section = now.section(sectionId).orElseThrow();
                QuestionChecker checker = new QuestionChecker();
                QuestionChecker.Checked checked =
                        checker.check(now, section, null, part.questions().get(q));
                try {
                    checker.throwIfInvalid();
                } catch (InvalidInputException e) {
                    String place = at + ".questions[" + q + "]";
                    e.errors()
                            .forEach(error -> problems.add(new InvalidInputException.FieldMessage(
                                    error.field().isEmpty() ? place : place + "." + error.field(),
                                    error.message(),
                                    error.text())));
                    continue;
                }
                long questionId = questions.append(wave.id(), sectionId, checked.fields());
                questions.setOptions(questionId, checked.options(), false, clock.instant());
                questions.setItems(questionId, checked.items(), false, clock.instant());
            }
        }
        if (!problems.isEmpty()) {
            // the transaction rolls back: nothing of the survey is kept
            throw new InvalidInputException(problems);
        }
        return wave;
    }
}
