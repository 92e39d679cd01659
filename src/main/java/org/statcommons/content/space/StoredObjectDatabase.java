package org.statcommons.content.space;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.eclipse.jgit.internal.storage.dfs.DfsObjDatabase;
import org.eclipse.jgit.internal.storage.dfs.DfsOutputStream;
import org.eclipse.jgit.internal.storage.dfs.DfsPackDescription;
import org.eclipse.jgit.internal.storage.dfs.DfsReaderOptions;
import org.eclipse.jgit.internal.storage.dfs.ReadableChannel;
import org.eclipse.jgit.internal.storage.pack.PackExt;
import org.statcommons.content.space.StoredPacks.PackRow;

/**
 * The objects of a {@link StoredRepository}: JGit's packs, their files in {@link StoredPacks}. A save writes one
 * small pack, a push one pack, a repack one large pack that replaces the others. A pack sent whole (a clone) is read
 * a chunk per query; objects are read in JGit's blocks through its block cache.
 */
final class StoredObjectDatabase extends DfsObjDatabase {

    private final StoredRepository repository;
    private final StoredPacks packs;

    StoredObjectDatabase(StoredRepository repository, StoredPacks packs) {
        super(repository, new DfsReaderOptions().setStreamPackBufferSize(StoredPacks.CHUNK));
        this.repository = repository;
        this.packs = packs;
    }

    @Override
    protected List<DfsPackDescription> listPacks() {
        List<DfsPackDescription> listed = new ArrayList<>();
        for (PackRow row : packs.listed(repository.key())) {
            DfsPackDescription pack =
                    new DfsPackDescription(repository.getDescription(), row.pack(), PackSource.valueOf(row.source()));
            pack.setLastModified(row.lastModified());
            pack.setObjectCount(row.objectCount());
            pack.setDeltaCount(row.deltaCount());
            pack.setIndexVersion(row.indexVersion());
            for (int i = 0; i < row.extensions().size(); i++) {
                PackExt extension = extension(row.extensions().get(i));
                if (extension != null) {
                    pack.addFileExt(extension);
                    pack.setFileSize(extension, row.sizes().get(i));
                }
            }
            listed.add(pack);
        }
        return listed;
    }

    /** Pack names are unique across repositories: forks list the same packs, and JGit caches blocks by name. */
    @Override
    protected DfsPackDescription newPack(PackSource source) {
        String name = "pack-" + UUID.randomUUID().toString().replace("-", "") + "-" + source.name();
        return new DfsPackDescription(repository.getDescription(), name, source);
    }

    @Override
    protected void commitPackImpl(Collection<DfsPackDescription> added, Collection<DfsPackDescription> replaced) {
        List<PackRow> rows = new ArrayList<>();
        for (DfsPackDescription pack : added) {
            if (pack.getLastModified() <= 0) {
                pack.setLastModified(System.currentTimeMillis());
            }
            List<String> extensions = new ArrayList<>();
            List<Long> sizes = new ArrayList<>();
            for (PackExt extension : PackExt.values()) {
                if (pack.hasFileExt(extension)) {
                    extensions.add(extension.getExtension());
                    sizes.add(pack.getFileSize(extension));
                }
            }
            rows.add(new PackRow(
                    pack.getPackName(),
                    pack.getPackSource().name(),
                    pack.getLastModified(),
                    pack.getObjectCount(),
                    pack.getDeltaCount(),
                    pack.getIndexVersion(),
                    extensions,
                    sizes));
        }
        List<String> gone = replaced == null
                ? List.of()
                : replaced.stream().map(DfsPackDescription::getPackName).toList();
        repository.changed(packs.commit(repository.key(), rows, gone));
        if (!gone.isEmpty()) {
            clearCache();
        }
    }

    @Override
    protected void rollbackPack(Collection<DfsPackDescription> written) {
        packs.discard(written.stream().map(DfsPackDescription::getPackName).toList());
    }

    @Override
    protected ReadableChannel openFile(DfsPackDescription pack, PackExt extension) throws IOException {
        if (!pack.hasFileExt(extension)) {
            throw new FileNotFoundException(pack.getFileName(extension));
        }
        return new PackChunkReader(packs, pack.getPackName(), extension.getExtension(), pack.getFileSize(extension));
    }

    @Override
    protected DfsOutputStream writeFile(DfsPackDescription pack, PackExt extension) {
        return new PackChunkWriter(packs, pack.getPackName(), extension.getExtension());
    }

    @Override
    public long getApproximateObjectCount() {
        long count = 0;
        for (var pack : getCurrentPacks()) {
            count += pack.getPackDescription().getObjectCount();
        }
        return count;
    }

    private static PackExt extension(String name) {
        for (PackExt extension : PackExt.values()) {
            if (extension.getExtension().equals(name)) {
                return extension;
            }
        }
        return null;
    }
}
