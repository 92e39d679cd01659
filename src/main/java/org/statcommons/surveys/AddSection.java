package org.statcommons.surveys;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;

/** An owner adds a section after a wave's last one. */
@Service
class AddSection {

    private final OwnerChecker checker;
    private final Sections sections;

    AddSection(OwnerChecker checker, Sections sections) {
        this.checker = checker;
        this.sections = sections;
    }

    @Transactional
    long add(Actor actor, SurveyOwner owner, long surveyId, long waveId, NewSection section) {
        Questionnaire wave = checker.editable(actor, owner, surveyId, waveId);
        SectionChecker input = new SectionChecker();
        String title = input.title(section.title());
        String description = input.description(section.description());
        input.throwIfInvalid();
        return sections.append(wave.wave().id(), title, description);
    }
}
