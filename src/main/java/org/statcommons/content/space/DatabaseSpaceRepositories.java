package org.statcommons.content.space;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.internal.storage.dfs.DfsGarbageCollector;
import org.eclipse.jgit.internal.storage.dfs.DfsObjDatabase.PackSource;
import org.eclipse.jgit.internal.storage.dfs.DfsPackCompactor;
import org.eclipse.jgit.internal.storage.dfs.DfsPackFile;
import org.eclipse.jgit.internal.storage.pack.PackExt;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.pack.PackConfig;
import org.springframework.beans.factory.DisposableBean;

/**
 * Repositories kept in PostgreSQL (JGit's DFS storage over {@link StoredPacks} and {@link StoredRefs}), so that
 * several servers on one database serve the same spaces. Each server keeps an instance per repository with the
 * packs and refs it last read; handing one out costs one look at the repository's generation, and the instance
 * reads again only when someone else changed it. Refs move by compare-and-swap in the database, so a save or push
 * on one server and another on a second server cannot both move main from the same commit.
 */
class DatabaseSpaceRepositories implements SpaceRepositories, DisposableBean {

    private final StoredPacks packs;
    private final StoredRefs refs;
    private final ContentProperties properties;
    private final Map<Long, StoredRepository> open = new ConcurrentHashMap<>();

    DatabaseSpaceRepositories(StoredPacks packs, StoredRefs refs, ContentProperties properties) {
        this.packs = packs;
        this.refs = refs;
        this.properties = properties;
    }

    @Override
    public Repository create(long communityId) {
        checkKey(communityId);
        OptionalLong generation = packs.generation(communityId);
        if (generation.isEmpty()) {
            packs.create(communityId);
            generation = packs.generation(communityId);
        }
        StoredRepository repository = current(communityId, generation);
        try {
            if (repository.exactRef(Constants.HEAD) == null) {
                // main is the branch people see; a lost race here means another server linked it already
                repository.updateRef(Constants.HEAD).link(SpaceBranches.MAIN);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the repository of space " + communityId, e);
        }
        return repository;
    }

    @Override
    public Optional<Repository> open(long communityId) {
        checkKey(communityId);
        OptionalLong generation = packs.generation(communityId);
        if (generation.isEmpty()) {
            open.remove(communityId);
            return Optional.empty();
        }
        return Optional.of(current(communityId, generation));
    }

    private StoredRepository current(long key, OptionalLong generation) {
        StoredRepository repository = open.computeIfAbsent(key, k -> StoredRepository.of(k, packs, refs));
        try {
            repository.catchUp(generation.orElse(0));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the repository of space " + key, e);
        }
        return repository;
    }

    /** Lists the original's packs in the fork: shared rows, not copied bytes. */
    @Override
    public boolean share(long fromKey, long toKey) {
        if (packs.generation(fromKey).isEmpty()) {
            return false;
        }
        create(toKey);
        packs.share(fromKey, toKey);
        return true;
    }

    @Override
    public List<Long> keys() {
        return packs.keys();
    }

    @Override
    public boolean keptInDatabase() {
        return true;
    }

    @Override
    public void delete(long communityId) {
        StoredRepository repository = open.remove(communityId);
        if (repository != null) {
            repository.close();
        }
        packs.delete(communityId);
    }

    /**
     * JGit's DFS garbage collector ({@link #packOrCombine}): everything reachable into one pack with a bitmap (and
     * what no ref reaches into a garbage pack of its own, dropped after a day); the packs it replaced are unlisted at once and their files kept
     * for {@code repack-grace}, for readers that listed them just before. One thread, off request threads; skipped while
     * another server repacks the same space.
     */
    @Override
    public void repack(long communityId) {
        Optional<Repository> repository = open(communityId);
        if (repository.isEmpty()) {
            return;
        }
        StoredRepository stored = (StoredRepository) repository.get();
        // two servers repacking one space at once would each write a whole copy of it
        packs.unlessBusyElsewhere(communityId, () -> {
            try {
                packOrCombine(stored);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot repack the repository of space " + communityId, e);
            }
        });
        dropReplacedPacks(communityId);
    }

    /**
     * Saves beside a packed history (their packs together under a tenth of its size) are only combined into one pack
     * (JGit's {@code DfsPackCompactor}: the objects copied as they are, in a fraction of a full repack's time); a
     * space with more new than packed, or never packed, is packed whole ({@code DfsGarbageCollector}). A burst of saves
     * into a large space then costs little, and the schedule's repack packs it whole once the saves add up.
     */
    private static void packOrCombine(StoredRepository repository) throws IOException {
        long packed = 0;
        long added = 0;
        List<DfsPackFile> small = new ArrayList<>();
        for (DfsPackFile pack : repository.getObjectDatabase().getPacks()) {
            long size = pack.getPackDescription().getFileSize(PackExt.PACK);
            if (pack.getPackDescription().getPackSource() == PackSource.GC) {
                packed += size;
            } else if (pack.getPackDescription().getPackSource() != PackSource.UNREACHABLE_GARBAGE) {
                added += size;
                small.add(pack);
            }
        }
        if (packed > 0 && added * 10 < packed) {
            if (small.size() > 1) {
                DfsPackCompactor compactor = new DfsPackCompactor(repository);
                small.forEach(compactor::add);
                compactor.compact(NullProgressMonitor.INSTANCE);
            }
            return;
        }
        PackConfig pack = new PackConfig(repository);
        pack.setThreads(1);
        DfsGarbageCollector collector = new DfsGarbageCollector(repository);
        collector.setPackConfig(pack);
        collector.pack(NullProgressMonitor.INSTANCE);
    }

    @Override
    public void dropReplacedPacks(long communityId) {
        packs.dropReplaced(communityId, properties.repackGrace());
    }

    @Override
    public Optional<Storage> storage(long communityId) {
        if (packs.generation(communityId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(packs.storage(communityId));
    }

    @Override
    public void destroy() {
        open.values().forEach(Repository::close);
        open.clear();
    }

    private static void checkKey(long key) {
        if (key == 0) {
            throw new IllegalArgumentException("No space has the key 0");
        }
    }
}
