package org.statcommons.academy;

import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.identity.PersonalDataSource;

/** A person's enrolments and completed courses with their certificates, as their personal data lists them. */
@Component
class LearningPersonalData implements PersonalDataSource {

    record Section(List<Enrolments.Held> enrolments, List<Completions.Earned> completions) {}

    private final Enrolments enrolments;
    private final Completions completions;

    LearningPersonalData(Enrolments enrolments, Completions completions) {
        this.enrolments = enrolments;
        this.completions = completions;
    }

    @Override
    public String section() {
        return "academy";
    }

    @Override
    public Object of(long personId) {
        return new Section(enrolments.of(personId), completions.of(personId));
    }
}
