package org.statcommons.discussions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The earlier versions of posts ({@code discussions.post_versions}), kept at every edit and deletion. */
@Repository
class PostVersions {

    private final JdbcClient db;

    PostVersions(JdbcClient db) {
        this.db = db;
    }

    /** Keeps the post as it is now, replaced at this time; {@code title} is its discussion's title for an opening post. */
    void keep(Post post, String title, Instant replacedAt) {
        db.sql("""
                        insert into discussions.post_versions (post_id, version, title, body, written_at, replaced_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        post.id(),
                        post.version(),
                        title,
                        post.body(),
                        Timestamp.from(post.editedAt() != null ? post.editedAt() : post.createdAt()),
                        Timestamp.from(replacedAt))
                .update();
    }

    /** The earlier versions of a post, newest first. */
    List<PostVersion> of(long postId) {
        return db.sql("""
                        select post_id, version, title, body, written_at, replaced_at from discussions.post_versions
                         where post_id = ? order by version desc""")
                .param(postId)
                .query((rs, n) -> new PostVersion(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        Discussions.instant(rs.getTimestamp(5)),
                        Discussions.instant(rs.getTimestamp(6))))
                .list();
    }

    /** Forgets the earlier versions of these posts (their text removed at the author's request). */
    void forget(Collection<Long> postIds) {
        db.sql("delete from discussions.post_versions where post_id = any(?)")
                .param(postIds.toArray(Long[]::new))
                .update();
    }
}
