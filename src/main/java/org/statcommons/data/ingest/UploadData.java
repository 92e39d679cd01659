package org.statcommons.data.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.statcommons.access.Actor;
import org.statcommons.platform.ByteSize;
import org.statcommons.platform.Text;
import org.statcommons.platform.TooLargeException;
import org.statcommons.platform.TooManyRequestsException;

/**
 * Takes a data file for a dataset's next release: checks what it is by its content, streams its rows into PostgreSQL
 * ({@link StagedRows}, by {@code COPY}) and guesses its structure for the publisher to confirm. At most
 * {@code statcommons.data.concurrent-uploads} run at once (others are told to come back), each refused past
 * {@code statcommons.data.upload-limit} bytes; nothing is kept of a refused file.
 */
@Service
public class UploadData {

    private static final int SAMPLE = 1000;

    private final DatasetReleases releases;
    private final FileSniffer sniffer;
    private final DelimiterDetector delimiters;
    private final CsvRowReader csv;
    private final XlsxRowReader xlsx;
    private final StagedRows staged;
    private final Uploads uploads;
    private final StructureGuesser guesser;
    private final Clock clock;
    private final long limit;
    private final Semaphore running;

    UploadData(
            DatasetReleases releases,
            FileSniffer sniffer,
            DelimiterDetector delimiters,
            CsvRowReader csv,
            XlsxRowReader xlsx,
            StagedRows staged,
            Uploads uploads,
            StructureGuesser guesser,
            Clock clock,
            @Value("${statcommons.data.upload-limit:2GB}") org.springframework.util.unit.DataSize limit,
            @Value("${statcommons.data.concurrent-uploads:2}") int concurrent) {
        this.releases = releases;
        this.sniffer = sniffer;
        this.delimiters = delimiters;
        this.csv = csv;
        this.xlsx = xlsx;
        this.staged = staged;
        this.uploads = uploads;
        this.guesser = guesser;
        this.clock = clock;
        this.limit = limit.toBytes();
        this.running = new Semaphore(Math.max(1, concurrent));
    }

    /** The upload's size limit in bytes. */
    public long limit() {
        return limit;
    }

    /**
     * Reads the file from {@code in} ({@code length} is what the client declared, -1 when unknown) and returns the
     * staged upload; its structure is the guess.
     */
    public Upload upload(Actor actor, long datasetId, String fileName, InputStream in, long length) {
        releases.draftToFill(datasetId, actor);
        if (length > limit) {
            throw tooLarge();
        }
        if (!running.tryAcquire()) {
            throw new TooManyRequestsException(Text.of("data-ingest.busy"), Duration.ofSeconds(30));
        }
        try {
            return read(actor, datasetId, fileName == null || fileName.isBlank() ? "data" : fileName.strip(), in);
        } finally {
            running.release();
        }
    }

    private Upload read(Actor actor, long datasetId, String fileName, InputStream raw) {
        Counted counted = new Counted(raw, limit);
        BufferedInputStream in = new BufferedInputStream(counted, FileSniffer.HEAD);
        try {
            in.mark(FileSniffer.HEAD);
            byte[] head = in.readNBytes(FileSniffer.HEAD);
            in.reset();
            FileKind kind = sniffer.kindOf(head, head.length, fileName);
            char delimiter = 0;
            if (kind != FileKind.XLSX) {
                int start = FileSniffer.hasBom(head, head.length) ? 3 : 0;
                delimiter =
                        delimiters.delimiterOf(new String(head, start, head.length - start, StandardCharsets.UTF_8));
                in.skipNBytes(start);
            }
            long id = uploads.begin(
                    datasetId,
                    fileName,
                    kind,
                    kind == FileKind.XLSX ? null : String.valueOf(delimiter),
                    actor.accountId(),
                    clock.instant());
            try {
                StagedRows.Staged result = kind == FileKind.XLSX ? stageWorkbook(id, in) : stageCsv(id, in, delimiter);
                List<Column> guess = guesser.guess(
                        result.header(), staged.sample(id, result.header().size(), SAMPLE));
                uploads.staged(id, result.header().size(), result.rows(), counted.count, guess);
                return uploads.ofDataset(datasetId, id).orElseThrow();
            } catch (RuntimeException e) {
                staged.drop(id);
                uploads.forget(id);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StagedRows.Staged stageCsv(long id, InputStream in, char delimiter) {
        return staged.stage(id, sink -> csv.read(in, delimiter, sink));
    }

    /** A workbook is a zip whose directory is at its end: it is spooled to a temporary file, then read as it lies. */
    private StagedRows.Staged stageWorkbook(long id, InputStream in) throws IOException {
        Path file = Files.createTempFile("statcommons-upload-", ".xlsx");
        try {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return staged.stage(id, sink -> xlsx.read(file, sink));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private TooLargeException tooLarge() {
        return new TooLargeException(Text.of("data-ingest.file.too-large", ByteSize.of(limit)), limit);
    }

    /** Counts what passes and refuses past the limit, whatever the client declared. */
    private final class Counted extends FilterInputStream {
        private final long max;
        private long count;

        Counted(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > max) {
                throw tooLarge();
            }
        }
    }
}
