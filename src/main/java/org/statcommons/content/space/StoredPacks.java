package org.statcommons.content.space;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.content.space.GitStorageConfiguration.GitStoragePool;

/**
 * The packs of Git repositories kept in PostgreSQL ({@code content.git_packs}, {@code content.git_pack_chunks}) and
 * each repository's generation. Every call is a transaction of its own on the Git storage's pool, whatever
 * transaction the calling thread is in: a pack is stored once written, as a file would be.
 */
@Repository
class StoredPacks {

    /** A pack's files are kept in chunks of this size: written as they fill, read a block at a time. */
    static final int CHUNK = 1 << 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    StoredPacks(GitStoragePool pool) {
        this.jdbc = JdbcClient.create(pool.dataSource());
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(pool.dataSource()));
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A pack as listed by a repository.
     *
     * @param extensions the pack's files by extension ({@code pack}, {@code idx}, {@code bitmap}…)
     * @param sizes      each file's size in bytes, in the order of {@code extensions}
     */
    record PackRow(
            String pack,
            String source,
            long lastModified,
            long objectCount,
            long deltaCount,
            int indexVersion,
            List<String> extensions,
            List<Long> sizes) {}

    /** Makes the repository's row; true when it did not exist. */
    boolean create(long key) {
        Integer made = transactions.execute(
                status -> jdbc.sql("insert into content.git_repositories (key) values (:key) on conflict do nothing")
                        .param("key", key)
                        .update());
        return made != null && made == 1;
    }

