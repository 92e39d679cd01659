package org.statcommons.content.space;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and removing a community's space. Saving the first page creates the space too; this is for
 * setting one up explicitly (a new community) and for removing it with the community.
 */
@Service
public class Spaces {

    private final SpaceRepositories repositories;
    private final SpaceIndex index;
    private final JdbcClient jdbc;

    Spaces(SpaceRepositories repositories, SpaceIndex index, JdbcClient jdbc) {
        this.repositories = repositories;
        this.index = index;
        this.jdbc = jdbc;
    }

    @Transactional
    public void create(long communityId) {
        index.lock(communityId);
        repositories.create(communityId);
    }

    /** Removes the space, its repository and its index. Irreversible. */
    @Transactional
    public void delete(long communityId) {
        index.lock(communityId);
        jdbc.sql("delete from content.spaces where community_id = ?")
                .param(communityId)
                .update();
        repositories.delete(communityId);
    }
}
