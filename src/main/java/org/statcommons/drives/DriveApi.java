package org.statcommons.drives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/** Drives over JSON, for the secretariat: list, show (with the figures), applications, and decisions on them. */
@RestController
class DriveApi {

    /** A drive as the API shows it; {@code figures} only when one drive is asked for. */
    record DriveJson(
            long id,
            String title,
            String description,
            LocalDate startsOn,
            LocalDate endsOn,
            boolean open,
            Long sessionMeetingId,
            DriveFigures figures) {}

    record ApplicationJson(
            long id,
            String name,
            String email,
            String organisation,
            String organisationKind,
            String country,
            String motivation,
            String language,
            String status,
            Instant createdAt,
            Instant decidedAt) {}

    /** Decide these applications: {@code decision} is {@code APPROVE} or {@code DECLINE}. */
    record DecisionJson(List<Long> applications, String decision) {}

    record DecidedJson(int decided) {}

    private final Drives drives;
    private final Applications applications;
    private final DecideApplications decideApplications;
    private final DriveFiguresPresenter figures;
    private final Clock clock;

    DriveApi(
            Drives drives,
            Applications applications,
            DecideApplications decideApplications,
            DriveFiguresPresenter figures,
            Clock clock) {
        this.drives = drives;
        this.applications = applications;
        this.decideApplications = decideApplications;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/api/v1/communities/{slug}/drives")
    List<DriveJson> list(@Permitted(Action.MANAGE_DRIVES) Community community) {
        return drives.of(community.id()).stream().map(d -> json(d, null)).toList();
    }

    @GetMapping("/api/v1/communities/{slug}/drives/{id}")
    DriveJson show(@Permitted(Action.MANAGE_DRIVES) Community community, @PathVariable long id) {
        Drive drive = drives.inCommunity(community, id);
        return json(drive, figures.figures(drive));
    }

    @GetMapping("/api/v1/communities/{slug}/drives/{id}/applications")
    List<ApplicationJson> applications(@Permitted(Action.MANAGE_DRIVES) Community community, @PathVariable long id) {
        Drive drive = drives.inCommunity(community, id);
        return applications.of(drive.id()).stream()
                .map(a -> new ApplicationJson(
                        a.id(),
                        a.name(),
                        a.email(),
                        a.organisation(),
                        a.organisationKind().name(),
                        a.country(),
                        a.motivation(),
                        a.language().code(),
                        a.status().name(),
                        a.createdAt(),
                        a.decidedAt()))
                .toList();
    }

    @PostMapping("/api/v1/communities/{slug}/drives/{id}/decisions")
    DecidedJson decide(
            @Permitted(Action.MANAGE_DRIVES) Community community,
            @PathVariable long id,
            @RequestBody(required = false) DecisionJson body,
            Actor actor) {
        String decision = body == null || body.decision() == null ? "" : body.decision();
        if (!decision.equals("APPROVE") && !decision.equals("DECLINE")) {
            throw new InvalidInputException("decision", Text.of("drives.decide.choose"));
        }
        List<Long> ids = body.applications() == null ? List.of() : body.applications();
        return new DecidedJson(decideApplications.decide(actor, community, id, ids, decision.equals("APPROVE")));
    }

    private DriveJson json(Drive drive, DriveFigures figures) {
        return new DriveJson(
                drive.id(),
                drive.title(),
                drive.description(),
                drive.startsOn(),
                drive.endsOn(),
                drive.openOn(LocalDate.now(clock.withZone(ZoneOffset.UTC))),
                drive.sessionMeetingId(),
                figures);
    }
}
