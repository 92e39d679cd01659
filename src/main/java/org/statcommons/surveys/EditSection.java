package org.statcommons.surveys;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** An owner renames a section or describes it again, or removes a section that holds no question. */
@Service
class EditSection {

    private final OwnerChecker checker;
    private final Sections sections;

    EditSection(OwnerChecker checker, Sections sections) {
        this.checker = checker;
        this.sections = sections;
    }

    @Transactional
    void edit(Actor actor, SurveyOwner owner, long surveyId, long waveId, long sectionId, NewSection change) {
        Questionnaire wave = checker.editable(actor, owner, surveyId, waveId);
        Section section = section(wave, sectionId);
        SectionChecker input = new SectionChecker();
        String title = input.title(change.title());
        String description = input.description(change.description());
        input.throwIfInvalid();
        sections.update(section.id(), title, description);
    }

    /** Removes an empty section; one with questions, even removed ones kept for their answers, stays. */
    @Transactional
    void remove(Actor actor, SurveyOwner owner, long surveyId, long waveId, long sectionId) {
        Questionnaire wave = checker.editable(actor, owner, surveyId, waveId);
        Section section = section(wave, sectionId);
        if (!section.questions().isEmpty()) {
            throw new ConflictException(Text.of("surveys.section.not-empty", section.title()));
        }
        sections.delete(section.id());
    }

    static Section section(Questionnaire wave, long sectionId) {
        return wave.section(sectionId).orElseThrow(() -> new NotFoundException(Text.of("surveys.section.none")));
    }
}
