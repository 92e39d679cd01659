package org.statcommons.surveys;

import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * What a respondent's screens show: the survey and its respondent mode explained, where they stand, and one section
 * with its questions, filled with what they saved or, after a refusal, with what they typed (nothing typed is lost).
 * A question whose condition an earlier section's answer leaves unmet is not shown; one conditioned on a question of
 * the same section is shown with the condition said in words (without JavaScript, the page cannot hide it).
 */
@Component
class AnsweringPresenter {

    /** Where a respondent stands. */
    enum Status {
        NOT_STARTED,
        IN_PROGRESS,
        SUBMITTED,
        /** Submitted anonymously: the answers belong to no one and cannot be shown or changed. */
        ANSWERED_ANONYMOUSLY
    }

    record IntroView(
            String survey,
            String description,
            String wave,
            RespondentMode mode,
            Status status,
            boolean takesAnswers,
            Text notice,
            Instant closesAt,
            int resumeAt,
            int sections,
            int saved,
            String base) {}

    record Choice(String code, String label, boolean selected) {}

    record Row(String code, String label, List<Choice> choices, String value) {}

    record QuestionView(
            String code,
            String kind,
            String text,
            String help,
            boolean required,
            Text condition,
            List<Choice> choices,
            List<Row> rows,
            String value,
            String min,
            String max,
            int maxLength) {}

    record SectionView(IntroView intro, int number, String title, String description, List<QuestionView> questions) {}

    IntroView intro(Respondent respondent, String base, Instant now) {
        Status status = respondent.answered()
                ? (respondent.mayChange() ? Status.SUBMITTED : Status.ANSWERED_ANONYMOUSLY)
                : respondent.response().isPresent() ? Status.IN_PROGRESS : Status.NOT_STARTED;
        return intro(respondent.questionnaire(), status, respondent.resumeAt(), respondent.sectionsSaved(), base, now);
    }

    IntroView intro(Questionnaire questionnaire, Status status, int resumeAt, int saved, String base, Instant now) {
        Wave wave = questionnaire.wave();
        boolean takes = wave.takesAnswersAt(now);
        Text notice = takes
                ? null
                : wave.state() == WaveState.DRAFT || (wave.opensAt() != null && now.isBefore(wave.opensAt()))
                        ? Text.of("surveys.answer.not-open")
                        : Text.of("surveys.answer.closed");
        return new IntroView(
                questionnaire.survey().title(),
                questionnaire.survey().description(),
                wave.label(),
                questionnaire.survey().mode(),
                status,
                takes,
                notice,
                wave.closesAt(),
                resumeAt,
                questionnaire.sections().size(),
                saved,
                base);
    }

    /**
     * @param typed what was sent and refused (fields as {@link AnswerChecker} reads them), or null to show what is
     *     saved
     */
    SectionView section(
            Respondent respondent,
            int number,
            List<Answer> saved,
            Map<String, List<String>> typed,
            String base,
            Instant now,
            Language language) {
        Section section = SaveSection.section(respondent, number);
        List<Answer> known = new ArrayList<>(saved);
        List<QuestionView> questions = new ArrayList<>();
        for (Question question : section.askedQuestions()) {
            Condition condition = question.condition();
            boolean sameSection = condition != null
                    && section.askedQuestions().stream()
                            .anyMatch(q -> q.code().equalsIgnoreCase(condition.questionCode()));
            if (!sameSection && !AnswerChecker.shown(question, known)) {
                continue;
            }
            List<Answer> own = saved.stream()
                    .filter(a -> a.questionCode().equalsIgnoreCase(question.code()))
                    .toList();
            questions.add(view(question, own, typed, sameSection ? conditionText(section, condition) : null, language));
        }
        return new SectionView(intro(respondent, base, now), number, section.title(), section.description(), questions);
    }

