package org.statcommons.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.StatCommonsApplication;
import org.statcommons.support.Visitor;

/**
 * With {@code statcommons.db.url} set the server uses that PostgreSQL (here one started by the test, standing
 * in for an operator's server) and starts no embedded one: the data directory gets no cluster.
 */
class ExternalDatabaseIntegrationTests {

    @TempDir
    Path dataDir;

    @TempDir
    Path externalCluster;

    @Test
    void anExternalDatabaseIsUsedAndNoEmbeddedOneIsStarted() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                .setDataDirectory(externalCluster)
                .setOverrideWorkingDirectory(
                        Path.of(System.getProperty("java.io.tmpdir"), "statcommons-test", "pg-binaries")
                                .toFile())
                .setServerConfig("fsync", "off")
                .start()) {
            JdbcClient operatorsView = JdbcClient.create(external.getPostgresDatabase());
            operatorsView
                    .sql("create role statcommons login password 'operator chosen secret'")
                    .update();
            operatorsView.sql("create database statcommons owner statcommons").update();

            try (ConfigurableApplicationContext server = new SpringApplicationBuilder(StatCommonsApplication.class)
                    .run(
                            "--statcommons.data-dir=" + dataDir,
                            "--statcommons.db.url=" + external.getJdbcUrl("statcommons", "statcommons"),
                            "--statcommons.db.user=statcommons",
                            "--statcommons.db.password=operator chosen secret",
                            "--server.port=0")) {
                int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
                var health = new Visitor(port).getNoFollow("/actuator/health", "Accept", "application/json");
                assertThat(health.status()).isEqualTo(200);
                assertThat(health.body()).contains("\"status\":\"UP\"");
                assertThat(server.containsBean(EmbeddedPostgresStartup.BEAN_NAME))
                        .isFalse();
            }

            assertThat(Files.exists(dataDir.resolve("postgres")))
                    .as("no embedded cluster in the data directory")
                    .isFalse();
            JdbcClient statcommonsDatabase = JdbcClient.create(external.getDatabase("statcommons", "statcommons"));
            assertThat(statcommonsDatabase
                            .sql("select count(*) from identity.accounts")
                            .query(Integer.class)
                            .single())
                    .as("the schema was migrated into the external database")
                    .isZero();
        }
    }
}
