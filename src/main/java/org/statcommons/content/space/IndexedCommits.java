package org.statcommons.content.space;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.content.ChangedPath;

/**
 * The commits of every space's main line in the index, numbered from 1 ({@code seq}), and the paths each changed
 * ({@code content.commits}, {@code content.commit_paths}).
 */
@Repository
public class IndexedCommits {

    private static final String COMMIT_COLUMNS =
            "c.id, c.seq, c.parent_id, c.author_name, c.author_email, c.authored_at, c.summary";

    private final JdbcClient jdbc;

    IndexedCommits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long communityId, SpaceCommit commit) {
        jdbc.sql("""
                        insert into content.commits (community_id, seq, id, parent_id, author_name, author_email, authored_at, summary)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        communityId,
                        commit.seq(),
                        commit.id(),
                        commit.parentId(),
                        commit.authorName(),
                        commit.authorEmail(),
                        Timestamp.from(commit.authoredAt()),
                        commit.summary())
                .update();
    }

    void addPath(long communityId, long seq, ChangedPath path) {
        jdbc.sql("insert into content.commit_paths (community_id, seq, path, change, old_path) values (?, ?, ?, ?, ?)")
                .params(communityId, seq, path.path(), String.valueOf(path.change()), path.oldPath())
                .update();
    }

    /** Forgets every commit of the space (their paths go with them). */
    void deleteAll(long communityId) {
        jdbc.sql("delete from content.commits where community_id = ?")
                .param(communityId)
                .update();
    }

    /** Where the page at {@code path} was last moved to, if it was. */
    public Optional<String> movedTo(long communityId, String path) {
        return jdbc.sql("""
                        select path from content.commit_paths
                         where community_id = ? and old_path = ? and change = 'R' order by seq desc limit 1""").params(communityId, path).query(String.class).optional();
    }

    /**
     * A page's changes, newest first, including those made under earlier paths before it was moved: {@code limit}
     * rows from {@code offset}.
     */
    List<PageChange> ofPage(long communityId, String path, int limit, long offset) {
        return jdbc.sql("""
                        with recursive segment (path, upto, since, renamed_from) as (
                            select cast(:path as text), cast(9223372036854775807 as bigint), start.seq, start.old_path
                              from (select 1) one
                              left join lateral (select seq, old_path from content.commit_paths
                                                  where community_id = :community and path = :path and change in ('A', 'R')
                                                  order by seq desc limit 1) start on true
                            union all
                            select s.renamed_from, s.since, start.seq, start.old_path
                              from segment s
                              left join lateral (select seq, old_path from content.commit_paths
                                                  where community_id = :community and path = s.renamed_from
                                                    and change in ('A', 'R') and seq < s.since
                                                  order by seq desc limit 1) start on true
                             where s.renamed_from is not null
                        )
                        select %s, p.path, p.change, p.old_path
                          from segment s
                          join content.commit_paths p on p.community_id = :community and p.path = s.path
                                                     and p.seq < s.upto and p.seq >= coalesce(s.since, 0)
                          join content.commits c on c.community_id = p.community_id and c.seq = p.seq
                         order by p.seq desc
                         limit :limit offset :offset""".formatted(COMMIT_COLUMNS))
                .param("community", communityId)
                .param("path", path)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> new PageChange(
                        commit(rs),
                        new ChangedPath(
                                rs.getString("path"), rs.getString("change").charAt(0), rs.getString("old_path"))))
                .list();
    }

    /** The space's commits, newest first: {@code limit} rows from {@code offset}. */
    List<SpaceCommit> ofSpace(long communityId, int limit, long offset) {
        return jdbc.sql("select " + COMMIT_COLUMNS
                        + " from content.commits c where c.community_id = ? order by c.seq desc limit ? offset ?")
                .params(communityId, limit, offset)
                .query((rs, row) -> commit(rs))
                .list();
    }

    /** The paths changed by the commits numbered {@code from} to {@code to}, by commit number. */
    Map<Long, List<ChangedPath>> pathsOf(long communityId, long from, long to) {
        return jdbc
                .sql("""
                        select seq, path, change, old_path from content.commit_paths
                         where community_id = ? and seq between ? and ? order by seq, path""")
                .params(communityId, from, to)
                .query((rs, row) -> Map.entry(
                        rs.getLong(1),
                        new ChangedPath(rs.getString(2), rs.getString(3).charAt(0), rs.getString(4))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static SpaceCommit commit(ResultSet rs) throws SQLException {
        return new SpaceCommit(
                rs.getString("id"),
                rs.getLong("seq"),
                rs.getString("parent_id"),
                rs.getString("author_name"),
                rs.getString("author_email"),
                rs.getTimestamp("authored_at").toInstant(),
                rs.getString("summary"));
    }

    /** A commit a person authored, as their personal data lists it: the pages it changed, never their text. */
    public record Written(long seq, String commit, java.time.Instant at, String message, List<String> paths) {}

    /** The spaces (by key) with commits authored under this address. */
    public List<Long> spacesWrittenBy(String email) {
        return jdbc.sql(
                        "select distinct community_id from content.commits where lower(author_email) = lower(?) order by 1")
                .param(email)
                .query(Long.class)
                .list();
    }

    /** Up to {@code limit} commits of one space authored under this address after {@code afterSeq}, oldest first. */
    public List<Written> writtenBy(long spaceKey, String email, long afterSeq, int limit) {
        return jdbc.sql("""
                        select c.seq, c.id, c.authored_at, c.summary,
                               coalesce(array_agg(p.path order by p.path) filter (where p.path is not null), '{}') as paths
                        from content.commits c
                        left join content.commit_paths p on p.community_id = c.community_id and p.seq = c.seq
                        where c.community_id = ? and lower(c.author_email) = lower(?) and c.seq > ?
                        group by c.seq, c.id, c.authored_at, c.summary order by c.seq limit ?""")
                .params(spaceKey, email, afterSeq, limit)
                .query((rs, n) -> new Written(
                        rs.getLong("seq"),
                        rs.getString("id"),
                        rs.getTimestamp("authored_at").toInstant(),
                        rs.getString("summary"),
                        List.of((String[]) rs.getArray("paths").getArray())))
                .list();
    }

    /**
     * Shows a closed account's commits in the index (the space's own history) under {@code name} and {@code email};
     * Git's own commits keep the name given at the time, as they cannot change.
     */
    public void renameAuthor(String formerEmail, String name, String email) {
        jdbc.sql("update content.commits set author_name = ?, author_email = ? where lower(author_email) = lower(?)")
                .params(name, email, formerEmail)
                .update();
    }
}
