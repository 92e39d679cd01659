package org.statcommons.data;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<DatasetPageSection> sections;
    private final Clock clock;

    DatasetPresenter(
            DatasetReader reader, DataTeamChecker team, ObjectProvider<DatasetPageSection> sections, Clock clock) {
        this.reader = reader;
        this.team = team;
        this.sections = sections;
        this.clock = clock;
    }

    DatasetView present(Actor actor, Community community, long id) {
        Dataset dataset = reader.visible(actor, community, id);
        Instant now = clock.instant();
        List<Release> releases = reader.releasesOf(actor, dataset);
        String page = dataset.metadata().methodologyPage();
        String link =
                page == null ? null : PageAddress.page(community.slug(), page.endsWith(".md") ? page : page + ".md");
        boolean mayRelease = team.may(actor, Action.RELEASE_DATASETS, community.id());
        return new DatasetView(
                dataset,
                releases.stream()
                        .map(r -> new DatasetView.ReleaseLine(r, r.state(now), r.releasedAt()))
                        .toList(),
                OpenDataChecklist.of(dataset.metadata(), releases),
                link,
                dataset.publicAt(now),
                team.may(actor, Action.EDIT_DATASETS, community.id()),
                mayRelease,
                mayRelease
                        ? releases.stream().filter(r -> r.releasedAt() == null).toList()
                        : List.of(),
                mayRelease
                        ? releases.stream()
                                .filter(r -> r.state(now) == ReleaseState.SCHEDULED)
                                .toList()
                        : List.of(),
                sections.orderedStream()
                        .flatMap(s -> s.of(actor, community, dataset).stream())
                        .toList());
    }
}
