package org.statcommons.surveys;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * An owner removes a question: for good while nobody has answered it in its wave; softly once someone has (kept with
 * its answers for the results and exports, hidden from new respondents, not copied to the next wave). A question that
 * a later question's condition depends on stays until that condition is changed. A softly removed question can be put
 * back ({@link #restore}).
 */
@Service
class RemoveQuestion {

    private final OwnerChecker checker;
    private final Questions questions;
    private final Answers answers;
    private final Clock clock;

    RemoveQuestion(OwnerChecker checker, Questions questions, Answers answers, Clock clock) {
        this.checker = checker;
        this.questions = questions;
        this.answers = answers;
        this.clock = clock;
    }

    /** Whether the question was kept for its answers (removed softly). */
    @Transactional
    boolean remove(Actor actor, SurveyOwner owner, long surveyId, long waveId, long questionId) {
        Questionnaire wave = checker.editable(actor, owner, surveyId, waveId);
        Question question = EditQuestion.question(wave, questionId);
        List<String> dependants = wave.questions()
                .filter(q -> !q.removed()
                        && q.condition() != null
                        && SurveyRules.key(q.condition().questionCode()).equals(SurveyRules.key(question.code())))
                .map(Question::code)
                .toList();
        if (!dependants.isEmpty()) {
            throw new ConflictException(Text.of(
                    "surveys.question.depended-on",
                    question.code(),
                    dependants.stream().collect(Collectors.joining(", "))));
        }
        if (answers.anyTo(wave.wave().id(), question.code())) {
            questions.remove(question.id(), clock.instant());
            return true;
        }
        questions.delete(question.id());
        return false;
    }

    /** Puts a softly removed question back, where it was; its condition must still hold. */
    @Transactional
    void restore(Actor actor, SurveyOwner owner, long surveyId, long waveId, long questionId) {
        Questionnaire wave = checker.editable(actor, owner, surveyId, waveId);
        Question question = EditQuestion.question(wave, questionId);
        if (!question.removed()) {
            return;
        }
        SurveyRules.firstBrokenCondition(wave.questions()
                        .map(q -> q.id() == question.id() ? restored(q) : q)
                        .toList())
                .ifPresent(broken -> {
                    throw new ConflictException(broken);
                });
        questions.restore(question.id());
    }

    private static Question restored(Question q) {
        return new Question(
                q.id(),
                q.sectionId(),
                q.position(),
                q.code(),
                q.kind(),
                q.text(),
                q.help(),
                q.required(),
                q.scalePoints(),
                q.min(),
                q.max(),
                q.condition(),
                null,
                q.options(),
                q.items());
    }
}
