package org.statcommons.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.comments.Comments;
import org.statcommons.discussions.Discussions;

/**
 * The index ({@code search.documents}): one row per searchable text, a page as it is on main ({@code PAGE}), its
 * published version ({@code PUBLISHED}), a visible comment ({@code COMMENT}) or discussion post ({@code POST}), a
 * dataset's metadata as of one of its releases out or scheduled ({@code DATASET}).
 * Title and body are plain text, already cut by {@link SearchText}; PostgreSQL makes the text-search vector.
 */
@Repository
class SearchDocuments {

    /** One row found, before it is turned into an address. */
    record Found(
            long communityId,
            Search.Kind kind,
            String path,
            Long commentId,
            Long postId,
            Long threadId,
            Long datasetId,
            String title,
            String titleMarked,
            String snippet,
            double rank) {}

    /**
     * A dataset's document that is public at the searching instant ({@code q.now}) and no later one of it is: the
     * latest release out.
     */
    private static final String DATASET_OUT = """
            (d.kind = 'DATASET' and d.public_at <= q.now and not exists (
                        select 1 from search.documents l where l.kind = 'DATASET' and l.dataset_id = d.dataset_id
                           and l.public_at > d.public_at and l.public_at <= q.now))""";
    /**
     * What someone who may read no space finds: published pages and datasets; written out so that their smaller
     * index is used.
     */
    private static final String PUBLIC_ONLY =
            "d.kind in ('PUBLISHED', 'DATASET') and (d.kind = 'PUBLISHED' or " + DATASET_OUT + ")";
    /**
     * Published versions elsewhere, current pages and comments where the reader may read the space, discussion
     * posts where they may read the discussions.
     */
    private static final String MEMBERS_TOO = """
            ((d.kind = 'PUBLISHED' and not d.community_id = any(?))
                                 or (d.kind in ('PAGE', 'COMMENT') and d.community_id = any(?))
                                 or (d.kind = 'POST' and d.community_id = any(?))
                                 or""" + DATASET_OUT + ")";

    private final JdbcClient db;

    SearchDocuments(JdbcClient db) {
        this.db = db;
    }

    /**
     * Takes the community's index lock for this transaction: indexers of one community store one after another,
     * each after reading what main holds now. This is not the space's write lock; saves never wait for it.
     */
    void lock(long communityId) {
        db.sql("select pg_advisory_xact_lock(hashtext('statcommons-search'), ?)")
                .param(Long.hashCode(communityId))
                .query(rs -> {});
    }

    /**
     * Stores the text of a page ({@code PAGE}) or of its published version ({@code PUBLISHED}), indexed for its
     * language.
     */
    void putPage(long communityId, Search.Kind kind, String path, String title, String body, SearchLanguage language) {
        db.sql("""
                        insert into search.documents (community_id, kind, path, title, body, language, config)
                        values (?, ?, ?, ?, ?, ?, ?::regconfig)
                        on conflict (community_id, kind, path) where kind in ('PAGE', 'PUBLISHED')
                        do update set title = excluded.title, body = excluded.body, language = excluded.language,
                                      config = excluded.config""")
                .params(communityId, kind.name(), path, title, body, language.code(), language.config())
                .update();
    }

    /** Forgets the documents of these kinds at one path (a page, its published version, its comments). */
    void deleteAt(long communityId, String path, Search.Kind... kinds) {
        db.sql("delete from search.documents where community_id = ? and kind = any(?) and path = ?")
                .params(communityId, names(kinds), path)
                .update();
    }

    /** Forgets every page (as on main) of a community, before they are indexed again. */
    void deletePagesOf(long communityId) {
        db.sql("delete from search.documents where community_id = ? and kind = 'PAGE'")
                .param(communityId)
                .update();
    }

    /** Forgets everything of a community, before it is indexed again. */
    void deleteCommunity(long communityId) {
        db.sql("delete from search.documents where community_id = ?")
                .param(communityId)
                .update();
    }

    /** The comments on a moved page move with it. */
    void moveComments(long communityId, String from, String to) {
        db.sql("update search.documents set path = ? where community_id = ? and kind = 'COMMENT' and path = ?")
                .params(to, communityId, from)
                .update();
    }

