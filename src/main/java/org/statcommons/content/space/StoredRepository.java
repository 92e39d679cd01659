package org.statcommons.content.space;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.internal.storage.dfs.DfsRepository;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryBuilder;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.RefDatabase;

/**
 * A space's or course's Git repository kept in PostgreSQL: JGit's DFS repository over {@link StoredPacks} and
 * {@link StoredRefs}. It remembers the packs and refs it last read, and the repository's generation then;
 * {@link DatabaseSpaceRepositories} compares that generation with the database's each time it hands the repository
 * out, and has it read again when another server (or another instance) changed it.
 */
final class StoredRepository extends DfsRepository {

    private final long key;
    private final StoredObjectDatabase objects;
    private final StoredRefDatabase refs;
    private final AtomicLong generation = new AtomicLong(-1);

    private StoredRepository(Builder builder) {
        super(builder);
        this.key = builder.key;
        this.objects = new StoredObjectDatabase(this, builder.packs);
        this.refs = new StoredRefDatabase(this, builder.refs);
        // the same settings a space's repository on disk has (receive: no forced pushes, no gc of JGit's own)
        getConfig().setBoolean(ConfigConstants.CONFIG_RECEIVE_SECTION, null, "denyNonFastForwards", true);
        getConfig().setBoolean(ConfigConstants.CONFIG_RECEIVE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOGC, false);
    }

    static StoredRepository of(long key, StoredPacks packs, StoredRefs refs) {
        return new Builder(key, packs, refs).build();
    }

    long key() {
        return key;
    }

    @Override
    public StoredObjectDatabase getObjectDatabase() {
        return objects;
    }

    @Override
    public RefDatabase getRefDatabase() {
        return refs;
    }

    /**
     * Reads packs and refs again if the database's generation is not the one last seen. Called before the
     * repository is handed out.
     */
    void catchUp(long current) throws IOException {
        long seen = generation.get();
        if (seen != current) {
            scanForRepoChanges();
            generation.compareAndSet(seen, current);
        }
    }

    /**
     * This instance changed the repository and the database's generation is now {@code next}: what it holds in
     * memory is current if nobody else changed it in between (the generation moved by one).
     */
    void changed(long next) {
        generation.compareAndSet(next - 1, next);
    }

    /** Another server moved a ref this instance tried to move: read refs and packs again at the next look. */
    void forget() throws IOException {
        scanForRepoChanges();
        generation.set(-1);
    }

    private static final class Builder extends DfsRepositoryBuilder<Builder, StoredRepository> {
        private final long key;
        private final StoredPacks packs;
        private final StoredRefs refs;

        Builder(long key, StoredPacks packs, StoredRefs refs) {
            this.key = key;
            this.packs = packs;
            this.refs = refs;
            setRepositoryDescription(new DfsRepositoryDescription("space-" + key));
        }

        @Override
        public StoredRepository build() {
            return new StoredRepository(this);
        }
    }
}
