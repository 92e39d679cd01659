package org.statcommons.surveys;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Permitted;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Survey definitions over JSON, for their owners (docs/api.md#surveys): the surveys one runs, a survey with every
 * wave's sections and questions (removed ones marked), a new survey given whole (checked whole: a problem anywhere is a
 * 400 problem naming its place, {@code sections[0].questions[2].code}, and nothing is kept), a question added to a
 * section, the next wave, and the respondent mode (409 when it would become less private once answered).
 */
@RestController
@RequestMapping("/api/v1/communities/{slug}/surveys")
class SurveyApi {

    record OptionJson(String code, String label, Boolean removed) {}

    record ConditionJson(String question, String option) {}

    /** A question as given: {@code kind} one of the kinds' names; options and items in order. */
    record QuestionBody(
            String code,
            String kind,
            String text,
            String help,
            Boolean required,
            Integer scalePoints,
            BigDecimal min,
            BigDecimal max,
            List<OptionJson> options,
            List<OptionJson> items,
            ConditionJson condition) {}

    record SectionBody(String title, String description, List<QuestionBody> questions) {}

    record SurveyBody(
            String title,
            String description,
            String mode,
            String smallCellThreshold,
            String waveLabel,
            List<SectionBody> sections) {}

    record ModeBody(String mode) {}

    record WaveBody(String label) {}

    record SurveyJson(
            long id,
            String title,
            String description,
            String mode,
            int smallCellThreshold,
            List<WaveSummaryJson> waves,
            String link) {}

    record WaveSummaryJson(long id, int position, String label, String state, String link) {}

    record WaveJson(
            long id,
            long surveyId,
            int position,
            String label,
            String state,
            Instant opensAt,
            Instant closesAt,
            String audience,
            Long audienceId,
            List<SectionJson> sections) {}

    record SectionJson(long id, int position, String title, String description, List<QuestionJson> questions) {}

    record QuestionJson(
            long id,
            String code,
            String kind,
            String text,
            String help,
            boolean required,
            Integer scalePoints,
            BigDecimal min,
            BigDecimal max,
            ConditionJson condition,
            boolean removed,
            List<OptionJson> options,
            List<OptionJson> items) {}

    record ModeJson(String mode) {}

    private final Surveys surveys;
    private final Waves waves;
    private final Questionnaires questionnaires;
    private final OwnerChecker checker;
    private final CreateSurvey createSurvey;
    private final AddQuestion addQuestion;
    private final StartNextWave startNextWave;
    private final SetRespondentMode setMode;

    SurveyApi(
            Surveys surveys,
            Waves waves,
            Questionnaires questionnaires,
            OwnerChecker checker,
            CreateSurvey createSurvey,
            AddQuestion addQuestion,
            StartNextWave startNextWave,
            SetRespondentMode setMode) {
        this.surveys = surveys;
        this.waves = waves;
        this.questionnaires = questionnaires;
        this.checker = checker;
        this.createSurvey = createSurvey;
        this.addQuestion = addQuestion;
        this.startNextWave = startNextWave;
        this.setMode = setMode;
    }

    /** The surveys of the community the actor runs. */
    @GetMapping
    List<SurveyJson> list(@Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner, Actor actor) {
        return surveys.of(owner).stream()
                .filter(s -> checker.may(actor, owner, s.id()))
                .map(s -> survey(owner, s))
                .toList();
    }

