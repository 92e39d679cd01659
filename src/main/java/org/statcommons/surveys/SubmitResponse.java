package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * Submits a response from its link once every section is saved. Answers to questions whose condition an earlier
 * change left unmet are dropped; a required question an earlier change made shown, and left unanswered, sends the
 * respondent back to its section. An anonymous response loses its resume key at submission: nothing leads from the
 * link or the invitation to it afterwards, and the invitation only knows that its person answered. Submitting again
 * changes nothing (identified and pseudonymous answers stay open to changes while the wave takes answers).
 */
@Service
class SubmitResponse {

    private final RespondentFinder finder;
    private final Responses responses;
    private final Answers answers;
    private final AnswerCounts counts;
    private final SurveyInvitations invitations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SubmitResponse(
            RespondentFinder finder,
            Responses responses,
            Answers answers,
            AnswerCounts counts,
            SurveyInvitations invitations,
            Clock clock,
            ApplicationEventPublisher events) {
        this.finder = finder;
        this.responses = responses;
        this.answers = answers;
        this.counts = counts;
        this.invitations = invitations;
        this.clock = clock;
        this.events = events;
    }

    /** @return false when it was submitted already */
    @Transactional
    boolean submit(String secret) {
        Instant now = clock.instant();
        Respondent respondent = finder.mayAnswer(secret, now);
        int sections = respondent.questionnaire().sections().size();
        if (respondent.response().isEmpty() || respondent.sectionsSaved() < sections) {
            throw new ConflictException(Text.of("surveys.answer.submit.unsaved", respondent.resumeAt()));
        }
        Response response = respondent.response().get();
        List<Answer> kept = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        List<Answer> given = answers.of(response.id());
        int number = 0;
        for (Section section : respondent.questionnaire().sections()) {
            number++;
            for (Question question : section.askedQuestions()) {
                List<Answer> own = given.stream()
                        .filter(a -> a.questionCode().equalsIgnoreCase(question.code()))
                        .toList();
                if (!AnswerChecker.shown(question, kept)) {
                    if (!own.isEmpty()) {
                        hidden.add(question.code());
                    }
                    continue;
                }
                if (question.required() && own.isEmpty()) {
                    throw new ConflictException(Text.of("surveys.answer.submit.missing", number, question.text()));
                }
                kept.addAll(own);
            }
        }
        if (!hidden.isEmpty()) {
            if (response.submitted()) {
                counts.subtract(response.id(), hidden);
            }
            answers.replace(response.id(), respondent.wave().id(), hidden, List.of());
        }
        boolean first = responses.submit(response.id(), respondent.survey().mode() == RespondentMode.ANONYMOUS, now);
        if (first) {
            counts.add(response.id(), null);
        }
        if (respondent.invitation() != null) {
            invitations.answered(respondent.invitation().id());
        }
        // a second submit changes the counts only when it dropped answers of an already submitted response
        if (first || (!hidden.isEmpty() && response.submitted())) {
            events.publishEvent(new WaveAnswersChanged(
                    respondent.survey().id(), respondent.wave().id()));
        }
        return first;
    }
}
