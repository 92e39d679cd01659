package org.statcommons.academy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.organisations.Affiliations;
import org.statcommons.organisations.Organisation;
import org.statcommons.organisations.Organisations;

/** Builds the self-assessment screens and JSON: the form's rows by phase, and a person's organisations. */
@Component
class AssessmentPresenter {

    /** One item's row: its levels by name ("" when not assessed). */
    record Row(Framework.Item item, String current, String target) {}

    /** A phase or area and its rows. */
    record Group(Framework.Item phase, List<Row> rows) {}

    /**
     * The form of a year: the year's assessment, or when there is none yet the latest earlier one to start from
     * ({@code from} its year, null when the rows are the year's own or empty).
     */
    record AssessmentView(
            Organisation organisation,
            Framework framework,
            int year,
            Integer from,
            List<Group> groups,
            List<Assessments.Held> held) {}

    /** An organisation the person belongs to (confirmed) and its assessments. */
    record Yours(Organisation organisation, List<Assessments.Held> held) {}

    private final Assessments assessments;
    private final Affiliations affiliations;
    private final Organisations organisations;

    AssessmentPresenter(Assessments assessments, Affiliations affiliations, Organisations organisations) {
        this.assessments = assessments;
        this.affiliations = affiliations;
        this.organisations = organisations;
    }

    AssessmentView view(AssessCapabilities.Subject subject) {
        Framework framework = subject.framework();
        long organisationId = subject.organisation().id();
        Optional<Assessment> own = assessments.find(organisationId, framework.id(), subject.year());
        Integer from = null;
        Assessment shown = own.orElse(null);
        if (shown == null) {
            for (int year = subject.year() - 1; year >= AssessCapabilities.FIRST_YEAR && shown == null; year--) {
                if (year < subject.year() - 10) {
                    break;
                }
                shown = assessments.find(organisationId, framework.id(), year).orElse(null);
                from = shown == null ? null : year;
            }
        }
        Map<String, Assessment.Levels> levels = shown == null ? Map.of() : shown.levels();
        List<Group> groups = new ArrayList<>();
        List<Framework.Item> leaves = framework.leaves();
        framework.grouped().forEach((phase, items) -> {
            List<Row> rows = new ArrayList<>();
            for (Framework.Item item : items.isEmpty() ? List.of(phase) : items) {
                if (!leaves.contains(item)) {
                    continue;
                }
                Assessment.Levels l = levels.get(item.code());
                rows.add(new Row(
                        item,
                        name(framework, l == null ? null : l.current()),
                        name(framework, l == null ? null : l.target())));
            }
            groups.add(new Group(phase, rows));
        });
        return new AssessmentView(
                subject.organisation(),
                framework,
                subject.year(),
                from,
                groups,
                assessments.ofOrganisation(organisationId));
    }

    List<Yours> yours(Actor actor) {
        if (!actor.signedIn()) {
            return List.of();
        }
        List<Long> ids = affiliations.ofAccount(actor.accountId()).stream()
                .filter(org.statcommons.organisations.Affiliation::confirmed)
                .map(org.statcommons.organisations.Affiliation::organisationId)
                .toList();
        return organisations.byIds(ids).stream()
                .map(o -> new Yours(o, assessments.ofOrganisation(o.id())))
                .toList();
    }

    private static String name(Framework framework, Integer level) {
        return level == null || level >= framework.levels().size()
                ? ""
                : framework.levels().get(level);
    }
}
