package org.statcommons.data.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.data.Dataset;
import org.statcommons.data.Datasets;
import org.statcommons.data.Release;
import org.statcommons.data.ReleaseDimensions;
import org.statcommons.data.Releases;

/**
 * The one public reading path of the data of released datasets, for the other parts of the feature (SDMX, Open SDG,
 * charts): a dataset's latest release that is out (past its embargo) with its data stored, the same release the data
 * API and the downloads read ({@link DatasetReleases#released}), its structure, its codes and its observations, read
 * from the same store. Drafts and scheduled releases do not exist here. What the store holds is what is published: a
 * suppressed cell is an observation without a value. Record-level releases (microdata) are not tables: they are not
 * here, and the channels of tables (SDMX, Open SDG, charts) say so ({@link #recordLevel}).
 */
@Component
public class ReleasedData implements ReleaseDimensions {

    /** The structure of a released dataset's latest release with data. */
    public record Structure(
            Dataset dataset,
            Release release,
            List<Column> dimensions,
            Column time,
            List<Column> measures,
            List<Column> attributes) {

        /** The place of an attribute by name (case ignored), or -1. */
        public int attribute(String name) {
            for (int i = 0; i < attributes.size(); i++) {
                if (attributes.get(i).name().equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return -1;
        }

        /** The unit of a measure's values: the one measure's, or the one named by a {@code MEASURE} code. */
        public String unit(String measure) {
            if (measures.size() == 1) {
                return measures.get(0).unit();
            }
            return measures.stream()
                    .filter(m -> m.name().equals(measure))
                    .map(Column::unit)
                    .findFirst()
                    .orElse("");
        }
    }

    /** One observation: its dimension codes, period, value (null when missing or suppressed) and attributes. */
    public record Observation(List<String> key, String period, Double value, List<String> attributes) {}

    private final Datasets datasets;
    private final DatasetReleases releases;
    private final Observations observations;
    private final Releases fixedReleases;
    private final DistributionKeeper keeper;
    private final Clock clock;

    ReleasedData(
            Datasets datasets,
            DatasetReleases releases,
            Observations observations,
            Releases fixedReleases,
            DistributionKeeper keeper,
            Clock clock) {
        this.datasets = datasets;
        this.releases = releases;
        this.observations = observations;
        this.fixedReleases = fixedReleases;
        this.keeper = keeper;
        this.clock = clock;
    }

    /** Every dataset out now whose latest readable release has data, with its structure, in the order of ids. */
    public List<Structure> all() {
        return datasets.released(clock.instant()).stream()
                .map(this::structure)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The structure of this dataset's latest release out with data; empty when there is none (or no such dataset). */
    public Optional<Structure> of(long datasetId) {
        return datasets.byId(datasetId).filter(d -> d.publicAt(clock.instant())).flatMap(this::structure);
    }

    /** A release's dimensions' names, for the site search: a scheduled one's too, whose structure is fixed. */
    @Override
    public List<String> names(long releaseId) {
        return observations.components(releaseId).stream()
                .filter(c -> c.role() == Role.DIMENSION)
                .map(Column::name)
                .toList();
    }

    /**
     * The structure of a release just fixed (released or scheduled), only to make its files ahead of its time: no
     * channel reads it through this. Empty for a draft, a release without data or record-level data.
     */
    public Optional<Structure> fixed(long datasetId, long releaseId) {
        Optional<Release> release =
                fixedReleases.byId(releaseId).filter(r -> r.datasetId() == datasetId && r.releasedAt() != null);
        return datasets.byId(datasetId).flatMap(d -> structure(d, release));
    }

    private Optional<Structure> structure(Dataset dataset) {
        return structure(dataset, releases.released(dataset.id()));
    }

    private Optional<Structure> structure(Dataset dataset, Optional<Release> release) {
        return release.filter(r -> observations.has(r.id()))
                .filter(r -> !Records.recordLevel(observations.components(r.id())))
                .map(r -> {
                    Observations.Layout layout = Observations.Layout.of(observations.components(r.id()));
                    return new Structure(
                            dataset, r, layout.dimensions(), layout.time(), layout.measures(), layout.attributes());
                });
    }

    /** Whether this dataset's latest release out with data is record-level data, which only downloads serve. */
    public boolean recordLevel(long datasetId) {
        return datasets.byId(datasetId)
                .filter(d -> d.publicAt(clock.instant()))
                .flatMap(d -> releases.released(d.id()))
                .filter(r -> observations.has(r.id()))
                .map(r -> Records.recordLevel(observations.components(r.id())))
                .orElse(false);
    }

    /** The codes of a dimension (1 first) that the release's observations have, in order. */
    public List<String> codes(Structure structure, int dimension) {
        return observations.codes(structure.release().id(), dimension);
    }

    /** The codes of a dimension (1 first) that the release's observations have, in order, at most {@code limit}. */
    public List<String> codes(Structure structure, int dimension, int limit) {
        return observations.codes(structure.release().id(), dimension, limit);
    }

    /** Which of these codes of a dimension (1 first) the release's observations have: one look. */
    public Set<String> known(Structure structure, int dimension, List<String> codes) {
        return observations.knownCodes(structure.release().id(), dimension, codes);
    }

    /** The series whose codes match, for each dimension given (1 first) one of its codes. */
    public List<Integer> series(Structure structure, Map<Integer, List<String>> codes) {
        return observations.series(structure.release().id(), codes);
    }

    /**
     * Hands the observations of these series (all when null) whose periods overlap the days {@code from}..{@code to}
     * (open when null) to the consumer, by series and period, streamed in batches.
     */
    @Transactional(readOnly = true)
    public void read(
            Structure structure, List<Integer> series, LocalDate from, LocalDate to, Consumer<Observation> consumer) {
        observations.read(
                structure.release().id(),
                series,
                from,
                to,
                o -> consumer.accept(new Observation(o.key(), o.period(), o.value(), o.attributes())));
    }

    /**
     * Writes the header line, then every observation as CSV rows straight from PostgreSQL: {@code firstField} (when not
     * null), the codes, the period, the value (empty when missing), the attributes. The release being fixed, this is
     * kept as the file {@code name} once made ({@link DistributionKeeper}): sent from it, with its {@code length}
     * told first, when it is there. No transaction: a file's copy holds no connection, and {@code COPY} takes its own.
     */
    public void sendCsv(
            Structure structure, String name, byte[] header, String firstField, OutputStream out, LongConsumer length) {
        long id = structure.release().id();
        keeper.send(id, name, o -> wholeCsv(id, header, firstField, o), out, length);
    }

    /** Makes the file {@code name} of {@link #sendCsv} in the background, for a release just fixed. */
    public void keepCsv(Structure structure, String name, byte[] header, String firstField) {
        long id = structure.release().id();
        keeper.keep(id, name, o -> wholeCsv(id, header, firstField, o));
    }

    private void wholeCsv(long releaseId, byte[] header, String firstField, OutputStream out) {
        try {
            out.write(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        observations.copyCsv(releaseId, Observations.Layout.of(observations.components(releaseId)), firstField, out);
    }

    /** A value as every download writes it: whole numbers without a decimal point. */
    public static String number(double value) {
        return DownloadWriter.number(value);
    }

    /** The first and last day of an SDMX period, or empty when it is not one. */
    public static Optional<LocalDate[]> days(String period) {
        return Periods.of(period).map(span -> new LocalDate[] {span.start(), span.end()});
    }
}
