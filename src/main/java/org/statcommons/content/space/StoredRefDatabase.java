package org.statcommons.content.space;

import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.jgit.internal.storage.dfs.DfsRefDatabase;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectIdRef;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.ReflogEntry;
import org.eclipse.jgit.lib.ReflogReader;
import org.eclipse.jgit.lib.SymbolicRef;
import org.eclipse.jgit.util.RefList;
import org.statcommons.content.space.StoredRefs.RefValue;

/** The refs of a {@link StoredRepository}: read all at once (a space has few), moved by compare-and-swap. */
final class StoredRefDatabase extends DfsRefDatabase {

    private final StoredRepository repository;
    private final StoredRefs refs;

    StoredRefDatabase(StoredRepository repository, StoredRefs refs) {
        super(repository);
        this.repository = repository;
        this.refs = refs;
    }

    @Override
    protected RefCache scanAllRefs() {
        RefList.Builder<Ref> ids = new RefList.Builder<>();
        RefList.Builder<Ref> symbolic = new RefList.Builder<>();
        for (StoredRefs.RefRow row : refs.all(repository.key())) {
            if (row.value().target() != null) {
                Ref ref = new SymbolicRef(
                        row.name(),
                        new ObjectIdRef.Unpeeled(Ref.Storage.NEW, row.value().target(), null));
                ids.add(ref);
                symbolic.add(ref);
            } else {
                ids.add(new ObjectIdRef.Unpeeled(
                        Ref.Storage.PACKED,
                        row.name(),
                        ObjectId.fromString(row.value().objectId())));
            }
        }
        ids.sort();
        symbolic.sort();
        return new RefCache(ids.toRefList(), symbolic.toRefList());
    }

    @Override
    protected boolean compareAndPut(Ref oldRef, Ref newRef) throws IOException {
        RefValue expected = oldRef == null || oldRef.getStorage() == Ref.Storage.NEW ? null : value(oldRef);
        return stored(refs.put(repository.key(), newRef.getName(), expected, value(newRef)));
    }

    @Override
    protected boolean compareAndRemove(Ref oldRef) throws IOException {
        return stored(refs.remove(repository.key(), oldRef.getName(), value(oldRef)));
    }

    /**
     * Refs kept in the database have no reflog (a space's history is its commits, and every move of main through
     * the server is recorded by the application); an empty one, as for a ref that was never logged.
     */
    @Override
    public ReflogReader getReflogReader(Ref ref) {
        return new ReflogReader() {
            @Override
            public ReflogEntry getLastEntry() {
                return null;
            }

            @Override
            public List<ReflogEntry> getReverseEntries() {
                return List.of();
            }

            @Override
            public ReflogEntry getReverseEntry(int number) {
                return null;
            }

            @Override
            public List<ReflogEntry> getReverseEntries(int max) {
                return List.of();
            }
        };
    }

    /** Peeling is not worth a write to the database (JGit's default stores the peeled ref again). */
    @Override
    protected void cachePeeledState(Ref oldLeaf, Ref newLeaf) {
        // peeled again when needed
    }

    private boolean stored(OptionalLong generation) throws IOException {
        if (generation.isPresent()) {
            repository.changed(generation.getAsLong());
            return true;
        }
        repository.forget();
        return false;
    }

    private static RefValue value(Ref ref) {
        if (ref.isSymbolic()) {
            return new RefValue(null, ref.getTarget().getName());
        }
        ObjectId id = ref.getObjectId();
        return new RefValue(id == null ? null : id.name(), null);
    }
}
