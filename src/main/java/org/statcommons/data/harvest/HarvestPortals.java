package org.statcommons.data.harvest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Harvests the sources that are due: reads each portal over HTTP (outside any transaction: a slow source holds no
 * connection of the database), then, in one transaction, keeps what it read and removes what the source no longer has.
 * A source that fails keeps its datasets of the last good harvest, is reported (its last error, its next try) and is
 * tried again after {@link #RETRY_AFTER} (or its own interval, if shorter); one failing source never stops the others.
 */
@Service
class HarvestPortals {

    static final Duration RETRY_AFTER = Duration.ofMinutes(30);

    /** Sources harvested in one run of the job; the others wait for the next. */
    static final int PER_RUN = 20;

    private static final Logger log = LoggerFactory.getLogger(HarvestPortals.class);

    private final HarvestSources sources;
    private final HarvestedDatasets harvested;
    private final CkanPortalReader ckan;
    private final DcatPortalReader dcat;
    private final TransactionTemplate transaction;
    private final Clock clock;

    HarvestPortals(
            HarvestSources sources,
            HarvestedDatasets harvested,
            CkanPortalReader ckan,
            DcatPortalReader dcat,
            TransactionTemplate transaction,
            Clock clock) {
        this.sources = sources;
        this.harvested = harvested;
        this.ckan = ckan;
        this.dcat = dcat;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Harvests every source due now; how many were harvested (successfully or not). */
    int harvestDue() {
        List<HarvestSource> due = sources.due(clock.instant(), PER_RUN);
        due.forEach(this::harvest);
        return due.size();
    }

    void harvest(HarvestSource source) {
        Instant begun = clock.instant();
        PortalReading reading;
        try {
            reading = source.kind() == PortalKind.CKAN ? ckan.read(source.url()) : dcat.read(source.url());
        } catch (PortalFetcher.FetchException | RuntimeException e) {
            String error = e instanceof PortalFetcher.FetchException
                    ? e.getMessage()
                    : "cannot read the source: " + e.getClass().getSimpleName();
            log.info("Harvest of source {} ({}) failed: {}", source.id(), source.url(), error);
            Duration wait = Duration.ofMinutes(source.intervalMinutes()).compareTo(RETRY_AFTER) < 0
                    ? Duration.ofMinutes(source.intervalMinutes())
                    : RETRY_AFTER;
            sources.failed(source.id(), begun, PortalFetcher.clip(error), begun.plus(wait));
            return;
        }
        PortalReading read = reading;
        transaction.executeWithoutResult(status -> {
            // a dataset kept now is stamped after `begun`: those of earlier harvests not seen again are removed
            Instant at = clock.instant().plusNanos(1000);
            for (HarvestedDataset dataset : read.datasets()) {
                harvested.keep(source, dataset, at);
            }
            int removed = harvested.removeUnseen(source.id(), at);
            sources.succeeded(
                    source.id(), at, read.datasets().size(), at.plus(Duration.ofMinutes(source.intervalMinutes())));
            log.info(
                    "Harvested {} datasets of source {} ({} left out for their licence, {} removed)",
                    read.datasets().size(),
                    source.id(),
                    read.withoutOpenLicence(),
                    removed);
        });
    }
}
