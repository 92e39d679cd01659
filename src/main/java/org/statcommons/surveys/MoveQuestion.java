package org.statcommons.surveys;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;

/**
 * An owner moves a question one place up or down, across into the previous or next section at its edge. Refused when
 * a condition would then point to a later question (the moved one's own, or one that depends on it).
 */
@Service
class MoveQuestion {

    private final OwnerChecker checker;
    private final Questions questions;

    MoveQuestion(OwnerChecker checker, Questions questions) {
        this.checker = checker;
        this.questions = questions;
    }

    @Transactional
    void move(Actor actor, SurveyOwner owner, long surveyId, long waveId, long questionId, boolean up) {
        Questionnaire wave = checker.editable(actor, owner, surveyId, waveId);
        Question question = EditQuestion.question(wave, questionId);
        // each section's questions, to be rearranged
        List<List<Question>> bySection = new ArrayList<>();
        int sectionIndex = -1;
        for (int s = 0; s < wave.sections().size(); s++) {
            List<Question> list = new ArrayList<>(wave.sections().get(s).questions());
            bySection.add(list);
            if (list.stream().anyMatch(q -> q.id() == question.id())) {
                sectionIndex = s;
            }
        }
        List<Question> own = bySection.get(sectionIndex);
        int at = own.indexOf(question);
        if (up && at > 0) {
            own.remove(at);
            own.add(at - 1, question);
        } else if (!up && at < own.size() - 1) {
            own.remove(at);
            own.add(at + 1, question);
        } else if (up && sectionIndex > 0) {
            own.remove(at);
            bySection.get(sectionIndex - 1).add(question);
        } else if (!up && sectionIndex < bySection.size() - 1) {
            own.remove(at);
            bySection.get(sectionIndex + 1).add(0, question);
        } else {
            return;
        }
        SurveyRules.firstBrokenCondition(
                        bySection.stream().flatMap(List::stream).toList())
                .ifPresent(broken -> {
                    throw new ConflictException(broken);
                });
        List<Questions.Placement> placements = new ArrayList<>();
        for (int s = 0; s < bySection.size(); s++) {
            long sectionId = wave.sections().get(s).id();
            List<Question> list = bySection.get(s);
            for (int i = 0; i < list.size(); i++) {
                placements.add(new Questions.Placement(list.get(i).id(), sectionId, i + 1));
            }
        }
        questions.place(wave.wave().id(), placements);
    }
}