    /** The repository's generation, or empty when there is no such repository. */
    OptionalLong generation(long key) {
        return transactions.execute(
                status -> jdbc.sql("select generation from content.git_repositories where key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .optional()
                        .map(OptionalLong::of)
                        .orElse(OptionalLong.empty()));
    }

    /** Every repository kept. */
    List<Long> keys() {
        return transactions.execute(status -> jdbc.sql("select key from content.git_repositories order by key")
                .query(Long.class)
                .list());
    }

    /** The packs the repository lists now (not those a repack replaced). */
    List<PackRow> listed(long key) {
        return transactions.execute(status ->
                jdbc.sql("""
                        select pack, source, last_modified, object_count, delta_count, index_version, extensions, sizes
                          from content.git_packs
                         where repository = :key and replaced_at is null
                        """).param("key", key).query(StoredPacks::packRow).list());
    }

    /**
     * Lists the new packs and unlists those they replace, in one transaction, and moves the repository's generation.
     *
     * @return the generation after this change
     */
    long commit(long key, Collection<PackRow> added, Collection<String> replaced) {
        Long generation = transactions.execute(status -> {
            for (PackRow row : added) {
                jdbc.sql("""
                                insert into content.git_packs (repository, pack, source, last_modified, object_count,
                                                               delta_count, index_version, extensions, sizes)
                                values (:key, :pack, :source, :lastModified, :objectCount, :deltaCount, :indexVersion,
                                        :extensions, :sizes)
                                """)
                        .param("key", key)
                        .param("pack", row.pack())
                        .param("source", row.source())
                        .param("lastModified", row.lastModified())
                        .param("objectCount", row.objectCount())
                        .param("deltaCount", row.deltaCount())
                        .param("indexVersion", row.indexVersion())
                        .param("extensions", row.extensions().toArray(String[]::new))
                        .param("sizes", row.sizes().toArray(Long[]::new))
                        .update();
            }
            if (!replaced.isEmpty()) {
                jdbc.sql("""
                                update content.git_packs set replaced_at = now()
                                 where repository = :key and pack = any(:packs) and replaced_at is null
                                """)
                        .param("key", key)
                        .param("packs", replaced.toArray(String[]::new))
                        .update();
            }
            return nextGeneration(key);
        });
        return generation == null ? 0 : generation;
    }

    /** Moves the generation; callers are in a transaction of the Git storage's pool ({@link StoredRefs} too). */
    long nextGeneration(long key) {
        return jdbc.sql(
                        "update content.git_repositories set generation = generation + 1 where key = :key returning generation")
                .param("key", key)
                .query(Long.class)
                .single();
    }

    /**
     * Runs {@code work} unless another server is running it for this repository (a PostgreSQL advisory lock held for
     * the work's length); false when it was not run.
     */
    boolean unlessBusyElsewhere(long key, Runnable work) {
        Boolean ran = transactions.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtext('statcommons-git-repack'),"
                            + " hashtext(cast(:key as text)))")
                    .param("key", key)
                    .query(Boolean.class)
                    .single();
            if (locked) {
                work.run();
            }
            return locked;
        });
        return Boolean.TRUE.equals(ran);
    }

    /** Stores one chunk of a pack's file, as its writer fills it. */
    void writeChunk(String pack, String extension, int chunk, byte[] data, int length) {
        byte[] bytes = length == data.length ? data : Arrays.copyOf(data, length);
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        insert into content.git_pack_chunks (pack, extension, chunk, data)
                        values (:pack, :extension, :chunk, :data)
                        """)
                .param("pack", pack)
                .param("extension", extension)
                .param("chunk", chunk)
                .param("data", bytes)
                .update());
    }

    /** Up to {@code length} bytes of a chunk from {@code offset}; fewer (or none) past the chunk's end. */
    byte[] read(String pack, String extension, int chunk, int offset, int length) {
        return transactions.execute(status -> jdbc.sql("""
                        select substring(data from :from for :length) from content.git_pack_chunks
                         where pack = :pack and extension = :extension and chunk = :chunk
                        """)
                .param("from", offset + 1)
                .param("length", length)
                .param("pack", pack)
                .param("extension", extension)
                .param("chunk", chunk)
                .query(byte[].class)
                .optional()
                .orElse(new byte[0]));
    }

    /** Deletes the files of packs that were written but never listed (a push refused, an insert rolled back). */
    void discard(Collection<String> packs) {
        transactions.executeWithoutResult(status -> deleteUnlistedChunks(packs));
    }

    /**
     * Lists every pack of {@code from} in {@code to} too: a fork starts with all of the original's objects without
     * a byte copied.
     */
    void share(long from, long to) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("""
                            insert into content.git_packs (repository, pack, source, last_modified, object_count,
                                                           delta_count, index_version, extensions, sizes)
                            select :to, pack, source, last_modified, object_count, delta_count, index_version,
                                   extensions, sizes
                              from content.git_packs where repository = :from and replaced_at is null
                            on conflict do nothing
                            """).param("from", from).param("to", to).update();
            nextGeneration(to);
        });
    }

    /** Removes the repository, its refs and listings, and the files of packs no other repository lists. */
    void delete(long key) {
        transactions.executeWithoutResult(status -> {
            List<String> packs = jdbc.sql("delete from content.git_packs where repository = :key returning pack")
                    .param("key", key)
                    .query(String.class)
                    .list();
            jdbc.sql("delete from content.git_repositories where key = :key")
                    .param("key", key)
                    .update();
            deleteUnlistedChunks(packs);
        });
    }

    /**
     * Forgets the packs a repack replaced at least {@code grace} ago, and deletes their files unless another
     * repository (a fork) still lists them. Files of packs written but never listed for a day (a server stopped
     * while receiving a push) go too.
     */
    void dropReplaced(long key, Duration grace) {
        transactions.executeWithoutResult(status -> {
            List<String> packs = jdbc.sql("""
                            delete from content.git_packs
                             where repository = :key and replaced_at < now() - make_interval(secs => :grace)
                            returning pack
                            """)
                    .param("key", key)
                    .param("grace", grace.toMillis() / 1000.0)
                    .query(String.class)
                    .list();
            deleteUnlistedChunks(packs);
            jdbc.sql("""
                            delete from content.git_pack_chunks c
                             where c.written_at < now() - interval '1 day'
                               and not exists (select 1 from content.git_packs p where p.pack = c.pack)
                            """).update();
        });
    }

    private void deleteUnlistedChunks(Collection<String> packs) {
        if (packs.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        delete from content.git_pack_chunks c
                         where c.pack = any(:packs)
                           and not exists (select 1 from content.git_packs p where p.pack = c.pack)
                        """).param("packs", packs.toArray(String[]::new)).update();
    }

    /** How many packs the repository lists and their bytes (its pack files, not their indexes). */
    SpaceRepositories.Storage storage(long key) {
        return transactions.execute(status -> jdbc.sql("""
                        select count(*) as packs,
                               coalesce(sum(sizes[array_position(extensions, 'pack')]), 0) as bytes
                          from content.git_packs
                         where repository = :key and replaced_at is null
                        """)
                .param("key", key)
                .query((rs, row) -> new SpaceRepositories.Storage(0, rs.getInt("packs"), rs.getLong("bytes")))
                .single());
    }

    private static PackRow packRow(ResultSet rs, int row) throws SQLException {
        return new PackRow(
                rs.getString("pack"),
                rs.getString("source"),
                rs.getLong("last_modified"),
                rs.getLong("object_count"),
                rs.getLong("delta_count"),
                rs.getInt("index_version"),
                List.of((String[]) array(rs.getArray("extensions"))),
                List.of((Long[]) array(rs.getArray("sizes"))));
    }

    private static Object array(Array array) throws SQLException {
        try {
            return array.getArray();
        } finally {
            array.free();
        }
    }
}
