package org.statcommons.content.space;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.util.unit.DataSize;
import org.statcommons.content.space.GitStorageConfiguration.GitStoragePool;
import org.statcommons.platform.database.DatabaseAddress;

/**
 * Git in PostgreSQL on a database of the test's choosing, as another server would keep it: a store with its own small
 * pool of connections and its own memory of the repositories. For tests here and outside this package (a backup
 * restored into another database is read through one).
 */
public final class DatabaseStore implements AutoCloseable {

    private final GitStoragePool pool;
    private final DatabaseSpaceRepositories repositories;

    public DatabaseStore(DatabaseAddress database, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setMaximumPoolSize(4);
        config.setPoolName("git-storage-" + name);
        this.pool = new GitStoragePool(new HikariDataSource(config));
        StoredPacks packs = new StoredPacks(pool);
        this.repositories = new DatabaseSpaceRepositories(packs, new StoredRefs(pool, packs), properties());
    }

    public SpaceRepositories repositories() {
        return repositories;
    }

    DatabaseSpaceRepositories store() {
        return repositories;
    }

    GitStoragePool pool() {
        return pool;
    }

    @Override
    public void close() {
        repositories.destroy();
        pool.close();
    }

    private static ContentProperties properties() {
        return new ContentProperties(
                DataSize.ofMegabytes(1),
                DataSize.ofMegabytes(25),
                5,
                1000,
                DataSize.ofMegabytes(4),
                20,
                Duration.ofMinutes(1),
                Duration.ofMinutes(1),
                ContentProperties.Storage.DATABASE,
                4);
    }
}
