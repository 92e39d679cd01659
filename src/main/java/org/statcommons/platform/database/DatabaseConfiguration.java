package org.statcommons.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.statcommons.platform.StatCommonsProperties;

/**
 * The one database: an external PostgreSQL when {@code statcommons.db.url} is set, otherwise an embedded
 * PostgreSQL in the data directory.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(
            StatCommonsProperties properties,
            ObjectProvider<EmbeddedPostgresStartup> startup,
            @Value("${statcommons.several-servers:false}") boolean severalServers) {
        StatCommonsProperties.Db db = properties.db();
        if (db.external()) {
            return new DatabaseServer(db.url(), db.user(), db.password(), null);
        }
        if (severalServers) {
            // the embedded database lives in one server's data directory and answers on that machine only
            throw new IllegalStateException("Several servers share one external PostgreSQL: set STATCOMMONS_DB_URL"
                    + " (docs/operations.md, Several servers)");
        }
        EmbeddedPostgresStartup early = startup.getIfAvailable();
        if (early != null) {
            // started at the beginning of start-up; EmbeddedPostgresStartup stops it
            return new DatabaseServer(early.await().jdbcUrl(), "postgres", "", null);
        }
        EmbeddedPostgresServer embedded =
                EmbeddedPostgresServer.start(properties.dataDir(), db.embeddedBinariesDir(), db.embeddedFsync());
        return new DatabaseServer(embedded.jdbcUrl(), "postgres", "", embedded);
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseServer server, StatCommonsProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        config.setPassword(server.password());
        config.setMaximumPoolSize(20);
        config.setConnectionTimeout(properties.db().connectionTimeout().toMillis());
        config.setPoolName("statcommons");
        return new HikariDataSource(config);
    }

    @Bean
    DatabaseAddress databaseAddress(DatabaseServer server, StatCommonsProperties properties) {
        return new DatabaseAddress(
                server.jdbcUrl(),
                server.user(),
                server.password(),
                properties.db().connectionTimeout());
    }

    /** Where to connect, and an embedded server this bean started itself, to stop after the pool has closed. */
    record DatabaseServer(String jdbcUrl, String user, String password, EmbeddedPostgresServer embedded)
            implements AutoCloseable {
        @Override
        public void close() throws Exception {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
