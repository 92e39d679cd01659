package org.statcommons.progressreports;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.platform.TimePresenter;

/** Generating the progress report over JSON, for the secretariat's scripts: the same use case as the form. */
@RestController
class ProgressReportApi {

    /**
     * What generating did: {@code path} of the page in the space, {@code address} where to read it (the page, or the
     * proposal when the page was there already and {@code proposalId} is set); {@code unchanged} when the page held these
     * figures already and nothing was written.
     */
    record GeneratedJson(String path, String address, Long proposalId, boolean proposed, boolean unchanged) {}

    private final GenerateProgressReport generate;

    ProgressReportApi(GenerateProgressReport generate) {
        this.generate = generate;
    }

    @PostMapping("/api/v1/communities/{slug}/progress-reports")
    ResponseEntity<GeneratedJson> generate(
            @Permitted(Action.GENERATE_PROGRESS_REPORT) Community community,
            @RequestBody(required = false) ProgressReportForm body,
            Actor actor,
            TimePresenter times) {
        ProgressReportForm sent = body == null ? new ProgressReportForm(null, null, null) : body;
        GeneratedReport generated = generate.generate(actor, community, sent.command(), times);
        return ResponseEntity.created(URI.create(generated.address()))
                .body(new GeneratedJson(
                        generated.path(),
                        generated.address(),
                        generated.proposalId(),
                        generated.proposed(),
                        generated.unchanged()));
    }
}