    @PostMapping
    ResponseEntity<WaveJson> create(
            @Permitted(Action.CREATE_SURVEY) SurveyOwner owner,
            @RequestBody(required = false) SurveyBody body,
            Actor actor) {
        SurveyBody given = body == null ? new SurveyBody(null, null, null, null, null, null) : body;
        List<InvalidInputException.FieldMessage> problems = new ArrayList<>();
        List<NewSection> sections = new ArrayList<>();
        List<SectionBody> parts = given.sections() == null ? List.of() : given.sections();
        for (int s = 0; s < parts.size(); s++) {
            SectionBody part = parts.get(s) == null ? new SectionBody(null, null, null) : parts.get(s);
            List<NewQuestion> questions = new ArrayList<>();
            List<QuestionBody> asked = part.questions() == null ? List.of() : part.questions();
            for (int q = 0; q < asked.size(); q++) {
                questions.add(question(asked.get(q), "sections[" + s + "].questions[" + q + "].", problems));
            }
            sections.add(new NewSection(part.title(), part.description(), questions));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Wave wave = createSurvey.createWith(
                actor,
                owner,
                new NewSurvey(
                        given.title(),
                        given.description(),
                        given.mode(),
                        given.smallCellThreshold(),
                        given.waveLabel()),
                sections);
        Survey survey = surveys.ownedBy(owner, wave.surveyId());
        return ResponseEntity.status(HttpStatus.CREATED).body(wave(questionnaires.of(survey, wave)));
    }

    @GetMapping("/{id}")
    SurveyJson show(@Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner, @PathVariable long id, Actor actor) {
        return survey(owner, checker.require(actor, owner, id));
    }

    @GetMapping("/{id}/waves/{waveId}")
    WaveJson wave(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            Actor actor) {
        Survey survey = checker.require(actor, owner, id);
        return wave(questionnaires.of(survey, waves.inSurvey(survey, waveId)));
    }

    @PostMapping("/{id}/waves")
    ResponseEntity<WaveJson> nextWave(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @RequestBody(required = false) WaveBody body,
            Actor actor) {
        Wave wave = startNextWave.start(actor, owner, id, body == null ? "" : body.label());
        Survey survey = surveys.ownedBy(owner, id);
        return ResponseEntity.status(HttpStatus.CREATED).body(wave(questionnaires.of(survey, wave)));
    }

    /** Adds a question at the end of a section; answers with the wave as it now is. */
    @PostMapping("/{id}/waves/{waveId}/sections/{sectionId}/questions")
    ResponseEntity<WaveJson> addQuestion(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @PathVariable long waveId,
            @PathVariable long sectionId,
            @RequestBody(required = false) QuestionBody body,
            Actor actor) {
        List<InvalidInputException.FieldMessage> problems = new ArrayList<>();
        NewQuestion question = question(body, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        addQuestion.add(actor, owner, id, waveId, sectionId, question);
        Survey survey = surveys.ownedBy(owner, id);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(wave(questionnaires.of(survey, waves.inSurvey(survey, waveId))));
    }

    @PutMapping("/{id}/mode")
    ModeJson mode(
            @Permitted(Action.VIEW_COMMUNITY_INSIDE) SurveyOwner owner,
            @PathVariable long id,
            @RequestBody(required = false) ModeBody body,
            Actor actor) {
        return new ModeJson(
                setMode.set(actor, owner, id, body == null ? "" : body.mode()).name());
    }

    private static NewQuestion question(
            QuestionBody body, String place, List<InvalidInputException.FieldMessage> problems) {
        QuestionBody q = body == null
                ? new QuestionBody(null, null, null, null, null, null, null, null, null, null, null)
                : body;
        QuestionKind kind = null;
        if (q.kind() != null && !q.kind().isBlank()) {
            try {
                kind = QuestionKind.valueOf(q.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidInputException.FieldMessage(
                        place + "kind", Text.of("surveys.question.kind.unknown")));
            }
        }
        return new NewQuestion(
                q.code(),
                kind,
                q.text(),
                q.help(),
                Boolean.TRUE.equals(q.required()),
                q.scalePoints(),
                q.min(),
                q.max(),
                choices(q.options()),
                choices(q.items()),
                q.condition() == null ? "" : q.condition().question(),
                q.condition() == null ? "" : q.condition().option());
    }

    private static List<NewChoice> choices(List<OptionJson> given) {
        if (given == null) {
            return List.of();
        }
        return given.stream()
                .map(o -> o == null ? new NewChoice("", "") : new NewChoice(nonNull(o.code()), nonNull(o.label())))
                .toList();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private SurveyJson survey(SurveyOwner owner, Survey survey) {
        return new SurveyJson(
                survey.id(),
                survey.title(),
                survey.description(),
                survey.mode().name(),
                survey.smallCellThreshold(),
                waves.of(survey.id()).stream()
                        .map(w -> new WaveSummaryJson(
                                w.id(),
                                w.position(),
                                w.label(),
                                w.state().name(),
                                SurveyAddress.wave(owner, survey.id(), w.id())))
                        .toList(),
                SurveyAddress.of(owner, survey.id()));
    }

    private static WaveJson wave(Questionnaire questionnaire) {
        Wave w = questionnaire.wave();
        return new WaveJson(
                w.id(),
                w.surveyId(),
                w.position(),
                w.label(),
                w.state().name(),
                w.opensAt(),
                w.closesAt(),
                w.audienceKind().name(),
                w.audienceId(),
                questionnaire.sections().stream()
                        .map(s -> new SectionJson(
                                s.id(),
                                s.position(),
                                s.title(),
                                s.description(),
                                s.questions().stream().map(SurveyApi::question).toList()))
                        .toList());
    }

    private static QuestionJson question(Question q) {
        return new QuestionJson(
                q.id(),
                q.code(),
                q.kind().name(),
                q.text(),
                q.help(),
                q.required(),
                q.scalePoints(),
                q.min(),
                q.max(),
                q.condition() == null
                        ? null
                        : new ConditionJson(
                                q.condition().questionCode(), q.condition().optionCode()),
                q.removed(),
                q.options().stream()
                        .map(o -> new OptionJson(o.code(), o.label(), o.removed()))
                        .toList(),
                q.items().stream()
                        .map(i -> new OptionJson(i.code(), i.label(), i.removed()))
                        .toList());
    }
}
