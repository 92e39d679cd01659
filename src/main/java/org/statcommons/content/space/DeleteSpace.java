package org.statcommons.content.space;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes a community's space: its repository and its index. Irreversible. (A space is created by saving to it,
 * see {@code SetUpSpace}.)
 */
@Service
public class DeleteSpace {

    private final SpaceRepositories repositories;
    private final IndexedSpaces spaces;

    DeleteSpace(SpaceRepositories repositories, IndexedSpaces spaces) {
        this.repositories = repositories;
        this.spaces = spaces;
    }

    @Transactional
    public void delete(long communityId) {
        // under the space's lock: no writer is half-way through
        spaces.lock(communityId);
        spaces.delete(communityId);
        repositories.delete(communityId);
    }
}
