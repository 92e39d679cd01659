package org.statcommons.content.space;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.statcommons.platform.database.DatabaseAddress;

/**
 * The Git storage in PostgreSQL has its own small pool of connections. Git writes commit on their own (a pack or a ref
 * is stored whatever the request's transaction does next; {@link SpaceWriter} moves a ref back itself), and taking a
 * second connection from the application's pool while a request's transaction holds one could leave every request
 * waiting for another's connection.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "statcommons.content.storage", havingValue = "database")
class GitStorageConfiguration {

    @Bean(destroyMethod = "close")
    GitStoragePool gitStoragePool(DatabaseAddress database, ContentProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setMaximumPoolSize(properties.storageConnections());
        config.setPoolName("git-storage");
        config.setConnectionTimeout(database.connectionTimeout().toMillis());
        return new GitStoragePool(new HikariDataSource(config));
    }

    /** The Git storage's connections; closed with the application. */
    record GitStoragePool(HikariDataSource dataSource) implements AutoCloseable {
        @Override
        public void close() {
            dataSource.close();
        }
    }
}
