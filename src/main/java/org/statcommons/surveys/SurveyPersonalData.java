package org.statcommons.surveys;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.identity.PersonalDataRows;
import org.statcommons.identity.PersonalDataSource;

/**
 * A person's answers to surveys that asked them by name (identified responses), a page of responses at a time. A
 * pseudonymous or anonymous response is joined to no account (that is its promise to the respondent), so it is in
 * nobody's personal data.
 */
@Component
class SurveyPersonalData implements PersonalDataSource {

    record Response(Responses.Given response, List<Responses.GivenAnswer> answers) {}

    private final Responses responses;

    SurveyPersonalData(Responses responses) {
        this.responses = responses;
    }

    @Override
    public String section() {
        return "surveys";
    }

    @Override
    public Object of(long personId) {
        return new PersonalDataRows<>(
                after -> responses.identifiedOf(personId, after, PersonalDataRows.PAGE).stream()
                        .map(r -> new Response(r, responses.answersOf(r.id())))
                        .toList(),
                (Response r) -> r.response().id());
    }
}
