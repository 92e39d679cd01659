package org.statcommons.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.statcommons.content.SpaceBundler;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.database.DatabaseAddress;
import org.statcommons.platform.database.EmbeddedPostgresServer;

/**
 * {@code statcommons backup DIR} and {@code statcommons restore BACKUP}: the application started for one job, listening on
 * no port, and stopped. {@code backup} is for a stopped server (a running one backs itself up: the schedule, or
 * "Back up now"); on an external database it may run beside running servers, since it reads one snapshot.
 * {@code restore} needs a data directory (and database) that holds nothing yet.
 */
public final class BackupCommand {

    private BackupCommand() {}

    /** Whether the arguments ask for a command rather than the server. */
    public static boolean asked(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command and returns the process's exit status: 0 done, 1 failed (told on standard error), 2 misused. */
    public static int run(Class<?> application, String[] args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        String[] rest =
                Arrays.stream(args).skip(1).filter(a -> !a.startsWith("--")).toArray(String[]::new);
        String[] settings =
                Arrays.stream(args).skip(1).filter(a -> a.startsWith("--")).toArray(String[]::new);
        if (rest.length != 1) {
            err.println("Usage: statcommons backup DIR   |   statcommons restore BACKUP_DIR");
            return 2;
        }
        try {
            if (args[0].equals("backup")) {
                try (ConfigurableApplicationContext context = start(application, settings)) {
                    Path written = context.getBean(BackUp.class).into(Path.of(rest[0]), BackupWriter.FILES);
                    out.println("Backed up into " + written);
                }
            } else {
                Path folder = Path.of(rest[0]).toAbsolutePath();
                Manifest manifest = BackupFolder.verified(folder);
                out.println("Every file of " + folder + " matches its checksum.");
                restoreDatabase(folder, manifest, settings);
                out.println(
                        "Restored " + manifest.tables().size() + " tables (schema " + manifest.schemaVersion() + ").");
                try (ConfigurableApplicationContext context = start(application, settings)) {
                    int repositories =
                            BackupRestorer.restoreRepositories(context.getBean(SpaceBundler.class), folder, manifest);
                    out.println("Restored " + repositories + " repositories. Start the server as usual.");
                }
            }
            return 0;
        } catch (RuntimeException e) {
            err.println(message(e));
            return 1;
        }
    }

    /** The database part of a restore, before the application starts (whose Flyway would take the schema further). */
    private static void restoreDatabase(Path folder, Manifest manifest, String[] settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(settings));
        ConfigurationPropertySources.attach(environment);
        StatCommonsProperties properties =
                Binder.get(environment).bindOrCreate("statcommons", Bindable.of(StatCommonsProperties.class));
        StatCommonsProperties.Db db = properties.db();
        if (db.external()) {
            new BackupRestorer()
                    .restoreDatabase(
                            new DatabaseAddress(db.url(), db.user(), db.password(), db.connectionTimeout()),
                            folder,
                            manifest);
            return;
        }
        Path dataDir = properties.dataDir().toAbsolutePath();
        for (String kept : new String[] {"postgres", "spaces"}) {
            if (notEmpty(dataDir.resolve(kept))) {
                throw new IllegalArgumentException("The data directory " + dataDir + " holds a server's data already ("
                        + kept + "/): restore into a new one (STATCOMMONS_DATA_DIR=… ./statcommons restore …), then"
                        + " put it in place of the old. Nothing was restored.");
            }
        }
        try (EmbeddedPostgresServer server =
                EmbeddedPostgresServer.start(dataDir, db.embeddedBinariesDir(), db.embeddedFsync())) {
            new BackupRestorer()
                    .restoreDatabase(
                            new DatabaseAddress(server.jdbcUrl(), "postgres", "", db.connectionTimeout()),
                            folder,
                            manifest);
        } catch (IOException e) {
            throw new IllegalStateException("The embedded PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }

    private static boolean notEmpty(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * The application listening on no port; the outbox, digests and other work of a running server may do a turn
     * while it runs, as they would at the server's next start.
     */
    private static ConfigurableApplicationContext start(Class<?> application, String[] settings) {
        // the web application without a port (server.port=-1): the handlers' checks at start need Spring MVC; every
        // bean made before the job, not lazily as the start script has the server make them (a bean that cannot be made
        // stops the job before it begins, not half-way through it)
        return new SpringApplication(application)
                .run(Stream.concat(
                                Stream.of(
                                        "--server.port=-1",
                                        "--spring.main.lazy-initialization=false",
                                        "--spring.modulith.events.republish-outstanding-events-on-restart=false"),
                                Arrays.stream(settings))
                        .toArray(String[]::new));
    }

    private static String message(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause != cause.getCause()) {
            if (cause instanceof IllegalArgumentException || cause instanceof BackupFailedException) {
                break;
            }
            cause = cause.getCause();
        }
        return cause.getMessage() != null ? cause.getMessage() : cause.toString();
    }
}
