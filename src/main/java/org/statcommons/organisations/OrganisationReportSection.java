package org.statcommons.organisations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.statcommons.platform.Text;
import org.statcommons.progressreports.ReportBlock;
import org.statcommons.progressreports.ReportCell;
import org.statcommons.progressreports.ReportPart;
import org.statcommons.progressreports.ReportRequest;
import org.statcommons.progressreports.ReportSection;

/**
 * The progress report's member organisations: how many the community had at the period's end and how many joined in
 * it, by kind of organisation and by country, counted by the database. Left out when the community has none.
 */
@Component
class OrganisationReportSection implements ReportSection {

    private final MemberOrganisations members;
    private final Clock clock;

    OrganisationReportSection(MemberOrganisations members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    @Override
    public Optional<ReportPart> part(ReportRequest request) {
        Instant until = request.period().untilAtMost(clock.instant());
        long communityId = request.community().id();
        List<MemberOrganisations.Group> byKind =
                members.grouped(communityId, request.period().from(), until, true);
        if (byKind.isEmpty()) {
            return Optional.empty();
        }
        List<MemberOrganisations.Group> byCountry =
                members.grouped(communityId, request.period().from(), until, false);
        long atEnd = byKind.stream().mapToLong(MemberOrganisations.Group::atEnd).sum();
        long added = byKind.stream().mapToLong(MemberOrganisations.Group::added).sum();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Paragraph(Text.of("organisations.report.count", atEnd, added)));
        blocks.add(table(
                Text.of("organisations.report.column.kind"),
                byKind,
                key -> ReportCell.words("identity.organisation-kind." + key)));
        blocks.add(table(
                Text.of("organisations.report.column.country"),
                byCountry,
                key -> ReportCell.country(key.isEmpty() ? null : key)));
        return Optional.of(new ReportPart(12, Text.of("organisations.report.heading"), blocks));
    }

    /** A table of groups: what they are (a kind, a country), how many at the end, how many joined. */
    private static ReportBlock table(
            Text first, List<MemberOrganisations.Group> groups, Function<String, ReportCell> named) {
        return new ReportBlock.Table(
                List.of(
                        first,
                        Text.of("organisations.report.column.at-end"),
                        Text.of("organisations.report.column.added")),
                groups.stream()
                        .map(g -> List.of(
                                named.apply(g.key()), ReportCell.number(g.atEnd()), ReportCell.number(g.added())))
                        .toList(),
                null);
    }
}
