package org.statcommons.data.charts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.data.Dataset;
import org.statcommons.data.Release;
import org.statcommons.data.Releases;
import org.statcommons.data.ingest.DownloadCounter;

/**
 * A dataset's download counts for its page and the API: per release that is out, its total and its days (latest
 * first, at most {@link #DAYS} of them), by route. Only releases that are out have counts (a draft's downloads by its
 * editors are not counted).
 */
@Component
class DownloadPresenter {

    /** The most days listed per release. */
    static final int DAYS = 31;

    /** A release's downloads. */
    record ReleaseDownloads(long releaseId, int number, long total, List<DayDownloads> days) {}

    /** One day's downloads of a release by route. */
    record DayDownloads(LocalDate day, long csv, long json, long xlsx, long api, long total) {}

    private final Releases releases;
    private final DownloadCounter counter;
    private final Clock clock;

    DownloadPresenter(Releases releases, DownloadCounter counter, Clock clock) {
        this.releases = releases;
        this.counter = counter;
        this.clock = clock;
    }

    /** The counts of the dataset's releases that are out, newest first; empty when none is out. */
    List<ReleaseDownloads> present(Dataset dataset) {
        Instant now = clock.instant();
        List<Release> out =
                releases.of(dataset.id()).stream().filter(r -> r.publicAt(now)).toList();
        List<DownloadCounter.Day> days =
                counter.of(out.stream().map(Release::id).toList());
        return out.stream()
                .map(r -> {
                    List<DownloadCounter.Day> ofRelease =
                            days.stream().filter(d -> d.releaseId() == r.id()).toList();
                    return new ReleaseDownloads(
                            r.id(),
                            r.number(),
                            ofRelease.stream()
                                    .mapToLong(DownloadCounter.Day::total)
                                    .sum(),
                            ofRelease.stream()
                                    .limit(DAYS)
                                    .map(d -> new DayDownloads(
                                            d.day(),
                                            d.of(DownloadCounter.Route.CSV),
                                            d.of(DownloadCounter.Route.JSON),
                                            d.of(DownloadCounter.Route.XLSX),
                                            d.of(DownloadCounter.Route.API),
                                            d.total()))
                                    .toList());
                })
                .toList();
    }
}
