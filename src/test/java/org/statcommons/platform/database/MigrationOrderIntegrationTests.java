package org.statcommons.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Features number their migrations in their own ranges and are written on parallel branches, so a migration
 * can reach {@code main} with a lower version than one an installed server already ran (the event registry's
 * {@code 0002} after identity's {@code 5425}, both of one day). The server's Flyway settings must still run it.
 */
class MigrationOrderIntegrationTests {

    private static final String LATE = "V2026_12_05_0002__event_publication.sql";

    @TempDir
    Path cluster;

    @TempDir
    Path installed;

    @Test
    void aMigrationMergedAfterAHigherOneAnInstalledServerRanIsStillRun() throws Exception {
        copyMigrationsExcept(LATE, installed);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setOverrideWorkingDirectory(
                        Path.of(System.getProperty("java.io.tmpdir"), "statcommons-test", "pg-binaries")
                                .toFile())
                .setServerConfig("fsync", "off")
                .start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .schemas("public")
                    .locations("filesystem:" + installed)
                    .load()
                    .migrate();
            JdbcClient database = JdbcClient.create(postgres.getPostgresDatabase());
            assertThat(registryExists(database))
                    .as("the installed server has not run the late migration")
                    .isFalse();

            Properties settings = applicationProperties();
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .schemas(settings.getProperty("spring.flyway.schemas"))
                    .locations(settings.getProperty("spring.flyway.locations"))
                    .outOfOrder(Boolean.parseBoolean(settings.getProperty("spring.flyway.out-of-order", "false")))
                    .load()
                    .migrate();

            assertThat(registryExists(database))
                    .as("the upgraded server ran it")
                    .isTrue();
        }
    }

    private static boolean registryExists(JdbcClient database) {
        return database.sql("select to_regclass('public.event_publication') is not null")
                .query(Boolean.class)
                .single();
    }

    private static void copyMigrationsExcept(String left, Path target) throws IOException {
        for (Resource migration :
                new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/*/*.sql")) {
            if (!left.equals(migration.getFilename())) {
                try (InputStream in = migration.getInputStream()) {
                    Files.copy(in, target.resolve(migration.getFilename()));
                }
            }
        }
    }

    private static Properties applicationProperties() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MigrationOrderIntegrationTests.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties;
    }
}
