package org.statcommons.surveys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts surveys, waves, questions and submitted responses in place through the feature's own repositories, for the
 * tests of what reads them (results, exports) while the builder and answering screens are written elsewhere.
 */
public final class SurveyFixtures {

    private static final Instant AT = Instant.parse("2026-12-06T10:00:00Z");

    private final Surveys surveys;
    private final Waves waves;
    private final Sections sections;
    private final Questions questions;
    private final Responses responses;
    private final Answers answers;
    private final AnswerCounts counts;
    private final SurveyOwners owners;
    private final SurveyAnalysts analysts;
    private final Pseudonymizer pseudonymizer;
    private final TransactionTemplate transactions;

    public SurveyFixtures(ApplicationContext context) {
        this.surveys = context.getBean(Surveys.class);
        this.waves = context.getBean(Waves.class);
        this.sections = context.getBean(Sections.class);
        this.questions = context.getBean(Questions.class);
        this.responses = context.getBean(Responses.class);
        this.answers = context.getBean(Answers.class);
        this.counts = context.getBean(AnswerCounts.class);
        this.owners = context.getBean(SurveyOwners.class);
        this.analysts = context.getBean(SurveyAnalysts.class);
        this.pseudonymizer = context.getBean(Pseudonymizer.class);
        this.transactions = context.getBean(TransactionTemplate.class);
    }

    public Survey survey(Long communityId, RespondentMode mode, int threshold, long createdBy) {
        long id = surveys.insert(communityId, "Survey " + System.nanoTime(), "", mode, threshold, createdBy, AT);
        return surveys.byId(id).orElseThrow();
    }

    /** A wave, opened. */
    public Wave wave(Survey survey, String label) {
        long id = waves.insert(survey.id(), label, AudienceKind.COMMUNITY, null, AT);
        waves.schedule(id, WaveState.OPEN, null, null);
        return waves.byId(id).orElseThrow();
    }

    public long section(Wave wave, String title) {
        return sections.append(wave.id(), title, "");
    }

    /** A question; for a Likert scale, its points' labels are the options ("1" to "5" or "7"). */
    public long question(
            Wave wave,
            long sectionId,
            String code,
            QuestionKind kind,
            String text,
            List<String> options,
            List<String> items) {
        Integer points = kind.hasScale() ? options.size() : null;
        long id = questions.append(
                wave.id(), sectionId, new Questions.Fields(code, kind, text, "", false, points, null, null, null));
        List<Questions.Choice> choices = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            choices.add(
                    new Questions.Choice(kind.hasScale() ? Integer.toString(i + 1) : options.get(i), options.get(i)));
        }
        if (!choices.isEmpty()) {
            questions.setOptions(id, choices, false, AT);
        }
        if (!items.isEmpty()) {
            questions.setItems(
                    id,
                    items.stream()
                            .map(i -> new Questions.Choice(i, "Item " + i))
                            .toList(),
                    false,
                    AT);
        }
        return id;
    }

    public long question(Wave wave, long sectionId, String code, QuestionKind kind, String text, String... options) {
        return question(wave, sectionId, code, kind, text, Arrays.asList(options), List.of());
    }

    /** A submitted response with these answers, of an account (identified), a pseudonym (of it) or no one. */
    public long respond(Survey survey, Wave wave, Long accountId, String country, String kind, List<Answer> given) {
        return transactions.execute(status -> {
            Long account = survey.mode() == RespondentMode.IDENTIFIED ? accountId : null;
            String pseudonym = survey.mode() == RespondentMode.PSEUDONYMOUS && accountId != null
                    ? pseudonymizer.pseudonym(survey.id(), accountId)
                    : null;
            String resume = account == null && pseudonym == null ? "r" + System.nanoTime() + Math.random() : null;
            Response response = responses.start(survey.id(), wave.id(), account, pseudonym, resume, country, kind, AT);
            answers.replace(
                    response.id(),
                    wave.id(),
                    given.stream().map(Answer::questionCode).distinct().toList(),
                    given);
            responses.saved(response.id(), 1, AT);
            responses.submit(response.id(), true, AT);
            counts.add(response.id(), null);
            return response.id();
        });
    }

    public String pseudonym(Survey survey, long accountId) {
        return pseudonymizer.pseudonym(survey.id(), accountId);
    }

    public void owner(Survey survey, long accountId) {
        owners.add(survey.id(), accountId);
    }

    public void analyst(Survey survey, long accountId) {
        analysts.add(survey.id(), accountId);
    }
}
