package org.statcommons.meetings;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.insights.InsightFigure;
import org.statcommons.insights.InsightPart;
import org.statcommons.insights.InsightRequest;
import org.statcommons.insights.InsightSection;
import org.statcommons.platform.Text;

/**
 * Meetings for the activity figures: the scheduled meetings held in the period (a series once, as the progress report
 * counts them), the occurrences whose attendance the organisers recorded, and the attendance rate over those: the
 * people present out of the people invited.
 */
@Component
class MeetingInsightSection implements InsightSection {

    private final Meetings meetings;
    private final Clock clock;

    MeetingInsightSection(Meetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public Optional<InsightPart> part(InsightRequest request) {
        long community = request.community().id();
        Instant now = clock.instant();
        Instant until =
                request.period().until().isAfter(now) ? now : request.period().until();
        Instant from = request.period().from();
        long held =
                from.isBefore(until) ? meetings.held(community, from, until, 0).count() : 0;
        Meetings.Attendance attendance =
                meetings.attendance(community, from, request.period().until());
        return Optional.of(new InsightPart(
                40,
                "meetings",
                Text.of("insights.meetings.heading"),
                List.of(
                        InsightFigure.count("meetings-held", "insights.meetings.held", held),
                        InsightFigure.count(
                                "occurrences-recorded", "insights.meetings.recorded", attendance.occurrences()),
                        InsightFigure.count("present", "insights.meetings.present", attendance.present()),
                        InsightFigure.rate(
                                "attendance",
                                "insights.meetings.attendance",
                                attendance.present(),
                                attendance.invited())),
                List.of()));
    }
}
