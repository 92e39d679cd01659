package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;

/** An owner adds a question of any kind at the end of a section ({@link QuestionChecker} says what is refused). */
@Service
class AddQuestion {

    private final OwnerChecker checker;
    private final Questions questions;
    private final Clock clock;

    AddQuestion(OwnerChecker checker, Questions questions, Clock clock) {
        this.checker = checker;
        this.questions = questions;
        this.clock = clock;
    }

    @Transactional
    long add(Actor actor, SurveyOwner owner, long surveyId, long waveId, long sectionId, NewQuestion question) {
        Questionnaire wave = checker.editable(actor, owner, surveyId, waveId);
        Section section = EditSection.section(wave, sectionId);
        QuestionChecker input = new QuestionChecker();
        QuestionChecker.Checked checked = input.check(wave, section, null, question);
        input.throwIfInvalid();
        Instant now = clock.instant();
        long id = questions.append(wave.wave().id(), section.id(), checked.fields());
        questions.setOptions(id, checked.options(), false, now);
        questions.setItems(id, checked.items(), false, now);
        return id;
    }
}
