package org.statcommons.activity;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.platform.TimePresenter;

/** The activity stream over JSON, with the same rules as the screen. */
@RestController
class ActivityApi {

    record LineJson(
            long id,
            String kind,
            String kindLabel,
            String actor,
            String title,
            String excerpt,
            String link,
            String visibility,
            Instant at) {}

    /** @param older pass as {@code before} to read the next, older page; null on the last page */
    record StreamJson(List<LineJson> lines, Long older) {}

    private final ActivityPresenter presenter;

    ActivityApi(ActivityPresenter presenter) {
        this.presenter = presenter;
    }

    @GetMapping("/api/v1/communities/{slug}/activity")
    StreamJson activity(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            Actor actor,
            @RequestParam(name = "kind", required = false) List<String> kind,
            @RequestParam(required = false) Long before,
            TimePresenter times) {
        ActivityPresenter.StreamView shown = presenter.present(actor, community, KindFilter.parse(kind), before);
        return new StreamJson(
                shown.lines().stream()
                        .map(line -> new LineJson(
                                line.id(),
                                line.kind().name(),
                                line.kindLabel(),
                                line.shownActor(times),
                                line.shownTitle(times),
                                line.excerpt(),
                                line.link(),
                                line.visibility().name(),
                                line.at()))
                        .toList(),
                shown.older());
    }
}
