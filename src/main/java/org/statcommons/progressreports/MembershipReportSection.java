package org.statcommons.progressreports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.statcommons.community.MembershipChanges;
import org.statcommons.identity.Accounts;
import org.statcommons.identity.OrganisationKind;
import org.statcommons.platform.Text;

/**
 * Membership growth over the period: the members at its start and end, who joined and who left, by organisation kind
 * and by country (of the people's profiles). {@code community} is below this feature (the report needs it to know the
 * community at all), so this section is written here from its public {@link MembershipChanges} and identity's counts,
 * instead of by {@code community} implementing {@link ReportSection}, which would be a cycle.
 */
@Component
class MembershipReportSection implements ReportSection {

    private final MembershipChanges changes;
    private final Accounts accounts;

    MembershipReportSection(MembershipChanges changes, Accounts accounts) {
        this.changes = changes;
        this.accounts = accounts;
    }

    /** One group's figures: members at the start and end, joined in the period. */
    private record Figures(long start, long end, long joined) {
        Figures plus(Figures other) {
            return new Figures(start + other.start, end + other.end, joined + other.joined);
        }
    }

    @Override
    public Optional<ReportPart> part(ReportRequest request) {
        long community = request.community().id();
        ReportPeriod period = request.period();
        MembershipChanges.Period spells = changes.over(community, period.from(), period.until());
        List<Long> atStart = spells.membersAtStart();
        List<Long> atEnd = spells.membersAtEnd();
        List<Long> joined = spells.joined();
        List<Long> left = spells.left();
        Map<OrganisationKind, Figures> byKind = new HashMap<>();
        Map<String, Figures> byCountry = new HashMap<>();
        count(atStart, byKind, byCountry, c -> new Figures(c, 0, 0));
        count(atEnd, byKind, byCountry, c -> new Figures(0, c, 0));
        count(joined, byKind, byCountry, c -> new Figures(0, 0, c));

        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Paragraph(Text.of(
                "progressreports.members.summary",
                atStart.size(),
                atEnd.size(),
                joined.size(),
                left.size(),
                (long) atEnd.size() - atStart.size())));
        blocks.add(new ReportBlock.Subheading(Text.of("progressreports.members.by-kind")));
        List<List<ReportCell>> kindRows = new ArrayList<>();
        byKind.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<OrganisationKind, Figures> e) ->
                                -e.getValue().end())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> kindRows.add(row(
                        ReportCell.words(
                                "identity.organisation-kind." + e.getKey().name()),
                        e.getValue())));
        blocks.add(new ReportBlock.Table(
                columns("progressreports.column.kind"), kindRows, Text.of("progressreports.members.none")));
        blocks.add(new ReportBlock.Subheading(Text.of("progressreports.members.by-country")));
        List<List<ReportCell>> countryRows = new ArrayList<>();
        byCountry.entrySet().stream()
                // "not given" last: it says nothing about the community's reach
                .sorted(Comparator.comparing(
                                (Map.Entry<String, Figures> e) -> e.getKey().isEmpty())
                        .thenComparing(e -> -e.getValue().end())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> countryRows.add(
                        row(ReportCell.country(e.getKey().isEmpty() ? null : e.getKey()), e.getValue())));
        blocks.add(new ReportBlock.Table(
                columns("progressreports.column.country"), countryRows, Text.of("progressreports.members.none")));
        return Optional.of(new ReportPart(10, Text.of("progressreports.members.heading"), blocks));
    }

    private void count(
            List<Long> people,
            Map<OrganisationKind, Figures> byKind,
            Map<String, Figures> byCountry,
            Function<Long, Figures> figures) {
        Set<Long> distinct = new HashSet<>(people);
        for (Accounts.KindAndCountry c : accounts.countByKindAndCountry(distinct)) {
            Figures f = figures.apply(c.people());
            byKind.merge(c.kind(), f, Figures::plus);
            byCountry.merge(c.country() == null ? "" : c.country(), f, Figures::plus);
        }
    }

    private static List<Text> columns(String first) {
        return List.of(
                Text.of(first),
                Text.of("progressreports.column.at-start"),
                Text.of("progressreports.column.at-end"),
                Text.of("progressreports.column.joined"));
    }

    private static List<ReportCell> row(ReportCell first, Figures f) {
        return List.of(first, ReportCell.number(f.start()), ReportCell.number(f.end()), ReportCell.number(f.joined()));
    }
}
