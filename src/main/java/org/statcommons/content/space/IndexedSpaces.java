package org.statcommons.content.space;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * One row per space ({@code content.spaces}): the lock its writers queue on, and which commit of main its index
 * describes.
 */
@Repository
public class IndexedSpaces {

    private final JdbcClient jdbc;

    IndexedSpaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the space's write lock for the current transaction (creating the space's row on first use):
     * writers of one space queue here, so two saves never race for the same ref.
     */
    IndexState lock(long communityId) {
        jdbc.sql("insert into content.spaces (community_id) values (?) on conflict do nothing")
                .param(communityId)
                .update();
        return jdbc.sql(
                        "select community_id, indexed_commit, commit_count from content.spaces where community_id = ? for update")
                .param(communityId)
                .query((rs, row) -> new IndexState(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                .single();
    }

    /** The commit of main the index describes, read without a lock; empty when none is indexed. */
    Optional<String> indexedCommit(long communityId) {
        return jdbc.sql("select indexed_commit from content.spaces where community_id = ?")
                .param(communityId)
                .query(String.class)
                .optional();
    }

    /** {@code indexed_at} is the database's own time: a note for operators, nothing reads it. */
    void markIndexed(long communityId, String commitId, long commitCount) {
        jdbc.sql(
                        "update content.spaces set indexed_commit = ?, commit_count = ?, indexed_at = now() where community_id = ?")
                .params(commitId, commitCount, communityId)
                .update();
    }

    void delete(long communityId) {
        jdbc.sql("delete from content.spaces where community_id = ?")
                .param(communityId)
                .update();
    }

    /** Every space that has been written to, by key: communities' spaces, and bodies' (negative keys, {@code BodySpace}). */
    public List<Long> communityIds() {
        return jdbc.sql("select community_id from content.spaces order by community_id")
                .query(Long.class)
                .list();
    }
}