    boolean hasComments(long communityId, String path) {
        return db.sql(
                        "select exists (select 1 from search.documents where community_id = ? and kind = 'COMMENT' and path = ?)")
                .params(communityId, path)
                .query(Boolean.class)
                .single();
    }

    void putComment(Comments.Indexable comment, String body) {
        db.sql("""
                        insert into search.documents (community_id, kind, path, comment_id, title, body)
                        values (?, 'COMMENT', ?, ?, '', ?)
                        on conflict (comment_id) where kind = 'COMMENT'
                        do update set path = excluded.path, body = excluded.body""")
                .params(comment.communityId(), comment.path(), comment.commentId(), body)
                .update();
    }

    void deleteComment(long commentId) {
        db.sql("delete from search.documents where kind = 'COMMENT' and comment_id = ?")
                .param(commentId)
                .update();
    }

    /** A post; {@code title} is the discussion's title for its opening post and empty for replies. */
    void putPost(Discussions.Indexable post, String title, String threadTitle, String body) {
        db.sql("""
                        insert into search.documents (community_id, kind, path, post_id, thread_id, title, thread_title, body)
                        values (?, 'POST', '', ?, ?, ?, ?, ?)
                        on conflict (post_id) where kind = 'POST'
                        do update set title = excluded.title, thread_title = excluded.thread_title, body = excluded.body""")
                .params(post.communityId(), post.postId(), post.threadId(), title, threadTitle, body)
                .update();
    }

    /**
     * Stores a dataset's document for one release (out or scheduled, public from {@code publicAt}), in the
     * {@code simple} configuration: a dataset's metadata says no language.
     */
    void putDataset(long communityId, long datasetId, long releaseId, Instant publicAt, String title, String body) {
        db.sql("""
                        insert into search.documents (community_id, kind, path, dataset_id, release_id, public_at, title, body)
                        values (?, 'DATASET', '', ?, ?, ?, ?, ?)""")
                .params(communityId, datasetId, releaseId, Timestamp.from(publicAt), title, body)
                .update();
    }

    /** Forgets a dataset's documents, before it is indexed again. */
    void deleteDataset(long datasetId) {
        db.sql("delete from search.documents where kind = 'DATASET' and dataset_id = ?")
                .param(datasetId)
                .update();
    }

    void deletePost(long postId) {
        db.sql("delete from search.documents where kind = 'POST' and post_id = ?")
                .param(postId)
                .update();
    }

    /** The title every post of a discussion shows (its opening post's title, or empty while that is hidden). */
    void retitleThread(long threadId, String threadTitle) {
        db.sql(
                        "update search.documents set thread_title = ? where kind = 'POST' and thread_id = ? and thread_title <> ?")
                .params(threadTitle, threadId, threadTitle)
                .update();
    }

    long countIn(long communityId) {
        return db.sql("select count(*) from search.documents where community_id = ?")
                .param(communityId)
                .query(Long.class)
                .single();
    }

