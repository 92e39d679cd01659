package org.statcommons.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.StatCommonsApplication;
import org.statcommons.platform.database.DatabaseAddress;

/**
 * A StatCommons server as a process of its own, for the tests of faults that need one (a {@code kill -9}): a child
 * JVM on the test's own class path, on an external PostgreSQL, with Git in the database and
 * {@code statcommons.several-servers=true}, its own data directory, a free port, and a first administrator
 * ({@link #ADMIN_EMAIL}, {@link Fixtures#PASSWORD}) made on an empty database. Its output goes to a file under
 * {@code target/server-processes/}, which {@link #toString()} names, so that every failure message points at it.
 */
public final class ServerProcess implements AutoCloseable {

    public static final String ADMIN_EMAIL = "admin@example.org";

    private static final Pattern JDBC_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(.*)$");
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final String name;
    private final int port;
    private final Path output;
    private final Process process;

    private ServerProcess(String name, int port, Path output, Process process) {
        this.name = name;
        this.port = port;
        this.output = output;
        this.process = process;
    }

    /**
     * Starts a server on this database and waits until it is ready (its readiness probe answers 200).
     *
     * @param settings more {@code --name=value} settings, which win over the ones made here
     */
    public static ServerProcess start(String name, DatabaseAddress database, String... settings) {
        int port = freePort();
        try {
            Path dataDir = Files.createTempDirectory("statcommons-" + name);
            Path outputs = Files.createDirectories(Path.of("target", "server-processes"));
            Path output = outputs.resolve(name + "-" + System.currentTimeMillis() + ".log")
                    .toAbsolutePath();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    // as the test JVMs (pom.xml): the first JIT tier starts a large code base fastest
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-Xmx512m",
                    // the start script's context, built ahead of time by the build (process-aot), when the build made
                    // it: these servers then check that settings read at run time still choose the beans there
                    "-Dspring.aot.enabled=" + aheadOfTime(),
                    // and its lazy beans (platform.LazyStartConfiguration): what works between servers works so too
                    "-Dspring.main.lazy-initialization=true",
                    "-cp",
                    System.getProperty("java.class.path"),
                    StatCommonsApplication.class.getName(),
                    "--server.port=" + port,
                    "--statcommons.public-url=http://localhost:" + port,
                    "--statcommons.data-dir=" + dataDir,
                    "--statcommons.db.url=" + database.jdbcUrl(),
                    "--statcommons.db.user=" + database.user(),
                    "--statcommons.db.password=" + database.password(),
                    "--statcommons.content.storage=database",
                    "--statcommons.several-servers=true",
                    "--statcommons.bootstrap.admin-email=" + ADMIN_EMAIL,
                    "--statcommons.bootstrap.admin-password=" + Fixtures.PASSWORD,
                    // no relay: the outbox keeps its mail and retries, which these tests do not look at
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=9",
                    "--statcommons.moderation.new-account-age=PT0S",
                    "--statcommons.moderation.new-account-posts=0",
                    "--statcommons.moderation.posts-per-minute=100000",
                    "--statcommons.moderation.posts-per-hour=100000",
                    "--statcommons.moderation.saves-per-minute=100000",
                    "--statcommons.moderation.saves-per-hour=100000",
                    "--logging.level.root=WARN",
                    "--logging.level.org.statcommons=INFO"));
            command.addAll(List.of(settings));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            ServerProcess server = new ServerProcess(name, port, output, process);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start server " + name, e);
        }
    }

    private static boolean aheadOfTime() {
        return ServerProcess.class.getResource(
                        "/" + StatCommonsApplication.class.getName().replace('.', '/')
                                + "__ApplicationContextInitializer.class")
                != null;
    }

    private void awaitReady() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new AssertionError(
                        this + " stopped while starting (exit " + process.exitValue() + "):\n" + tail());
            }
            try {
                HttpResponse<Void> ready = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(200));
        }
        process.destroyForcibly();
        throw new AssertionError(this + " was not ready after " + STARTUP + ":\n" + tail());
    }

    public int port() {
        return port;
    }

    /** The server's output (standard output and error), for failure messages. */
    public Path output() {
        return output;
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** {@code kill -9}: the process ends at once, its sockets closed by the operating system, nothing tidied up. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError(this + " did not end after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A test's steps, which may throw. */
    @FunctionalInterface
    public interface Steps {
        void run() throws Exception;
    }

    /**
     * Runs the steps; a failure is thrown again with the files of these servers' output named, whichever assertion
     * failed.
     */
    public static void outputsNamedOnFailure(Steps steps, ServerProcess... servers) throws Exception {
        try {
            steps.run();
        } catch (AssertionError | Exception e) {
            StringBuilder outputs = new StringBuilder(String.valueOf(e.getMessage()));
            for (ServerProcess server : servers) {
                outputs.append("\n").append(server).append(":\n").append(server.tail());
            }
            throw new AssertionError(outputs.toString(), e);
        }
    }

    /** The last lines of the server's output. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(output unreadable: " + e + ")";
        }
    }

    /** Whether the server's output so far has this text. */
    public boolean said(String text) {
        try {
            return Files.readString(output, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server as an operator would (SIGTERM), and forcibly if it has not ended within 30 seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "server " + name + " (port " + port + ", output in " + output + ")";
    }

    /**
     * A new, empty database in the test's PostgreSQL (the cluster behind {@code cluster}), named from the prefix; where
     * servers started by a test share their tables without touching the test server's.
     */
    public static DatabaseAddress newDatabase(JdbcClient admin, DatabaseAddress cluster, String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
        admin.sql("create database " + name).update();
        Matcher address = JDBC_URL.matcher(cluster.jdbcUrl());
        if (!address.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL address: " + cluster.jdbcUrl());
        }
        return new DatabaseAddress(
                address.group(1) + name + address.group(3),
                cluster.user(),
                cluster.password(),
                cluster.connectionTimeout());
    }

    /** Drops a database made by {@link #newDatabase}, ending its connections. */
    public static void dropDatabase(JdbcClient admin, DatabaseAddress database) {
        if (database == null) {
            return;
        }
        Matcher address = JDBC_URL.matcher(database.jdbcUrl());
        if (address.matches()) {
            admin.sql("drop database if exists " + address.group(2) + " with (force)")
                    .update();
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A port nobody listens on now, on the loopback address. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
