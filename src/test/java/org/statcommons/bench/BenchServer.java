package org.statcommons.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.statcommons.StatCommonsApplication;

/**
 * The application as a benchmark starts it: on a fresh data directory and a free port, quiet, with the test
 * suite's PostgreSQL binaries. Settings are command-line arguments, which win over application.properties
 * (defaults given with {@code SpringApplicationBuilder.properties} lose to it: every benchmark took port 8080).
 * Closing it stops the application and deletes the data directory, so no run leaves its folders in /tmp.
 */
final class BenchServer implements AutoCloseable {

    private final ConfigurableApplicationContext app;
    private final Path dataDir;

    private BenchServer(ConfigurableApplicationContext app, Path dataDir) {
        this.app = app;
        this.dataDir = dataDir;
    }

    /**
     * Starts the application with the benchmark's own {@code settings} (each {@code name=value}), then the
     * command line it was given ({@code --name=value}, which can change any of them).
     */
    static BenchServer start(String name, String[] commandLine, String... settings) throws IOException {
        return start(Files.createTempDirectory("statcommons-bench-" + name), commandLine, settings);
    }

    /**
     * Stops the application, keeping its data directory, and starts it again there: a server stopped in the middle of
     * its work and started again. The settings are given again (this one is closed; use the one returned).
     */
    BenchServer restart(String[] commandLine, String... settings) {
        app.close();
        return start(dataDir, commandLine, settings);
    }

    private static BenchServer start(Path dataDir, String[] commandLine, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--statcommons.data-dir=" + dataDir,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--statcommons.db.embedded-binaries-dir=" + System.getProperty("java.io.tmpdir")
                        + "/statcommons-test/pg-binaries"));
        for (String setting : settings) {
            args.add("--" + setting);
        }
        args.addAll(List.of(commandLine));
        try {
            return new BenchServer(
                    new SpringApplicationBuilder(StatCommonsApplication.class).run(args.toArray(String[]::new)),
                    dataDir);
        } catch (RuntimeException failed) {
            delete(dataDir);
            throw failed;
        }
    }

    ConfigurableApplicationContext app() {
        return app;
    }

    Path dataDir() {
        return dataDir;
    }

    int port() {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @Override
    public void close() {
        try {
            app.close();
        } finally {
            delete(dataDir);
        }
    }

    /** Deletes a folder this benchmark made, with everything in it. */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
