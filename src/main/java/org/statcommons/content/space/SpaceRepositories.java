package org.statcommons.content.space;

import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;

/**
 * Where the bare Git repositories of spaces are kept. This is the only place that knows; everything else
 * works on JGit's {@link Repository}, so that repositories can later move into PostgreSQL (a JGit DFS
 * repository) without touching the rest. Repositories handed out are shared and owned by this store:
 * callers must not close them. How a repository is kept compact belongs to the store too ({@link #repack},
 * {@link #storage}); when to do it is decided by {@link SpaceRepacker}.
 */
public interface SpaceRepositories {

    /** Creates an empty bare repository for the community's space, or returns the existing one. */
    Repository create(long communityId);

    /** The space's repository, or empty when the community has none. */
    Optional<Repository> open(long communityId);

    /**
     * Gives {@code toKey}'s repository every object of {@code fromKey}'s without copying them, where the storage
     * allows it (a course's fork starts so: the objects of a whole history in no time and no extra space). Objects
     * are immutable, so sharing them is safe whatever either repository does next. Returns false when this storage
     * cannot share (the caller then copies), or shared only part; nothing is lost either way.
     */
    default boolean share(long fromKey, long toKey) {
        return false;
    }

    /**
     * The key of every repository the store holds (communities' spaces, bodies' and courses'), whatever the database
     * says: a backup takes them all, also one whose space the index never recorded (a course's fork).
     */
    List<Long> keys();

    /**
     * Whether the repositories are rows of the application's database (JGit's DFS storage), so that a copy of the
     * database holds them already.
     */
    default boolean keptInDatabase() {
        return false;
    }

    /** Removes the repository and everything in it; nothing happens when there is none. */
    void delete(long communityId);

    /**
     * Rewrites everything reachable into one compact pack (with deltas and a reachability bitmap), while the
     * space stays open to saves, pushes and clones. Takes as long as it takes: call it off request threads
     * and one at a time. Nothing happens when the community has no repository.
     */
    void repack(long communityId);

    /**
     * Deletes the packs that repacks replaced (every object of theirs is in a newer pack) at least the grace
     * period ago. A repack leaves them in place for that long, because a clone or fetch that listed the packs
     * just before may still open them; the next repack, or this call, drops them.
     */
    void dropReplacedPacks(long communityId);

    /** How the repository is stored now, measured cheaply (loose objects are estimated); empty when none. */
    Optional<Storage> storage(long communityId);

    /**
     * @param looseBytes  bytes of objects written one by one since the last repack (saves write these)
     * @param packs       pack files: one after a repack, one more for every push since
     * @param packedBytes bytes of those packs
     */
    record Storage(long looseBytes, int packs, long packedBytes) {}
}
