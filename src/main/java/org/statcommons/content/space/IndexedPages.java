package org.statcommons.content.space;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.content.PageSummary;

/** The pages on every space's main branch now, as the index lists them ({@code content.pages}). */
@Repository
public class IndexedPages {

    private static final String SUMMARY = """
            select p.path, p.title, p.blob_id, p.latest_commit, c.author_name, p.changed_at
              from content.pages p
              join content.commits c on c.community_id = p.community_id and c.seq = p.latest_seq
             where p.community_id = ?""";

    private final JdbcClient jdbc;

    IndexedPages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every page of the space, by path. */
    public List<PageSummary> list(long communityId) {
        return jdbc.sql(SUMMARY + " order by p.path")
                .param(communityId)
                .query(IndexedPages::summary)
                .list();
    }

    /** The pages changed most recently, newest first. */
    List<PageSummary> recentlyChanged(long communityId, int limit) {
        return jdbc.sql(SUMMARY + " order by p.latest_seq desc, p.path limit ?")
                .params(communityId, limit)
                .query(IndexedPages::summary)
                .list();
    }

    public boolean exists(long communityId, String path) {
        return jdbc.sql("select count(*) from content.pages where community_id = ? and path = ?")
                        .params(communityId, path)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The page as commit {@code seq} left it; {@code changedAt} is the commit's author time. */
    void put(long communityId, String path, String title, String blobId, SpaceCommit commit) {
        jdbc.sql("""
                        insert into content.pages (community_id, path, title, blob_id, latest_seq, latest_commit, changed_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (community_id, path) do update set title = excluded.title, blob_id = excluded.blob_id,
                            latest_seq = excluded.latest_seq, latest_commit = excluded.latest_commit, changed_at = excluded.changed_at""")
                .params(
                        communityId,
                        path,
                        title,
                        blobId,
                        commit.seq(),
                        commit.id(),
                        Timestamp.from(commit.authoredAt()))
                .update();
    }

    void delete(long communityId, String path) {
        jdbc.sql("delete from content.pages where community_id = ? and path = ?")
                .params(communityId, path)
                .update();
    }

    void deleteAll(long communityId) {
        jdbc.sql("delete from content.pages where community_id = ?")
                .param(communityId)
                .update();
    }

    private static PageSummary summary(ResultSet rs, int row) throws SQLException {
        Instant changedAt = rs.getTimestamp(6).toInstant();
        return new PageSummary(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), changedAt);
    }
}
