package org.statcommons.surveys;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;

/**
 * An owner chooses the survey's respondent mode. Once anyone has answered any of its waves, the mode may only become
 * more private (respondents were told how their answers would be kept, and a promise of privacy cannot be taken
 * back): a change the other way is a conflict. Becoming more private rewrites the existing responses in the same
 * transaction, so that none is left more identifiable than the mode now says.
 */
@Service
class SetRespondentMode {

    private final OwnerChecker checker;
    private final Surveys surveys;
    private final Responses responses;
    private final Pseudonymizer pseudonymizer;
    private final Clock clock;

    SetRespondentMode(
            OwnerChecker checker, Surveys surveys, Responses responses, Pseudonymizer pseudonymizer, Clock clock) {
        this.checker = checker;
        this.surveys = surveys;
        this.responses = responses;
        this.pseudonymizer = pseudonymizer;
        this.clock = clock;
    }

    /** The mode now in force (unchanged when it was already this one). */
    @Transactional
    RespondentMode set(Actor actor, SurveyOwner owner, long surveyId, String mode) {
        Survey survey = checker.lock(actor, owner, surveyId);
        SurveyChecker input = new SurveyChecker();
        RespondentMode chosen = input.mode(mode == null || mode.isBlank() ? "?" : mode);
        input.throwIfInvalid();
        if (chosen == survey.mode()) {
            return chosen;
        }
        if (responses.anyIn(survey.id())) {
            if (chosen.lessPrivateThan(survey.mode())) {
                throw new ConflictException(Text.of(
                        "surveys.mode.less-private",
                        Text.of("surveys.mode." + survey.mode()),
                        Text.of("surveys.mode." + chosen)));
            }
            if (chosen == RespondentMode.PSEUDONYMOUS) {
                for (Map.Entry<Long, Long> response :
                        responses.accountsIn(survey.id()).entrySet()) {
                    responses.pseudonymise(
                            response.getKey(), pseudonymizer.pseudonym(survey.id(), response.getValue()));
                }
            } else if (chosen == RespondentMode.ANONYMOUS) {
                responses.forgetAccounts(survey.id());
                responses.forgetPseudonyms(survey.id());
            }
        }
        surveys.setMode(survey.id(), chosen, clock.instant());
        return chosen;
    }
}
