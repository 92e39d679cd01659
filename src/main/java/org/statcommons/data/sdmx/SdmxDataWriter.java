package org.statcommons.data.sdmx;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.data.ReleaseFixed;
import org.statcommons.data.ingest.ReleasedData;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the observations a data request selects into the message writer of its format, as they are read from the
 * store: nothing is written before the first observation, so that a query without results is still answered
 * "no results found" (404); the first and last N observations of each series are kept while reading (the last N in
 * a window of N). The whole release as SDMX-CSV, when every code is an SDMX id already, goes straight from
 * PostgreSQL's {@code COPY}, and is kept as a file (made as soon as the release is fixed) sent as it is.
 */
@Component
class SdmxDataWriter {

    private final ReleasedData data;
    private final StructureFinder finder;
    private final Clock clock;
    private final JsonMapper json;

    SdmxDataWriter(ReleasedData data, StructureFinder finder, Clock clock, JsonMapper json) {
        this.data = data;
        this.finder = finder;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Writes the request's answer; {@code beforeFirstByte} is run once, just before anything is written, and
     * {@code length} is told the answer's length when it is known (a whole release's file).
     */
    void write(DataRequest request, OutputStream out, Runnable beforeFirstByte, LongConsumer length) {
        SdmxStructure structure = request.structure();
        if (request.format() == SdmxFormat.CSV && request.whole() && codesAreIds(structure)) {
            beforeFirstByte.run();
            data.sendCsv(
                    structure.released(), file(structure), header(structure), structure.flowReference(), out, length);
            return;
        }
        MessageWriter writer = switch (request.format()) {
            case GENERIC -> new GenericDataWriter(structure, request.allDimensions(), out, clock);
            case STRUCTURE_SPECIFIC -> new StructureSpecificDataWriter(structure, request.allDimensions(), out, clock);
            case CSV -> new SdmxCsvWriter(structure, out);
            case JSON -> new SdmxJsonWriter(structure, request.allDimensions(), out, clock, json);
            case STRUCTURE -> throw new IllegalArgumentException("not a data format");
        };
        Feed feed = new Feed(request, writer, beforeFirstByte);
        data.read(structure.released(), request.series(), request.from(), request.to(), feed::accept);
        if (!feed.started) {
            throw new NotFoundException(Text.of("data-sdmx.no-results.period"));
        }
        feed.endSeries();
        writer.end();
    }

    /** A fixed release's whole SDMX-CSV is made into its file at once, after the release's commit. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ReleaseFixed fixed) {
        data.fixed(fixed.datasetId(), fixed.releaseId())
                .map(released -> SdmxStructure.of(released, finder.agency()))
                .filter(this::codesAreIds)
                .ifPresent(s -> data.keepCsv(s.released(), file(s), header(s), s.flowReference()));
    }

    /** The file's name: its rows name the agency, which the settings may change. */
    private static String file(SdmxStructure structure) {
        return "sdmx-" + structure.agency().replaceAll("[^A-Za-z0-9_-]", "_") + ".csv";
    }

    private static byte[] header(SdmxStructure structure) {
        return (String.join(",", SdmxCsvWriter.header(structure)) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private boolean codesAreIds(SdmxStructure structure) {
        for (int i = 0; i < structure.dimensions().size(); i++) {
            for (String code : finder.codes(structure, i)) {
                if (!SdmxStructure.code(code).equals(code)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The state of one answer as observations arrive, by series and period. */
    private static final class Feed {
        private final DataRequest request;
        private final MessageWriter writer;
        private final Runnable beforeFirstByte;
        private final boolean bySeries;
        private final ArrayDeque<ReleasedData.Observation> last = new ArrayDeque<>();
        private boolean started;
        private List<String> storedKey;
        private List<String> key;
        private int count;

        Feed(DataRequest request, MessageWriter writer, Runnable beforeFirstByte) {
            this.request = request;
            this.writer = writer;
            this.beforeFirstByte = beforeFirstByte;
            // keys alone are written as series, whatever the observation level
            this.bySeries = !request.allDimensions() || !request.detail().observations();
        }

        void accept(ReleasedData.Observation o) {
            if (!started) {
                beforeFirstByte.run();
                writer.start();
                started = true;
            }
            if (!o.key().equals(storedKey)) {
                endSeries();
                storedKey = o.key();
                List<String> codes = new ArrayList<>(o.key().size());
                for (String code : o.key()) {
                    codes.add(SdmxStructure.code(code));
                }
                key = codes;
                count = 0;
                if (bySeries) {
                    writer.startSeries(key);
                }
            }
            if (!request.detail().observations()) {
                return;
            }
            count++;
            Integer first = request.firstObservations();
            Integer lastN = request.lastObservations();
            if (first == null && lastN == null) {
                emit(o);
            } else if (first != null && count <= first) {
                emit(o);
            } else if (lastN != null) {
                last.addLast(o);
                if (last.size() > lastN) {
                    last.removeFirst();
                }
            }
        }

        void endSeries() {
            if (storedKey == null) {
                return;
            }
            while (!last.isEmpty()) {
                emit(last.removeFirst());
            }
            if (bySeries) {
                writer.endSeries();
            }
            storedKey = null;
        }

        private void emit(ReleasedData.Observation o) {
            writer.observation(key, o.period(), o.value(), request.detail().attributes() ? o.attributes() : List.of());
        }
    }
}
