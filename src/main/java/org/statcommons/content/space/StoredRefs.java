package org.statcommons.content.space;

import java.util.List;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.content.space.GitStorageConfiguration.GitStoragePool;

/**
 * The refs of Git repositories kept in PostgreSQL ({@code content.git_refs}). A ref moves only by compare-and-swap
 * in the database, so two servers moving main at once cannot both win, whatever each remembered.
 */
@Repository
class StoredRefs {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final StoredPacks packs;

    StoredRefs(GitStoragePool pool, StoredPacks packs) {
        this.jdbc = JdbcClient.create(pool.dataSource());
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(pool.dataSource()));
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.packs = packs;
    }

    /** What a ref holds: an object's id, or the name of the ref it points to (exactly one of the two). */
    record RefValue(String objectId, String target) {}

    /** A stored ref. */
    record RefRow(String name, RefValue value) {}

    List<RefRow> all(long key) {
        return transactions.execute(status -> jdbc.sql(
                        "select name, object_id, target from content.git_refs where repository = :key order by name")
                .param("key", key)
                .query((rs, row) -> new RefRow(
                        rs.getString("name"), new RefValue(rs.getString("object_id"), rs.getString("target"))))
                .list());
    }

    /**
     * Sets the ref to {@code next} if it holds {@code expected} now ({@code null}: if it does not exist).
     *
     * @return the repository's generation after the change, or empty when the ref held something else
     */
    OptionalLong put(long key, String name, RefValue expected, RefValue next) {
        return changed(
                key,
                () -> expected == null
                        ? jdbc.sql("""
                                insert into content.git_refs (repository, name, object_id, target)
                                values (:key, :name, :objectId, :target) on conflict do nothing
                                """)
                                .param("key", key)
                                .param("name", name)
                                .param("objectId", next.objectId())
                                .param("target", next.target())
                                .update()
                        : jdbc.sql("""
                                update content.git_refs set object_id = :objectId, target = :target
                                 where repository = :key and name = :name
                                   and object_id is not distinct from :oldObjectId
                                   and target is not distinct from :oldTarget
                                """)
                                .param("key", key)
                                .param("name", name)
                                .param("objectId", next.objectId())
                                .param("target", next.target())
                                .param("oldObjectId", expected.objectId())
                                .param("oldTarget", expected.target())
                                .update());
    }

    /** Deletes the ref if it holds {@code expected} now; the generation after, or empty when it did not. */
    OptionalLong remove(long key, String name, RefValue expected) {
        return changed(
                key,
                () -> jdbc.sql("""
                        delete from content.git_refs
                         where repository = :key and name = :name
                           and object_id is not distinct from :oldObjectId
                           and target is not distinct from :oldTarget
                        """)
                        .param("key", key)
                        .param("name", name)
                        .param("oldObjectId", expected.objectId())
                        .param("oldTarget", expected.target())
                        .update());
    }

    private OptionalLong changed(long key, java.util.function.IntSupplier change) {
        return transactions.execute(status -> {
            if (change.getAsInt() != 1) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(packs.nextGeneration(key));
        });
    }
}
