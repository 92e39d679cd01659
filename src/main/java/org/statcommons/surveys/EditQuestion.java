package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * An owner changes a question. Once it has answers in its wave, its code and kind stay (the answers are stored by
 * code and read by kind), and options or items no longer listed are removed softly: kept for the answers that chose
 * them, no longer offered.
 */
@Service
class EditQuestion {

    private final OwnerChecker checker;
    private final Questions questions;
    private final Answers answers;
    private final Clock clock;

    EditQuestion(OwnerChecker checker, Questions questions, Answers answers, Clock clock) {
        this.checker = checker;
        this.questions = questions;
        this.answers = answers;
        this.clock = clock;
    }

    @Transactional
    void edit(Actor actor, SurveyOwner owner, long surveyId, long waveId, long questionId, NewQuestion change) {
        Questionnaire wave = checker.editable(actor, owner, surveyId, waveId);
        Question question = question(wave, questionId);
        Section section = EditSection.section(wave, question.sectionId());
        QuestionChecker input = new QuestionChecker();
        QuestionChecker.Checked checked = input.check(wave, section, question, change);
        input.throwIfInvalid();
        boolean reshaped = !SurveyRules.key(question.code())
                        .equals(SurveyRules.key(checked.fields().code()))
                || question.kind() != checked.fields().kind();
        // once a wave is open, answers in progress (saved, not yet submitted) are kept by code and read by kind
        if (reshaped && wave.wave().state() == WaveState.OPEN) {
            throw new ConflictException(Text.of("surveys.question.open", question.code()));
        }
        boolean answered = answers.anyTo(wave.wave().id(), question.code());
        if (reshaped && answered) {
            throw new ConflictException(Text.of("surveys.question.answered", question.code()));
        }
        Instant now = clock.instant();
        questions.update(question.id(), checked.fields());
        questions.setOptions(question.id(), checked.options(), answered, now);
        questions.setItems(question.id(), checked.items(), answered, now);
    }

    static Question question(Questionnaire wave, long questionId) {
        return wave.questions()
                .filter(q -> q.id() == questionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("surveys.question.none")));
    }
}
