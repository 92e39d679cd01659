package org.statcommons.surveys;

import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Actor;
import org.statcommons.community.Memberships;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * An owner names the survey's other owners (who run it with them) and its analysts (who read its results, aggregates
 * only), each a current member of the community, or takes them off. A survey keeps at least one owner besides the
 * secretariat, so that someone who chose to run it still answers for it.
 */
@Service
class ChooseSurveyPeople {

    /** What a person is made in a survey. */
    enum Part {
        OWNER,
        ANALYST
    }

    private final OwnerChecker checker;
    private final SurveyOwners owners;
    private final SurveyAnalysts analysts;
    private final Memberships memberships;

    ChooseSurveyPeople(OwnerChecker checker, SurveyOwners owners, SurveyAnalysts analysts, Memberships memberships) {
        this.checker = checker;
        this.owners = owners;
        this.analysts = analysts;
        this.memberships = memberships;
    }

    @Transactional
    void add(Actor actor, SurveyOwner owner, long surveyId, long accountId, String part) {
        Survey survey = checker.lock(actor, owner, surveyId);
        Part chosen = part(part);
        if (owner.platformWide()
                || memberships.current(owner.communityId(), accountId).isEmpty()) {
            throw new InvalidInputException("accountId", Text.of("surveys.people.not-member"));
        }
        if (chosen == Part.OWNER) {
            owners.add(survey.id(), accountId);
        } else {
            analysts.add(survey.id(), accountId);
        }
    }

    @Transactional
    void remove(Actor actor, SurveyOwner owner, long surveyId, long accountId, String part) {
        Survey survey = checker.lock(actor, owner, surveyId);
        if (part(part) == Part.OWNER) {
            if (owners.of(survey.id()).equals(java.util.List.of(accountId))) {
                throw new ConflictException(Text.of("surveys.people.last-owner"));
            }
            owners.remove(survey.id(), accountId);
        } else {
            analysts.remove(survey.id(), accountId);
        }
    }

    private static Part part(String part) {
        try {
            return Part.valueOf(part == null ? "" : part.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("part", Text.of("surveys.people.part"));
        }
    }
}
