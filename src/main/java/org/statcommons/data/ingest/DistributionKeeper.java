package org.statcommons.data.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.data.ReleaseUnscheduled;
import org.statcommons.data.Releases;
import org.statcommons.platform.StatCommonsProperties;

/**
 * Keeps the whole-release distributions of fixed releases (released or scheduled: their data never changes) as files
 * in the data directory, {@code distributions/{release}-{upload}-{instant}/{name}}, and sends them as files: a stream
 * copy of known length, where making them from the store takes PostgreSQL's formatting of every row (docs/open-data.md
 * "Whole-release files"). Whoever sends has already asked whether the release is public (an embargoed release's file
 * exists but is reached by no channel before its time).
 * <p>
 * A file is written by one background thread, to a temporary name in its folder, then moved into place atomically:
 * a half-written file is never found. It is made after the release is fixed (its listeners, after commit) and, when
 * missing (lost, or the data directory cleaned), after the first request that did not find it, which streams from the
 * store meanwhile as a draft always does. The folder's name holds the stored upload and the release's instant, so a
 * release taken back and fixed again, or another database on the same directory, never meets a file of other data;
 * a release taken back loses its files.
 */
@Component
public class DistributionKeeper implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DistributionKeeper.class);

    private final Path root;
    private final Releases releases;
    private final Uploads uploads;
    private final ExecutorService worker;
    /** The files being written or queued, so that a burst of requests makes each once. */
    private final Set<Path> underWay = ConcurrentHashMap.newKeySet();

    DistributionKeeper(StatCommonsProperties properties, Releases releases, Uploads uploads) {
        this.root = properties.dataDir().resolve("distributions");
        this.releases = releases;
        this.uploads = uploads;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "distribution-writer");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    /**
     * Sends the distribution {@code name} of a release: its file when written ({@code length} told first), else what
     * {@code maker} writes from the store, while (for a fixed release) the file is made in the background.
     */
    public void send(long releaseId, String name, Consumer<OutputStream> maker, OutputStream out, LongConsumer length) {
        Optional<Path> file = file(releaseId, name);
        if (file.isPresent()) {
            try (InputStream in = Files.newInputStream(file.get())) {
                length.accept(Files.size(file.get()));
                in.transferTo(out);
                return;
            } catch (NoSuchFileException removed) {
                // taken away between the look and the read: made again below
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            maker.accept(out);
        } finally {
            // after the answer, which the writer would slow down; also when its reader went away
            keep(releaseId, name, maker);
        }
    }

    /** Makes the file of a fixed release in the background, unless it is there or under way; nothing for a draft. */
    public void keep(long releaseId, String name, Consumer<OutputStream> maker) {
        Optional<Path> folder = folder(releaseId);
        if (folder.isEmpty()) {
            return;
        }
        Path file = folder.get().resolve(name);
        if (Files.exists(file) || !underWay.add(file)) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    write(releaseId, file, maker);
                } catch (RuntimeException | IOException e) {
                    log.warn(
                            "The file {} of release {} could not be written; it is served from the store",
                            name,
                            releaseId,
                            e);
                } finally {
                    underWay.remove(file);
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            underWay.remove(file);
        }
    }

    /** The file when written, only for a release fixed now as when it was written. */
    public Optional<Path> file(long releaseId, String name) {
        return folder(releaseId).map(f -> f.resolve(name)).filter(Files::isRegularFile);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReleaseUnscheduled unscheduled) {
        try {
            removeFolders(unscheduled.releaseId(), null);
        } catch (IOException e) {
            log.warn("The files of release {} taken back could not be removed", unscheduled.releaseId(), e);
        }
    }

    private Optional<Path> folder(long releaseId) {
        return releases.byId(releaseId)
                .filter(r -> r.releasedAt() != null)
                .flatMap(r -> uploads.ofRelease(releaseId)
                        .map(u -> root.resolve(
                                releaseId + "-" + u.id() + "-" + r.releasedAt().toEpochMilli())));
    }

    private void write(long releaseId, Path file, Consumer<OutputStream> maker) throws IOException {
        Path folder = file.getParent();
        // another folder of this release holds files of data it no longer has (taken back, then fixed again)
        removeFolders(releaseId, folder);
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, file.getFileName().toString(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                maker.accept(out);
            }
            if (folder(releaseId).filter(folder::equals).isEmpty()) {
                return; // taken back while it was written
            }
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
            log.info("Wrote {} ({} bytes)", root.relativize(file), Files.size(file));
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Removes the folders of a release but {@code keep} (null: all of them). */
    private void removeFolders(long releaseId, Path keep) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, releaseId + "-*")) {
            for (Path folder : folders) {
                if (!folder.equals(keep)) {
                    delete(folder);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        // a file being written stays under its temporary name, which no request reads
        worker.shutdownNow();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
