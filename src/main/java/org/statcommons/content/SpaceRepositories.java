package org.statcommons.content;

import java.util.Optional;

import org.eclipse.jgit.lib.Repository;

/**
 * Where the bare Git repositories of spaces are kept. This is the only place that knows; everything else
 * works on JGit's {@link Repository}, so that repositories can later move into PostgreSQL (a JGit DFS
 * repository) without touching the rest. Repositories handed out are shared and owned by this store:
 * callers must not close them.
 */
public interface SpaceRepositories {

    /** Creates an empty bare repository for the community's space, or returns the existing one. */
    Repository create(long communityId);

    /** The space's repository, or empty when the community has none. */
    Optional<Repository> open(long communityId);

    /** Removes the repository and everything in it; nothing happens when there is none. */
    void delete(long communityId);
}