    private static Text conditionText(Section section, Condition condition) {
        Question on = section.askedQuestions().stream()
                .filter(q -> q.code().equalsIgnoreCase(condition.questionCode()))
                .findFirst()
                .orElseThrow();
        String option = on.options().stream()
                .filter(o -> o.code().equalsIgnoreCase(condition.optionCode()))
                .map(Option::label)
                .findFirst()
                .orElse(condition.optionCode());
        return Text.of("surveys.answer.only-if", option, on.text());
    }

    private QuestionView view(
            Question q, List<Answer> own, Map<String, List<String>> typed, Text condition, Language language) {
        String code = q.code();
        List<Choice> choices = List.of();
        List<Row> rows = List.of();
        String value = "";
        switch (q.kind()) {
            case SINGLE_CHOICE, LIKERT, MULTIPLE_CHOICE -> {
                List<String> chosen = typed != null
                        ? typed.getOrDefault(code, List.of())
                        : own.stream().map(Answer::optionCode).toList();
                choices = q.offeredOptions().stream()
                        .map(o -> new Choice(o.code(), o.label(), containsIgnoringCase(chosen, o.code())))
                        .toList();
            }
            case COUNTRY -> {
                value = typed != null
                        ? AnswerChecker.value(typed, code)
                        : own.stream().map(Answer::optionCode).findFirst().orElse("");
                String selected = value;
                Collator collator = Collator.getInstance(language.locale());
                choices = Arrays.stream(Locale.getISOCountries())
                        .map(c -> new Choice(
                                c,
                                new Locale("", c).getDisplayCountry(language.locale()),
                                c.equalsIgnoreCase(selected)))
                        .sorted(Comparator.comparing(Choice::label, collator))
                        .toList();
            }
            case LIKERT_MATRIX -> {
                rows = q.askedItems().stream()
                        .map(item -> {
                            String point = typed != null
                                    ? AnswerChecker.value(typed, code + "." + item.code())
                                    : own.stream()
                                            .filter(a -> a.itemCode().equalsIgnoreCase(item.code()))
                                            .map(Answer::optionCode)
                                            .findFirst()
                                            .orElse("");
                            return new Row(
                                    item.code(),
                                    item.label(),
                                    q.offeredOptions().stream()
                                            .map(o -> new Choice(
                                                    o.code(),
                                                    o.label(),
                                                    o.code().equals(point)))
                                            .toList(),
                                    point);
                        })
                        .toList();
                choices = q.offeredOptions().stream()
                        .map(o -> new Choice(o.code(), o.label(), false))
                        .toList();
            }
            case RANKING ->
                rows = q.offeredOptions().stream()
                        .map(o -> new Row(
                                o.code(),
                                o.label(),
                                List.of(),
                                typed != null
                                        ? AnswerChecker.value(typed, code + "." + o.code())
                                        : own.stream()
                                                .filter(a -> a.optionCode().equalsIgnoreCase(o.code()))
                                                .map(a -> a.number().toPlainString())
                                                .findFirst()
                                                .orElse("")))
                        .toList();
            case NUMBER ->
                value = typed != null
                        ? AnswerChecker.value(typed, code)
                        : own.stream()
                                .map(a -> a.number().toPlainString())
                                .findFirst()
                                .orElse("");
            case SHORT_TEXT, LONG_TEXT ->
                value = typed != null
                        ? AnswerChecker.value(typed, code)
                        : own.stream().map(Answer::text).findFirst().orElse("");
        }
        return new QuestionView(
                code,
                q.kind().name(),
                q.text(),
                q.help(),
                q.required(),
                condition,
                choices,
                rows,
                value,
                q.min() == null ? null : q.min().stripTrailingZeros().toPlainString(),
                q.max() == null ? null : q.max().stripTrailingZeros().toPlainString(),
                q.kind() == QuestionKind.SHORT_TEXT ? AnswerChecker.SHORT_TEXT_MAX : AnswerChecker.LONG_TEXT_MAX);
    }

    private static boolean containsIgnoringCase(List<String> values, String code) {
        return values.stream().anyMatch(v -> v != null && v.strip().equalsIgnoreCase(code));
    }
}
