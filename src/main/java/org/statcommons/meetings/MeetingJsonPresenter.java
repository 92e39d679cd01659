package org.statcommons.meetings;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the JSON the meetings API answers with: a meeting with its poll or occurrences, and a community's list. */
@Component
class MeetingJsonPresenter {

    private final MeetingPresenter presenter;

    MeetingJsonPresenter(MeetingPresenter presenter) {
        this.presenter = presenter;
    }

    record InviteeJson(long accountId, String name, String timeZone, boolean timeZoneAssumed, int tally) {}

    record LocalTimeJson(
            long accountId,
            String local,
            boolean outsideWorkingHours,
            boolean asleep,
            boolean weekend,
            String answer) {}

    record CandidateJson(
            long id,
            Instant start,
            int rank,
            boolean suggested,
            int asleep,
            int outsideWorkingHours,
            long weightedBurden,
            int yes,
            int ifNeedBe,
            int no,
            List<LocalTimeJson> invitees) {}

    record OccurrenceJson(Instant originalStart, Instant start, boolean moved, boolean skipped, List<Long> present) {}

    record MeetingJson(
            long id,
            String title,
            String kind,
            String status,
            String agenda,
            int durationMinutes,
            String onlineLink,
            String place,
            String organiser,
            String timeZone,
            boolean timeZoneAssumed,
            Instant start,
            String recurrence,
            int sequence,
            String agendaPage,
            String minutesPage,
            Long bodyId,
            List<InviteeJson> invitees,
            List<CandidateJson> candidates,
            Long suggestedCandidateId,
            List<OccurrenceJson> occurrences) {}

    record MeetingListJson(long id, String title, String kind, String status, Instant start, String recurrence) {}

    MeetingListJson listed(Meeting m) {
        return new MeetingListJson(
                m.id(), m.title(), m.kind().name(), m.status().name(), m.startsAt(), m.recurrence());
    }

    MeetingJson meeting(Meeting m) {
        MeetingView view = presenter.present(m);
        return new MeetingJson(
                m.id(),
                m.title(),
                m.kind().name(),
                m.status().name(),
                m.agenda(),
                m.durationMinutes(),
                m.onlineLink(),
                m.place(),
                view.organiserName(),
                m.timeZone(),
                m.zoneAssumed(),
                m.startsAt(),
                m.recurrence(),
                m.sequence(),
                m.agendaPage(),
                m.minutesPage(),
                m.bodyId(),
                view.invitees().stream()
                        .map(p -> new InviteeJson(
                                p.id(),
                                p.name(),
                                p.zone().getId(),
                                p.zoneAssumed(),
                                view.tallies().getOrDefault(p.id(), 0)))
                        .toList(),
                view.candidates().stream()
                        .map(c -> new CandidateJson(
                                c.id(),
                                c.start(),
                                c.rank(),
                                c.suggested(),
                                c.asleep(),
                                c.outside(),
                                c.burden(),
                                c.yes(),
                                c.ifNeedBe(),
                                c.no(),
                                c.invitees().stream()
                                        .map(t -> new LocalTimeJson(
                                                t.accountId(),
                                                t.local(),
                                                t.outside(),
                                                t.asleep(),
                                                t.weekend(),
                                                t.answer() == null
                                                        ? null
                                                        : t.answer().name()))
                                        .toList()))
                        .toList(),
                view.suggestedCandidateId() < 0 ? null : view.suggestedCandidateId(),
                view.occurrences().stream()
                        .map(o -> new OccurrenceJson(
                                o.originalStart(), o.start(), o.moved(), o.skipped(), List.copyOf(o.present())))
                        .toList());
    }
}
