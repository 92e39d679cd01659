package org.statcommons.data;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;

/** Builds a dataset's page from what its reader may see of it. */
@Component
class DatasetPresenter {

    private final DatasetReader reader;
    private final DataTeamChecker team;
    private final Datasets datasets;
    private final Clock clock;
    private final List<DatasetSection> sections;

    DatasetPresenter(
            DatasetReader reader, DataTeamChecker team, Datasets datasets, Clock clock, List<DatasetSection> sections) {
        this.reader = reader;
        this.team = team;
        this.datasets = datasets;
        this.clock = clock;
        this.sections = sections;
    }

    DatasetView present(Actor actor, Community community, long id, Map<String, List<String>> parameters) {
        Dataset dataset = reader.visible(actor, community, id);
        Instant now = clock.instant();
        List<Release> releases = reader.releasesOf(actor, dataset);
        String page = dataset.metadata().methodologyPage();
        String link =
                page == null ? null : PageAddress.page(community.slug(), page.endsWith(".md") ? page : page + ".md");
        // a harvested copy is read-only here: the next harvest would overwrite what was changed
        CataloguePage.Origin origin = datasets.origin(id).orElse(null);
        boolean mayRelease = origin == null && team.may(actor, Action.RELEASE_DATASETS, community.id());
        return new DatasetView(
                dataset,
                releases.stream()
                        .map(r -> new DatasetView.ReleaseLine(r, r.state(now), r.releasedAt()))
                        .toList(),
                OpenDataChecklist.of(dataset.metadata(), releases),
                link,
                dataset.publicAt(now),
                origin == null && team.may(actor, Action.EDIT_DATASETS, community.id()),
                mayRelease,
                mayRelease
                        ? releases.stream().filter(r -> r.releasedAt() == null).toList()
                        : List.of(),
                mayRelease
                        ? releases.stream()
                                .filter(r -> r.state(now) == ReleaseState.SCHEDULED)
                                .toList()
                        : List.of(),
                sections.stream()
                        .flatMap(s -> s.show(actor, community, dataset, parameters).stream())
                        .toList(),
                origin);
    }
}
