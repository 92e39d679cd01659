package org.statcommons.surveys;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;

/**
 * An owner moves a section one place up or down. Refused when a question would then come before the question its
 * condition depends on.
 */
@Service
class MoveSection {

    private final OwnerChecker checker;
    private final Sections sections;

    MoveSection(OwnerChecker checker, Sections sections) {
        this.checker = checker;
        this.sections = sections;
    }

    @Transactional
    void move(Actor actor, SurveyOwner owner, long surveyId, long waveId, long sectionId, boolean up) {
        Questionnaire wave = checker.editable(actor, owner, surveyId, waveId);
        Section section = EditSection.section(wave, sectionId);
        List<Section> order = new ArrayList<>(wave.sections());
        int from = order.indexOf(section);
        int to = up ? from - 1 : from + 1;
        if (to < 0 || to >= order.size()) {
            return;
        }
        order.remove(from);
        order.add(to, section);
        SurveyRules.firstBrokenCondition(
                        order.stream().flatMap(s -> s.questions().stream()).toList())
                .ifPresent(broken -> {
                    throw new ConflictException(broken);
                });
        sections.reorder(wave.wave().id(), order.stream().map(Section::id).toList());
    }
}
