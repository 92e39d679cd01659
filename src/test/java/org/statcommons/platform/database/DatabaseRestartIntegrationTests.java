package org.statcommons.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.statcommons.support.Fixtures;
import org.statcommons.support.PageWriters;
import org.statcommons.support.ServerProcess;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A server's PostgreSQL stopped for a few seconds and started again while clients save pages and comment (issue 15).
 * While it is down, every request is answered within the pool's time limit with 503 and a clear message (a page, or a
 * problem under {@code /api/}), never a stack trace or a hang; once it is back the same server process serves again
 * without a restart, its pools and the connection that hears the other servers connected anew; and every save and
 * comment it acknowledged is there. The server ({@link ServerProcess}) runs on a PostgreSQL of this test's own, on a
 * fixed port and data directory so that it can be stopped and started again; the shared test cluster is not touched.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRestartIntegrationTests {

    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);
    private static final int CLIENTS = 3;

    Path cluster;
    int databasePort;
    EmbeddedPostgres postgres;
    ServerProcess server;

    @BeforeAll
    void startDatabaseAndServer() throws IOException {
        cluster = Files.createTempDirectory("statcommons-restarted-postgres");
        databasePort = ServerProcess.freePort();
        postgres = startPostgres();
        server = ServerProcess.start(
                "database-restart",
                new DatabaseAddress(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", CONNECTION_TIMEOUT),
                "--statcommons.db.connection-timeout=" + CONNECTION_TIMEOUT);
    }

    @AfterAll
    void stopBoth() throws IOException {
        if (server != null) {
            server.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    /** The test's own PostgreSQL, on the same port and data directory each time. */
    private EmbeddedPostgres startPostgres() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setPort(databasePort)
                .setOverrideWorkingDirectory(
                        Path.of(System.getProperty("java.io.tmpdir"), "statcommons-test", "pg-binaries")
                                .toFile())
                // no fsync for speed; commits stay synchronous, so an answered save is in the log a clean stop keeps
                .setServerConfig("fsync", "off")
                .setServerConfig("listen_addresses", "localhost")
                .start();
    }

    @Test
    void theServerSaysTheDatabaseIsUnreachableAndServesAgainOnceItIsBack() throws Exception {
        ServerProcess.outputsNamedOnFailure(this::restartPostgresWhileClientsSave, server);
    }

    private void restartPostgresWhileClientsSave() throws Exception {
        PageWriters.Community community = PageWriters.community(server);
        Visitor admin = new Visitor(server.port());
        admin.submitNoFollow(
                "/sign-in",
                "/sign-in",
                Visitor.fields("email", ServerProcess.ADMIN_EMAIL, "password", Fixtures.PASSWORD));
        String space = "/c/" + community.slug() + "/space";
        assertThat(admin.get(space).status()).isEqualTo(200);
        Visitor api = community.api(server);
        String pages = "/api/v1/communities/" + community.slug() + "/pages";

        PageWriters writers = new PageWriters(community.slug());
        for (int client = 1; client <= CLIENTS; client++) {
            writers.start(server.port(), community.writeToken(), "load/client-" + client);
        }
        assertThat(PageWriters.within(Duration.ofSeconds(20), () -> writers.saved.size() >= 15))
                .as("saves acknowledged by %s", server)
                .isTrue();

        postgres.close();
        long stoppedAt = System.nanoTime();
        // while it is down: a problem under /api/, a page elsewhere, each within the pool's time limit
        long start = System.nanoTime();
        Page problem = api.api("GET", pages, null);
        long problemMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(problem.status()).as("%s: %s", server, problem.body()).isEqualTo(503);
        assertThat(problem.contentType()).startsWith("application/problem+json");
        assertThat(problem.body()).contains("The database is unreachable").doesNotContain("Exception");
        assertThat(problem.header("Retry-After")).isEqualTo("5");
        start = System.nanoTime();
        Page page = admin.getNoFollow(space);
        long pageMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(page.status()).as("%s: %s", server, page.body()).isEqualTo(503);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("The database is unreachable", "nothing was read or saved");
        Page french = admin.getNoFollow(space + "?lang=fr");
        assertThat(french.status()).isEqualTo(503);
        assertThat(french.text()).contains("La base de données est injoignable");
        assertThat(new Visitor(server.port())
                        .getNoFollow("/actuator/health/readiness")
                        .status())
                .as("a balancer's readiness probe while the database is down: it is shared, so leaving helps no one")
                .isEqualTo(200);
        assertThat(List.of(problemMillis, pageMillis))
                .as("answer times while the database is down (ms), pool time limit %s", CONNECTION_TIMEOUT)
                .allSatisfy(millis -> assertThat(millis).isLessThan(CONNECTION_TIMEOUT.toMillis() + 3_000));
        assertThat(PageWriters.within(Duration.ofSeconds(10), () -> writers.refused.size() >= CLIENTS))
                .as("the clients' saves refused while the database is down")
                .isTrue();

        postgres = startPostgres();
        long restartedAt = System.nanoTime();
        assertThat(PageWriters.within(
                        Duration.ofSeconds(30),
                        () -> writers.saved.stream()
                                        .filter(save -> save.atNanos() > restartedAt)
                                        .count()
                                >= CLIENTS))
                .as("saves acknowledged after PostgreSQL started again (%s)", server)
                .isTrue();
        long servingAgainMillis = (writers.saved.stream()
                                .filter(save -> save.atNanos() > restartedAt)
                                .mapToLong(PageWriters.Saved::atNanos)
                                .min()
                                .orElseThrow()
                        - restartedAt)
                / 1_000_000;
        assertThat(admin.get(space).status())
                .as("the space, signed in as before")
                .isEqualTo(200);
        assertThat(PageWriters.within(Duration.ofSeconds(10), this::listening))
                .as("%s listening to the other servers again", server)
                .isTrue();
        writers.stop();

        assertThat(writers.lost).as("connections the server dropped").isEmpty();
        // a save whose branch moved just before the database went away is there though it was answered 503: the
        // client's next save from the text it had is then a conflict, as between two people, and nothing is lost
        assertThat(writers.refused.stream().filter(refused -> refused.status() == 409))
                .as("conflicts after a save answered 503 that had moved its branch")
                .allSatisfy(conflict -> assertThat(conflict.body()).contains("CONFLICT"));
        List<PageWriters.Refused> duringOutage = writers.refused.stream()
                .filter(refused -> refused.atNanos() > stoppedAt && refused.atNanos() < restartedAt)
                .toList();
        assertThat(writers.refused.stream().filter(refused -> refused.status() != 409))
                .as("every refusal is the outage's 503 problem, answered within the pool's time limit")
                .allSatisfy(refused -> {
                    assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
                    assertThat(refused.contentType()).as(refused.toString()).startsWith("application/problem+json");
                    assertThat(refused.millis())
                            .as(refused.toString())
                            .isLessThan(CONNECTION_TIMEOUT.toMillis() + 3_000);
                });
        writers.allThere(server, community);
        System.out.printf(
                "Database restart: %d saves and %d comments acknowledged, none lost; %d refused with 503 while it was"
                        + " down (slowest %d ms); serving again %d ms after PostgreSQL started%n",
                writers.saved.size(),
                writers.commented.size(),
                duringOutage.size(),
                writers.refused.stream()
                        .mapToLong(PageWriters.Refused::millis)
                        .max()
                        .orElse(0),
                servingAgainMillis);
    }

    /** Whether the server's connection for other servers' notifications is listening again. */
    private boolean listening() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet listening = statement.executeQuery(
                        "select count(*) from pg_stat_activity where query = 'LISTEN statcommons_changes'")) {
            listening.next();
            return listening.getInt(1) == 1;
        } catch (SQLException e) {
            return false;
        }
    }
}
