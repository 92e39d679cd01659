package org.statcommons.content.space;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.database.DatabaseAddress;

/**
 * Where the Git repositories of spaces are kept, chosen when the server starts ({@code statcommons.content.storage})
 * rather than by a condition on the beans: the start script's ahead-of-time context (Spring AOT) fixes every bean
 * condition when the jar is built, so a choice made by a setting has to be made inside a bean.
 *
 * <p>The Git storage in PostgreSQL has its own small pool of connections. Git writes commit on their own (a pack or a
 * ref is stored whatever the request's transaction does next; {@link SpaceWriter} moves a ref back itself), and taking
 * a second connection from the application's pool while a request's transaction holds one could leave every request
 * waiting for another's connection. The pool opens its connections on first use, so with the repositories on disk it
 * opens none.
 */
@Configuration(proxyBeanMethods = false)
class GitStorageConfiguration {

    @Bean
    SpaceRepositories spaceRepositories(
            ContentProperties content,
            StatCommonsProperties properties,
            StoredPacks packs,
            StoredRefs refs,
            @Value("${statcommons.several-servers:false}") boolean severalServers) {
        return switch (content.storage()) {
            case FILES -> new FileSpaceRepositories(properties, content, severalServers);
            case DATABASE -> new DatabaseSpaceRepositories(packs, refs, content);
        };
    }

    @Bean(destroyMethod = "close")
    GitStoragePool gitStoragePool(DatabaseAddress database, ContentProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setMaximumPoolSize(properties.storageConnections());
        config.setPoolName("git-storage");
        config.setConnectionTimeout(database.connectionTimeout().toMillis());
        // made without its configuration, the pool starts at the first request for a connection
        HikariDataSource dataSource = new HikariDataSource();
        config.copyStateTo(dataSource);
        return new GitStoragePool(dataSource);
    }

    /** The Git storage's connections; closed with the application. */
    record GitStoragePool(HikariDataSource dataSource) implements AutoCloseable {
        @Override
        public void close() {
            dataSource.close();
        }
    }
}
