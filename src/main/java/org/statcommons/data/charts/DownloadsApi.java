package org.statcommons.data.charts;

import java.time.Clock;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.data.Dataset;
import org.statcommons.data.Datasets;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** A released dataset's download counts per release and day (docs/open-data.md "Download counts"). */
@RestController
class DownloadsApi {

    record DownloadsJson(long datasetId, List<DownloadPresenter.ReleaseDownloads> releases) {}

    private final Datasets datasets;
    private final DownloadPresenter presenter;
    private final Clock clock;

    DownloadsApi(Datasets datasets, DownloadPresenter presenter, Clock clock) {
        this.datasets = datasets;
        this.presenter = presenter;
        this.clock = clock;
    }

    @GetMapping("/api/v1/datasets/{id}/downloads")
    DownloadsJson downloads(@PathVariable long id) {
        Dataset dataset = datasets.byId(id)
                .filter(d -> d.publicAt(clock.instant()))
                .orElseThrow(() -> new NotFoundException(Text.of("data.none")));
        return new DownloadsJson(id, presenter.present(dataset));
    }
}
