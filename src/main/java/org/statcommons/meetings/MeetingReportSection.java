package org.statcommons.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.platform.Text;
import org.statcommons.progressreports.ReportBlock;
import org.statcommons.progressreports.ReportCell;
import org.statcommons.progressreports.ReportPart;
import org.statcommons.progressreports.ReportRequest;
import org.statcommons.progressreports.ReportSection;

/** The meetings held in the period, for the annual progress report: how many, and each with its date and kind. */
@Component
class MeetingReportSection implements ReportSection {

    /** A report lists at most this many meetings by name; the count is of all. */
    static final int LISTED = 200;

    private final Meetings meetings;
    private final Clock clock;

    MeetingReportSection(Meetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public Optional<ReportPart> part(ReportRequest request) {
        Instant now = clock.instant();
        Instant until = request.period().untilAtMost(now);
        Meetings.HeldMeetings held =
                meetings.held(request.community().id(), request.period().from(), until, LISTED);
        List<List<ReportCell>> rows = new ArrayList<>();
        for (Meetings.Held m : held.first()) {
            rows.add(List.of(
                    ReportCell.day(m.startsAt()),
                    ReportCell.link(
                            m.title(),
                            MeetingAddress.meeting(request.community().slug(), m.id())),
                    ReportCell.words("meetings.kind." + m.kind()),
                    m.series() ? ReportCell.words("progressreports.yes") : ReportCell.typed("")));
        }
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Paragraph(Text.of("progressreports.meetings.count", held.count())));
        blocks.add(new ReportBlock.Table(
                List.of(
                        Text.of("progressreports.column.date"),
                        Text.of("progressreports.column.meeting"),
                        Text.of("progressreports.column.kind"),
                        Text.of("progressreports.column.series")),
                rows,
                null));
        if (held.count() > rows.size()) {
            blocks.add(new ReportBlock.Paragraph(Text.of("progressreports.more", held.count() - rows.size())));
        }
        // attendance is recorded per occurrence by the organiser: the rate is of the invitations of those occurrences
        Meetings.Attendance attendance =
                meetings.attendance(request.community().id(), request.period().from(), until);
        blocks.add(new ReportBlock.Paragraph(
                attendance.occurrences() == 0 || attendance.invited() == 0
                        ? Text.of("meetings.report.attendance-none")
                        : Text.of(
                                "meetings.report.attendance",
                                attendance.occurrences(),
                                attendance.present(),
                                attendance.invited(),
                                (double) attendance.present() / attendance.invited())));
        return Optional.of(new ReportPart(20, Text.of("progressreports.meetings.heading"), blocks));
    }
}
