package org.statcommons.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.StatCommonsApplication;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.support.Visitor;

/**
 * The server as an operator runs it: started on a data directory, stopped, started again. Data must survive,
 * and a second server on the same directory must refuse to start rather than share the database.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataDirectoryIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartAndASecondServerOnTheSameDirectoryRefusesToStart(CapturedOutput output) {
        try (ConfigurableApplicationContext first = start(dataDir)) {
            assertHealthy(first);
            assertThat(output.getOut())
                    .as("started on port 0, the console names the port bound")
                    .contains("StatCommons is ready at http://localhost:"
                            + first.getEnvironment().getProperty("local.server.port") + "/\n")
                    .contains("First run: open http://localhost:"
                            + first.getEnvironment().getProperty("local.server.port") + "/setup/");
            first.getBean(Outbox.class)
                    .enqueue(OutgoingMail.text("keeper@example.org", "Survives restarts", "Still here."));

            assertThatThrownBy(() -> start(dataDir).close()).hasRootCauseInstanceOf(DataDirectoryInUseException.class);
            assertThat(output.getOut() + output.getErr())
                    .contains("Another StatCommons server is already running on the data directory "
                            + dataDir.toRealPath())
                    .contains("Stop the other server first");
            assertHealthy(first);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }

        try (ConfigurableApplicationContext again = start(dataDir)) {
            assertHealthy(again);
            assertThat(again.getBean(JdbcClient.class)
                            .sql(
                                    "select count(*) from mail.outbox where recipient = 'keeper@example.org' and subject = 'Survives restarts'")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void aPostgresLeftRunningByAKilledServerIsStoppedAndItsDataKept() throws Exception {
        start(dataDir).close();
        // What a server killed with kill -9 leaves: its PostgreSQL still running on the cluster, every lock free.
        Path cluster = dataDir.resolve("postgres");
        int port = freePort();
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // PostgreSQL refuses root; the embedded server does the same
        }
        command.addAll(List.of(postgresBinary().toString(), "-D", cluster.toString(), "-p", String.valueOf(port)));
        Process leftover = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("leftover.log").toFile())
                .start();
        try {
            String url = "jdbc:postgresql://localhost:" + port + "/postgres";
            try (var connection = connectWithin(url, Duration.ofSeconds(30));
                    var statement = connection.createStatement()) {
                statement.execute("create table public.written_before_the_kill (id int)");
                statement.execute("insert into public.written_before_the_kill values (7)");
            }

            try (ConfigurableApplicationContext again = start(dataDir)) {
                assertHealthy(again);
                assertThat(leftover.isAlive())
                        .as("the leftover PostgreSQL was stopped")
                        .isFalse();
                assertThat(again.getBean(JdbcClient.class)
                                .sql("select id from public.written_before_the_kill")
                                .query(Integer.class)
                                .list())
                        .containsExactly(7);
            }
        } finally {
            leftover.destroyForcibly();
        }
    }

    private static Path postgresBinary() throws IOException {
        try (Stream<Path> files = Files.walk(binaries())) {
            return files.filter(file -> file.endsWith(Path.of("bin", "postgres")))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static Connection connectWithin(String url, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try {
                return DriverManager.getConnection(url, "postgres", "postgres");
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(100);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void lockIsReleasedWhenClosed() throws Exception {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir))
                .isInstanceOf(DataDirectoryInUseException.class)
                .hasMessageContaining(dataDir.toRealPath().toString());
        lock.close();
        DataDirectoryLock.acquire(dataDir).close();
    }

    private static Path binaries() {
        return Path.of(System.getProperty("java.io.tmpdir"), "statcommons-test", "pg-binaries");
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        Path binaries = binaries();
        return new SpringApplicationBuilder(StatCommonsApplication.class)
                .run(
                        "--statcommons.data-dir=" + dataDir,
                        "--statcommons.db.embedded-binaries-dir=" + binaries,
                        "--statcommons.db.embedded-fsync=false",
                        "--server.port=0");
    }

    private static void assertHealthy(ConfigurableApplicationContext context) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        var answer = new Visitor(port).getNoFollow("/actuator/health", "Accept", "application/json");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"status\":\"UP\"");
    }
}
