package org.statcommons.academy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.access.Standing;
import org.statcommons.organisations.Affiliations;
import org.statcommons.organisations.Organisation;
import org.statcommons.organisations.Organisations;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * An organisation assesses its capabilities against a framework, once a year (a second save of the same year replaces
 * it; earlier years stay): its confirmed people, or the platform's secretariat. A level the framework does not have,
 * or an item it does not hold, is refused with the item named, and nothing is saved.
 */
@Service
class AssessCapabilities {

    /** The earliest year an assessment may be for. */
    static final int FIRST_YEAR = 2000;

    private final Permissions permissions;
    private final Affiliations affiliations;
    private final Organisations organisations;
    private final Frameworks frameworks;
    private final Assessments assessments;
    private final Clock clock;

    AssessCapabilities(
            Permissions permissions,
            Affiliations affiliations,
            Organisations organisations,
            Frameworks frameworks,
            Assessments assessments,
            Clock clock) {
        this.permissions = permissions;
        this.affiliations = affiliations;
        this.organisations = organisations;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** Whether this person may assess (and read the assessments of) this organisation. */
    boolean may(Actor actor, long organisationId) {
        return permissions.may(
                actor, Action.ASSESS_CAPABILITIES, Standing.ORGANISATION_PERSON, confirmed(actor, organisationId));
    }

    /** The organisation and framework of an assessment, once the person may reach them, and the year checked. */
    record Subject(Organisation organisation, Framework framework, int year) {}

    Subject subject(Actor actor, long organisationId, String frameworkCode, int year) {
        permissions.require(
                actor, Action.ASSESS_CAPABILITIES, Standing.ORGANISATION_PERSON, confirmed(actor, organisationId));
        Organisation organisation = organisations.existing(organisationId);
        Framework framework = frameworks
                .byCode(frameworkCode)
                .orElseThrow(() -> new NotFoundException(Text.of("academy.framework.none")));
        int thisYear = clock.instant().atZone(ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > thisYear) {
            throw new NotFoundException(
                    Text.of("academy.assessment.year", String.valueOf(FIRST_YEAR), String.valueOf(thisYear)));
        }
        return new Subject(organisation, framework, year);
    }

    @Transactional
    void assess(Actor actor, long organisationId, String frameworkCode, int year, AssessmentChange change) {
        Subject subject = subject(actor, organisationId, frameworkCode, year);
        Framework framework = subject.framework();
        Map<String, Assessment.Levels> levels = new LinkedHashMap<>();
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        Set<String> items = new LinkedHashSet<>(change.current().keySet());
        items.addAll(change.target().keySet());
        for (String item : items) {
            if (framework.item(item).isEmpty()) {
                errors.add(new InvalidInputException.FieldMessage(
                        item,
                        Text.of("academy.assessment.unknown-item", FrameworkCsvReader.shown(item), framework.code())));
                continue;
            }
            Integer current = level(framework, item, "current", change.current().get(item), errors);
            Integer target = level(framework, item, "target", change.target().get(item), errors);
            if (current != null || target != null) {
                levels.put(item, new Assessment.Levels(current, target));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        assessments.save(organisationId, framework.id(), year, actor.accountId(), clock.instant(), levels);
    }

    private static Integer level(
            Framework framework,
            String item,
            String which,
            String typed,
            List<InvalidInputException.FieldMessage> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        int level = framework.level(typed.strip().toLowerCase(java.util.Locale.ROOT));
        if (level < 0) {
            errors.add(new InvalidInputException.FieldMessage(
                    which + "[" + item + "]",
                    Text.of(
                            "academy.assessment.level",
                            item,
                            FrameworkCsvReader.shown(typed),
                            framework.code(),
                            String.join(", ", framework.levels()))));
            return null;
        }
        return level;
    }

    private boolean confirmed(Actor actor, long organisationId) {
        return actor.signedIn()
                && affiliations.ofAccount(actor.accountId()).stream()
                        .anyMatch(a -> a.organisationId() == organisationId && a.confirmed());
    }
}
