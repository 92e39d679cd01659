package org.statcommons.data.charts;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.data.Dataset;
import org.statcommons.data.DatasetSection;

/** The download counts on a dataset's page, once a release is out. */
@Component
@Order(20)
class DownloadSection implements DatasetSection {

    private final DownloadPresenter presenter;
    private final Clock clock;

    DownloadSection(DownloadPresenter presenter, Clock clock) {
        this.presenter = presenter;
        this.clock = clock;
    }

    @Override
    public Optional<Shown> show(
            Actor actor, Community community, Dataset dataset, Map<String, List<String>> parameters) {
        if (!dataset.publicAt(clock.instant())) {
            return Optional.empty();
        }
        List<DownloadPresenter.ReleaseDownloads> counts = presenter.present(dataset);
        return counts.isEmpty() ? Optional.empty() : Optional.of(new Shown("data/charts/downloads", counts));
    }
}
