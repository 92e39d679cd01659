package org.statcommons.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops an embedded PostgreSQL that a server killed without warning ({@code kill -9}, a crash, the out-of-memory
 * killer) left running on its cluster. PostgreSQL runs as a child process that outlives the JVM; without this the
 * next start waits ten seconds for a postmaster that refuses to start beside the old one and fails with
 * "Gave up waiting for server to start". Called only while holding the data directory's lock, so no live
 * StatCommons server is using that PostgreSQL.
 */
final class LeftoverPostgresStopper {

    private static final Logger log = LoggerFactory.getLogger(LeftoverPostgresStopper.class);

    private final Duration patience;

    LeftoverPostgresStopper(Duration patience) {
        this.patience = patience;
    }

    /** Stops the postmaster named by the cluster's {@code postmaster.pid}, if it is running on this cluster. */
    void stopLeftover(Path cluster) {
        Optional<ProcessHandle> leftover = postmaster(cluster);
        if (leftover.isEmpty()) {
            return;
        }
        ProcessHandle postmaster = leftover.get();
        log.warn(
                "A PostgreSQL (process {}) was still running on {}, left by a StatCommons server that stopped without"
                        + " closing it; stopping it before starting again",
                postmaster.pid(),
                cluster);
        // SIGTERM is PostgreSQL's "smart" shutdown: the dead server's sessions are already gone with its sockets,
        // so it stops at once and cleanly; SIGKILL only if it does not, and the start that follows then recovers
        // from the write-ahead log as after a power cut.
        postmaster.destroy();
        if (!exited(postmaster)) {
            log.warn("PostgreSQL (process {}) did not stop within {}; killing it", postmaster.pid(), patience);
            postmaster.destroyForcibly();
            if (!exited(postmaster)) {
                throw new IllegalStateException("A PostgreSQL left running on " + cluster + " (process "
                        + postmaster.pid() + ") could not be stopped; stop it, then start StatCommons again");
            }
        }
    }

    private boolean exited(ProcessHandle process) {
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping a leftover PostgreSQL", e);
        }
    }

    /**
     * The live process named in {@code postmaster.pid}, if it is a postgres started on this very cluster: a stale
     * file after a clean power cut names a process number that may since belong to anything else.
     */
    private static Optional<ProcessHandle> postmaster(Path cluster) {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        long pid;
        try {
            String firstLine = Files.readAllLines(pidFile, StandardCharsets.US_ASCII).stream()
                    .findFirst()
                    .orElse("")
                    .strip();
            pid = Long.parseLong(firstLine);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
        String clusterPath = cluster.toAbsolutePath().normalize().toString();
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .commandLine()
                        .filter(line -> line.contains("postgres") && line.contains(clusterPath))
                        .isPresent());
    }
}
