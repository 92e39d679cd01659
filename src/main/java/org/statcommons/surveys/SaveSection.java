package org.statcommons.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Saves one section's answers from a link, as the respondent moves on: the section's rows replace what it had
 * (saving again never doubles), in one transaction with the response's progress, so a respondent who stops resumes at
 * the first section not saved. Refused answers save nothing of the section and change nothing else. The link is the
 * only credential: it answers this wave for this invitation (or public response) and nothing else.
 */
@Service
class SaveSection {

    private final RespondentFinder finder;
    private final Responses responses;
    private final Answers answers;
    private final AnswerCounts counts;
    private final Accounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SaveSection(
            RespondentFinder finder,
            Responses responses,
            Answers answers,
            AnswerCounts counts,
            Accounts accounts,
            Clock clock,
            ApplicationEventPublisher events) {
        this.finder = finder;
        this.responses = responses;
        this.answers = answers;
        this.counts = counts;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    /**
     * @param number the section, 1 for the first; none past the first not yet saved
     * @return the section to show next (1-based), or 0 when this was the last
     */
    @Transactional
    int save(String secret, int number, Map<String, List<String>> fields) {
        Instant now = clock.instant();
        Respondent respondent = finder.mayAnswer(secret, now);
        Section section = section(respondent, number);
        if (number > respondent.sectionsSaved() + 1) {
            throw new ConflictException(Text.of("surveys.answer.in-order", respondent.resumeAt()));
        }
        List<Answer> earlier = respondent
                .response()
                .map(r -> answers.of(r.id()).stream()
                        .filter(a -> section.askedQuestions().stream()
                                .noneMatch(q -> q.code().equalsIgnoreCase(a.questionCode())))
                        .toList())
                .orElse(List.of());
        List<Answer> rows = AnswerChecker.read(section, fields, earlier);
        Response response = respondent.response().orElseGet(() -> start(respondent, now));
        List<String> codes =
                section.askedQuestions().stream().map(Question::code).toList();
        if (response.submitted()) {
            // a submitted response's answers are in the kept counts: the old ones leave them, the new ones enter
            counts.subtract(response.id(), codes);
        }
        answers.replace(response.id(), respondent.wave().id(), codes, rows);
        if (response.submitted()) {
            counts.add(response.id(), codes);
        }
        responses.saved(response.id(), number, now);
        if (response.submitted()) {
            // a submitted response's answers are counted: the results kept in memory are out of date
            events.publishEvent(new WaveAnswersChanged(
                    respondent.survey().id(), respondent.wave().id()));
        }
        return number < respondent.questionnaire().sections().size() ? number + 1 : 0;
    }

    static Section section(Respondent respondent, int number) {
        List<Section> sections = respondent.questionnaire().sections();
        if (number < 1 || number > sections.size()) {
            throw new NotFoundException(Text.of("surveys.answer.section.none"));
        }
        return sections.get(number - 1);
    }

    private Response start(Respondent respondent, Instant now) {
        Survey survey = respondent.survey();
        Wave wave = respondent.wave();
        if (respondent.publicLink()) {
            throw new IllegalStateException("a public link's response is started by StartPublicResponse");
        }
        Account account = accounts.byId(respondent.invitation().accountId()).orElse(null);
        String country = account == null ? null : account.country();
        String kind = account == null || account.organisationKind() == null
                ? null
                : account.organisationKind().name();
        return switch (survey.mode()) {
            case IDENTIFIED ->
                responses.start(
                        survey.id(), wave.id(), respondent.invitation().accountId(), null, null, country, kind, now);
            case PSEUDONYMOUS ->
                responses.start(survey.id(), wave.id(), null, respondent.pseudonym(), null, country, kind, now);
            case ANONYMOUS ->
                responses.start(survey.id(), wave.id(), null, null, respondent.resumeKey(), country, kind, now);
        };
    }
}
