package org.statcommons.surveys;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;

/**
 * Answering by link through the API (docs/api.md#answering-a-survey): the same link, the same rules and the same
 * messages as the screens. The secret in the address is the only credential, so these take no session and no CSRF
 * token (identity exempts exactly these paths); refusals are problems (404 a forged link, 409 a closed wave, 400 the
 * refused answers, each at its question).
 */
@RestController
class AnsweringApi {

    private final RespondentFinder finder;
    private final SaveSection saveSection;
    private final SubmitResponse submitResponse;
    private final StartPublicResponse startPublicResponse;
    private final Answers answers;
    private final StatCommonsProperties properties;
    private final Clock clock;

    AnsweringApi(
            RespondentFinder finder,
            SaveSection saveSection,
            SubmitResponse submitResponse,
            StartPublicResponse startPublicResponse,
            Answers answers,
            StatCommonsProperties properties,
            Clock clock) {
        this.finder = finder;
        this.saveSection = saveSection;
        this.submitResponse = submitResponse;
        this.startPublicResponse = startPublicResponse;
        this.answers = answers;
        this.properties = properties;
        this.clock = clock;
    }

    record OptionJson(String code, String label) {}

    record QuestionJson(
            String code,
            QuestionKind kind,
            String text,
            String help,
            boolean required,
            Integer scalePoints,
            BigDecimal min,
            BigDecimal max,
            Condition condition,
            List<OptionJson> options,
            List<OptionJson> items) {}

    record SectionJson(int number, String title, String description, List<QuestionJson> questions) {}

    record AnswerJson(String question, String item, String option, BigDecimal number, String text) {}

    record LinkJson(
            String survey,
            String description,
            String wave,
            RespondentMode mode,
            boolean takesAnswers,
            Instant opensAt,
            Instant closesAt,
            int sectionsSaved,
            int resumeAt,
            boolean submitted,
            List<SectionJson> sections,
            List<AnswerJson> answers) {}

    record SavedJson(int sectionsSaved, Integer next) {}

    record SubmittedJson(boolean submitted, boolean first) {}

    record StartedJson(String link) {}

    @GetMapping("/api/v1/survey-links/{secret}")
    LinkJson link(@PathVariable String secret) {
        Respondent respondent = finder.find(secret);
        Wave wave = respondent.wave();
        List<SectionJson> sections = new ArrayList<>();
        int number = 0;
        for (Section section : respondent.questionnaire().sections()) {
            number++;
            sections.add(new SectionJson(
                    number,
                    section.title(),
                    section.description(),
                    section.askedQuestions().stream().map(AnsweringApi::json).toList()));
        }
        List<AnswerJson> given = respondent
                .response()
                .map(r -> answers.of(r.id()).stream()
                        .map(a -> new AnswerJson(
                                a.questionCode(),
                                a.itemCode().isEmpty() ? null : a.itemCode(),
                                a.optionCode().isEmpty() ? null : a.optionCode(),
                                a.number(),
                                a.text()))
                        .toList())
                .orElse(List.of());
        return new LinkJson(
                respondent.survey().title(),
                respondent.survey().description(),
                wave.label(),
                respondent.survey().mode(),
                wave.takesAnswersAt(clock.instant()),
                wave.opensAt(),
                wave.closesAt(),
                respondent.sectionsSaved(),
                respondent.resumeAt(),
                respondent.answered(),
                sections,
                given);
    }

    /**
     * A section's answers: {@code {"answers": {"trust": "4", "topics": ["a", "b"], "matrix.item1": "3",
     * "rank.opt": "1"}}}, the same fields as the screen's form.
     */
    @PutMapping("/api/v1/survey-links/{secret}/sections/{number}")
    SavedJson save(
            @PathVariable String secret,
            @PathVariable int number,
            @RequestBody(required = false) Map<String, Object> body) {
        int next = saveSection.save(secret, number, fields(body));
        return new SavedJson(finder.find(secret).sectionsSaved(), next == 0 ? null : next);
    }

    @PostMapping("/api/v1/survey-links/{secret}/submission")
    SubmittedJson submit(@PathVariable String secret) {
        boolean first = submitResponse.submit(secret);
        return new SubmittedJson(true, first);
    }

    /** A fresh response from a wave's public link; its own link (to keep: it is the way back) is in the answer. */
    @PostMapping("/api/v1/survey-public/{secret}/responses")
    ResponseEntity<StartedJson> start(@PathVariable String secret) {
        String own = startPublicResponse.start(secret);
        return ResponseEntity.created(URI.create("/api/v1/survey-links/" + own))
                .body(new StartedJson(properties.link(SurveyLinkAddress.answer(own))));
    }

    private static QuestionJson json(Question q) {
        return new QuestionJson(
                q.code(),
                q.kind(),
                q.text(),
                q.help(),
                q.required(),
                q.scalePoints(),
                q.min(),
                q.max(),
                q.condition(),
                q.offeredOptions().stream()
                        .map(o -> new OptionJson(o.code(), o.label()))
                        .toList(),
                q.askedItems().stream()
                        .map(i -> new OptionJson(i.code(), i.label()))
                        .toList());
    }

    /** The body's answers as the form's fields: a text, a number or a list of them per field. */
    private static Map<String, List<String>> fields(Map<String, Object> body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Object answers = body == null ? null : body.get("answers");
        if (answers == null) {
            return fields;
        }
        if (!(answers instanceof Map<?, ?> map)) {
            throw new InvalidInputException("answers", Text.of("surveys.api.answers-object"));
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String field = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            List<String> values = new ArrayList<>();
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    values.add(scalar(field, item));
                }
            } else if (value != null) {
                values.add(scalar(field, value));
            }
            fields.put(field, values);
        }
        return fields;
    }

    private static String scalar(String field, Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new InvalidInputException(field, Text.of("surveys.api.answer-scalar"));
    }
}
