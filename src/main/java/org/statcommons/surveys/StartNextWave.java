package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.platform.Text;

/**
 * An owner starts the survey's next wave (a midline, an endpoint) from its last one: the same sections, questions with
 * the same codes, kinds, texts and conditions, options and items, and the same audience, as a draft to change. Removed
 * questions, options and items are not copied: they were withdrawn before.
 */
@Service
class StartNextWave {

    private final OwnerChecker checker;
    private final Waves waves;
    private final Sections sections;
    private final Questions questions;
    private final Questionnaires questionnaires;
    private final Clock clock;
    private final WaveCommunities waveCommunities;

    StartNextWave(
            OwnerChecker checker,
            Waves waves,
            Sections sections,
            Questions questions,
            Questionnaires questionnaires,
            Clock clock,
            WaveCommunities waveCommunities) {
        this.checker = checker;
        this.waves = waves;
        this.sections = sections;
        this.questions = questions;
        this.questionnaires = questionnaires;
        this.clock = clock;
        this.waveCommunities = waveCommunities;
    }

    @Transactional
    Wave start(Actor actor, SurveyOwner owner, long surveyId, String label) {
        Survey survey = checker.lock(actor, owner, surveyId);
        List<Wave> all = waves.of(survey.id());
        Wave last = all.get(all.size() - 1);
        SurveyChecker input = new SurveyChecker();
        String name = input.label(
                "label", label, Text.of("surveys.wave.numbered", all.size() + 1).english());
        input.throwIfInvalid();
        Instant now = clock.instant();
        long waveId = waves.insert(survey.id(), name, last.audienceKind(), last.audienceId(), now);
        waveCommunities.replace(waveId, waveCommunities.of(last.id()));
        for (Section section : questionnaires.of(survey, last).sections()) {
            long sectionId = sections.append(waveId, section.title(), section.description());
            for (Question q : section.askedQuestions()) {
                long questionId = questions.append(
                        waveId,
                        sectionId,
                        new Questions.Fields(
                                q.code(),
                                q.kind(),
                                q.text(),
                                q.help(),
                                q.required(),
                                q.scalePoints(),
                                q.min(),
                                q.max(),
                                q.condition()));
                questions.setOptions(
                        questionId,
                        q.offeredOptions().stream()
                                .map(o -> new Questions.Choice(o.code(), o.label()))
                                .toList(),
                        false,
                        now);
                questions.setItems(
                        questionId,
                        q.askedItems().stream()
                                .map(i -> new Questions.Choice(i.code(), i.label()))
                                .toList(),
                        false,
                        now);
            }
        }
        return waves.byId(waveId).orElseThrow();
    }
}