    /**
     * The documents matching {@code query} (already made safe by {@link SearchText#query}), best first, titles and
     * snippets highlighted with {@link SearchText}'s markers. With no community to read ({@code spaces} and
     * {@code discussions} empty) only published versions are looked at, through their own smaller index.
     *
     * @param spaces      the communities whose pages and comments the reader may see
     * @param discussions the communities whose discussion posts the reader may see
     */
    List<Found> matching(String query, Long[] spaces, Long[] discussions, Instant now, int limit, int offset) {
        boolean publicOnly = spaces.length == 0 && discussions.length == 0;
        List<String> chinese = SearchLanguage.chineseTerms(query);
        List<Object> params = new ArrayList<>();
        // the query as each configuration reads it: a document is matched by its own language's reading
        StringBuilder readings =
                new StringBuilder("websearch_to_tsquery('" + SearchLanguage.SIMPLE + "', ?) as simple");
        StringBuilder matches =
                new StringBuilder("(d.config = '" + SearchLanguage.SIMPLE + "'::regconfig and d.document @@ q.simple)");
        StringBuilder reading = new StringBuilder("case d.config::text");
        params.add(query);
        for (String code : SearchLanguage.STEMMED) {
            String config = SearchLanguage.config(code);
            readings.append(", websearch_to_tsquery('")
                    .append(config)
                    .append("', ?) as ")
                    .append(code);
            matches.append(" or (d.config = '")
                    .append(config)
                    .append("'::regconfig and d.document @@ q.")
                    .append(code)
                    .append(')');
            reading.append(" when '").append(config).append("' then q.").append(code);
            params.add(query);
        }
        reading.append(" else q.simple end");
        readings.append(", ?::timestamptz as now");
        params.add(Timestamp.from(now));
        // Chinese pages: every Chinese word of the query as a substring (pg_trgm's index for three characters or more)
        String chineseHit = "false";
        if (!chinese.isEmpty()) {
            chineseHit = "(d.language = '" + SearchLanguage.CHINESE + "'"
                    + " and (d.title || ' ' || d.body) like ?".repeat(chinese.size()) + ")";
            matches.append(" or ").append(chineseHit);
        }
        String first = chinese.isEmpty() ? "" : chinese.get(0);
        String sql =
                """
                with q as (select %s),
                found as (
                    select d.id, d.community_id, d.kind, d.path, d.comment_id, d.post_id, d.thread_id, d.dataset_id, d.thread_title,
                           d.title, d.body, hit.chinese,
                           greatest(ts_rank_cd(d.document, r.query),
                                    case when not hit.chinese then 0 when strpos(d.title, ?) > 0 then 1 else 0.1 end) as rank
                      from search.documents d cross join q
                      cross join lateral (select %s as query) r
                      cross join lateral (select %s as chinese) hit
                     where (%s)
                       and %s
                     order by rank desc, d.id
                     limit ? offset ?)
                select f.id, f.community_id, f.kind, f.path, f.comment_id, f.post_id, f.thread_id, f.dataset_id, f.rank,
                       t.display as title,
                       case when f.chinese then replace(t.display, ?, chr(57344) || ? || chr(57345))
                            else ts_headline(r.config, t.display, r.query,
                                   'HighlightAll=true, StartSel=' || chr(57344) || ', StopSel=' || chr(57345)) end as title_html,
                       case when f.chinese
                            then replace(substr(f.body, greatest(strpos(f.body, ?) - 40, 1), 120), ?, chr(57344) || ? || chr(57345))
                            else ts_headline(r.config, f.body, r.query,
                                   'MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … ", StartSel='
                                   || chr(57344) || ', StopSel=' || chr(57345)) end as snippet
                  from found f cross join q
                  join search.documents d on d.id = f.id
                  cross join lateral (select d.config, %s as query) r
                  left join search.documents p on p.kind = 'PAGE' and p.community_id = f.community_id and p.path = f.path
                  cross join lateral (select case when f.kind = 'POST' then coalesce(nullif(f.thread_title, ''), 'A discussion')
                                                  else coalesce(nullif(f.title, ''), p.title, f.path) end as display) t
                 order by f.rank desc, f.id""".formatted(readings, reading, chineseHit, matches, publicOnly ? PUBLIC_ONLY : MEMBERS_TOO, reading);
        List<Object> all = new ArrayList<>(params);
        all.add(first);
        chinese.forEach(term -> all.add(chineseLike(term)));
        chinese.forEach(term -> all.add(chineseLike(term)));
        if (!publicOnly) {
            all.add(spaces);
            all.add(spaces);
            all.add(discussions);
        }
        all.add(limit);
        all.add(offset);
        all.addAll(List.of(first, first, first, first, first));
        return db.sql(sql)
                .params(all)
                .query((rs, n) -> new Found(
                        rs.getLong("community_id"),
                        Search.Kind.valueOf(rs.getString("kind")),
                        rs.getString("path"),
                        nullable(rs, "comment_id"),
                        nullable(rs, "post_id"),
                        nullable(rs, "thread_id"),
                        nullable(rs, "dataset_id"),
                        rs.getString("title"),
                        rs.getString("title_html"),
                        rs.getString("snippet"),
                        rounded(rs.getDouble("rank"))))
                .list();
    }

    /** A LIKE pattern finding the term anywhere, its own {@code %}, {@code _} and {@code \\} taken literally. */
    private static String chineseLike(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * PostgreSQL ranks in single precision, and the driver hands it over as 0.4 or 0.4000000059604645 depending
     * on the wire format it chose for the statement: six decimals say the same every time.
     */
    private static double rounded(double rank) {
        return Math.round(rank * 1e6) / 1e6;
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static String[] names(Search.Kind... kinds) {
        String[] names = new String[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            names[i] = kinds[i].name();
        }
        return names;
    }
}
