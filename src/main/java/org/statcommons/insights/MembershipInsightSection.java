package org.statcommons.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.community.MembershipChanges;
import org.statcommons.identity.Accounts;
import org.statcommons.identity.OrganisationKind;
import org.statcommons.platform.Text;

/**
 * Members over the period: at its start and end, who joined and who left, by month, and the members at its end and
 * those who joined by country and by organisation kind (of their profiles, as the progress report counts them).
 * {@code community} is below this feature, so this section is written here from its public {@link MembershipChanges}
 * and identity's counts, as {@code progressreports} does.
 */
@Component
class MembershipInsightSection implements InsightSection {

    private final MembershipChanges changes;
    private final Accounts accounts;

    MembershipInsightSection(MembershipChanges changes, Accounts accounts) {
        this.changes = changes;
        this.accounts = accounts;
    }

    @Override
    public Optional<InsightPart> part(InsightRequest request) {
        long community = request.community().id();
        InsightPeriod period = request.period();
        MembershipChanges.Period spells = changes.over(community, period.from(), period.until());
        List<Long> atStart = spells.membersAtStart();
        List<Long> atEnd = spells.membersAtEnd();
        List<Long> joined = spells.joined();
        List<Long> left = spells.left();

        Map<LocalDate, long[]> months = new HashMap<>();
        for (MembershipChanges.MonthCount m : spells.byMonth()) {
            months.put(m.month(), new long[] {m.joined(), m.left()});
        }
        List<InsightRow> byMonth = new ArrayList<>();
        for (LocalDate month : period.months()) {
            long[] c = months.getOrDefault(month, new long[2]);
            byMonth.add(InsightRow.of(InsightLabel.month(month), c[0], c[1]));
        }

        Map<OrganisationKind, long[]> byKind = new HashMap<>();
        Map<String, long[]> byCountry = new HashMap<>();
        count(atEnd, 0, byKind, byCountry);
        count(joined, 1, byKind, byCountry);
        List<InsightRow> kindRows = new ArrayList<>();
        byKind.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<OrganisationKind, long[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> kindRows.add(InsightRow.of(
                        new InsightLabel.Words(
                                e.getKey().name(),
                                Text.of("identity.organisation-kind."
                                        + e.getKey().name())),
                        e.getValue()[0],
                        e.getValue()[1])));
        List<InsightRow> countryRows = new ArrayList<>();
        byCountry.entrySet().stream()
                // "not given" last: it says nothing about the community's reach
                .sorted(Comparator.comparing(
                                (Map.Entry<String, long[]> e) -> e.getKey().isEmpty())
                        .thenComparing(e -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> countryRows.add(InsightRow.of(
                        new InsightLabel.Country(e.getKey().isEmpty() ? null : e.getKey()),
                        e.getValue()[0],
                        e.getValue()[1])));

        List<Text> endAndJoined = List.of(Text.of("insights.column.members-at-end"), Text.of("insights.column.joined"));
        return Optional.of(new InsightPart(
                10,
                "members",
                Text.of("insights.members.heading"),
                List.of(
                        InsightFigure.count("members-at-start", "insights.members.at-start", atStart.size()),
                        InsightFigure.count("members-at-end", "insights.members.at-end", atEnd.size()),
                        InsightFigure.count("joined", "insights.members.joined", joined.size()),
                        InsightFigure.count("left", "insights.members.left", left.size())),
                List.of(
                        new InsightTable(
                                "members-by-month",
                                Text.of("insights.members.by-month"),
                                Text.of("insights.column.month"),
                                List.of(Text.of("insights.column.joined"), Text.of("insights.column.left")),
                                byMonth,
                                true),
                        new InsightTable(
                                "members-by-country",
                                Text.of("insights.members.by-country"),
                                Text.of("insights.column.country"),
                                endAndJoined,
                                countryRows,
                                false),
                        new InsightTable(
                                "members-by-kind",
                                Text.of("insights.members.by-kind"),
                                Text.of("insights.column.kind"),
                                endAndJoined,
                                kindRows,
                                false))));
    }

    /** Adds the people's counts by kind and country to column {@code column}. */
    private void count(
            List<Long> people, int column, Map<OrganisationKind, long[]> byKind, Map<String, long[]> byCountry) {
        for (Accounts.KindAndCountry c : accounts.countByKindAndCountry(new HashSet<>(people))) {
            byKind.computeIfAbsent(c.kind(), k -> new long[2])[column] += c.people();
            byCountry.computeIfAbsent(c.country() == null ? "" : c.country(), k -> new long[2])[column] += c.people();
        }
    }
}
