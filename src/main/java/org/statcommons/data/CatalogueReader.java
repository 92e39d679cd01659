package org.statcommons.data;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Reads the catalogue (the page {@code /data} and the API's search), keeping the unfiltered catalogue's facet counts:
 * counting them scans every dataset out (most of the first page's time with 10,000 datasets), and they change only
 * when a dataset or a harvested portal changes (the number {@link Datasets#catalogueState} moves, in the changing
 * transaction, on every server alike) or when a scheduled release's time comes (which no row change marks: the counts
 * are kept only until the next such instant). A filtered query, narrower, is counted each time.
 */
@Component
public class CatalogueReader {

    /** Counts made at {@code at}, true while the version stays and until the next dataset comes out. */
    private record Kept(long version, Instant at, Instant until, CataloguePage.Counts counts) {

        boolean holdsAt(long current, Instant instant) {
            return version == current && !instant.isBefore(at) && (until == null || instant.isBefore(until));
        }
    }

    private final Datasets datasets;
    private final AtomicReference<Kept> kept = new AtomicReference<>();

    CatalogueReader(Datasets datasets) {
        this.datasets = datasets;
    }

    public CataloguePage read(CatalogueQuery query, Instant now) {
        if (!query.unfiltered()) {
            return datasets.catalogue(query, now);
        }
        // the state first: counts made after it are at least as new, so kept under it they are never too old
        Datasets.CatalogueState state = datasets.catalogueState(now);
        Kept last = kept.get();
        if (last != null && last.holdsAt(state.version(), now)) {
            return datasets.catalogue(query, now, last.counts());
        }
        CataloguePage.Counts counts = datasets.counts(query, now);
        kept.set(new Kept(state.version(), now, state.next(), counts));
        return datasets.catalogue(query, now, counts);
    }
}
