package org.statcommons.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
            first.getBean(Outbox.class)
                    .enqueue(OutgoingMail.text("keeper@example.org", "Survives restarts", "Still here."));

            assertThatThrownBy(() -> start(dataDir).close()).hasRootCauseInstanceOf(DataDirectoryInUseException.class);
            assertThat(output.getOut() + output.getErr())
                    .contains("Another StatCommons server is already running on the data directory "
                            + dataDir.toRealPath())
                    .contains("Stop the other server first");
            assertHealthy(first);
        } catch (java.io.IOException e) {
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
    void lockIsReleasedWhenClosed() throws Exception {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir))
                .isInstanceOf(DataDirectoryInUseException.class)
                .hasMessageContaining(dataDir.toRealPath().toString());
        lock.close();
        DataDirectoryLock.acquire(dataDir).close();
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        Path binaries = Path.of(System.getProperty("java.io.tmpdir"), "statcommons-test", "pg-binaries");
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
