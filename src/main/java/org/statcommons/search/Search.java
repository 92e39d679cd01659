package org.statcommons.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.PageAddress;

/**
 * Searching, always as someone: the policy names the communities whose space the reader may see
 * ({@link Permissions#communitiesWhere}); there they find pages as they are now and comments, elsewhere only
 * the published version of published pages; discussion posts where they may read the discussions. Anonymous
 * readers find published pages only.
 */
@Service
public class Search {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGES = 50;

    /** What someone who may read no space finds; written out so that the index of published versions is used. */
    private static final String PUBLIC_ONLY = "d.kind = 'PUBLISHED'";
    /**
     * Published versions elsewhere, current pages and comments where the reader may read the space, discussion
     * posts where they may read the discussions.
     */
    private static final String MEMBERS_TOO = """
            ((d.kind = 'PUBLISHED' and not d.community_id = any(?))
                                 or (d.kind in ('PAGE', 'COMMENT') and d.community_id = any(?))
                                 or (d.kind = 'POST' and d.community_id = any(?)))""";

    private final JdbcClient db;
    private final Permissions permissions;
    private final Communities communities;

    Search(JdbcClient db, Permissions permissions, Communities communities) {
        this.db = db;
        this.permissions = permissions;
        this.communities = communities;
    }

    public enum Kind { PAGE, PUBLISHED, COMMENT, POST }

    /**
     * One thing found. {@code titleHtml} and {@code snippetHtml} are escaped text with the matching words in
     * {@code <mark>}; {@code href} is where the reader sees it.
     */
    public record Result(Kind kind, String communitySlug, String communityName, String path, Long commentId, Long postId,
                         String title, String titleHtml, String snippetHtml, String href, double rank) {
    }

    /** A page of results; {@code more} when there is a next page. {@code query} is what was searched for. */
    public record Results(String query, int page, List<Result> results, boolean more) {
    }

    public Results search(Actor actor, String typed, int page) {
        String query = SearchText.query(typed);
        int from = Math.max(0, Math.min(page, MAX_PAGES - 1));
        if (query.isEmpty()) {
            return new Results(query, from, List.of(), false);
        }
        Long[] members = permissions.communitiesWhere(actor, Action.VIEW_SPACE).toArray(Long[]::new);
        Long[] discussing = permissions.communitiesWhere(actor, Action.VIEW_DISCUSSIONS).toArray(Long[]::new);
        boolean publicOnly = members.length == 0 && discussing.length == 0;
        List<Row> rows = db.sql("""
                        with q as (select websearch_to_tsquery('search.statcommons', ?) as query),
                        found as (
                            select d.id, d.community_id, d.kind, d.path, d.comment_id, d.post_id, d.thread_id, d.thread_title,
                                   d.title, d.body,
                                   ts_rank_cd(d.document, q.query) as rank
                              from search.documents d, q
                             where d.document @@ q.query
                               and %s
                             order by rank desc, d.id
                             limit ? offset ?)
                        select f.id, f.community_id, f.kind, f.path, f.comment_id, f.post_id, f.thread_id, f.rank,
                               t.display as title,
                               ts_headline('search.statcommons', t.display, q.query,
                                           'HighlightAll=true, StartSel=' || chr(57344) || ', StopSel=' || chr(57345)) as title_html,
                               ts_headline('search.statcommons', f.body, q.query,
                                           'MaxFragments=2, MaxWords=24, MinWords=8, FragmentDelimiter=" … ", StartSel='
                                           || chr(57344) || ', StopSel=' || chr(57345)) as snippet
                          from found f cross join q
                          left join search.documents p on p.kind = 'PAGE' and p.community_id = f.community_id and p.path = f.path
                          cross join lateral (select case when f.kind = 'POST' then coalesce(nullif(f.thread_title, ''), 'A discussion')
                                                          else coalesce(nullif(f.title, ''), p.title, f.path) end as display) t
                         order by f.rank desc, f.id""".formatted(publicOnly ? PUBLIC_ONLY : MEMBERS_TOO))
                .params(publicOnly ? new Object[] {query, PAGE_SIZE + 1, from * PAGE_SIZE}
                        : new Object[] {query, members, members, discussing, PAGE_SIZE + 1, from * PAGE_SIZE})
                .query((rs, n) -> {
                    return new Row(rs.getLong("community_id"), Kind.valueOf(rs.getString("kind")), rs.getString("path"),
                            nullable(rs, "comment_id"), nullable(rs, "post_id"), nullable(rs, "thread_id"),
                            rs.getString("title"), rs.getString("title_html"), rs.getString("snippet"), rounded(rs.getDouble("rank")));
                })
                .list();
        Map<Long, Optional<Community>> places = new HashMap<>();
        List<Result> results = new ArrayList<>();
        for (Row row : rows.subList(0, Math.min(rows.size(), PAGE_SIZE))) {
            Optional<Community> community = places.computeIfAbsent(row.communityId(), communities::byId);
            community.ifPresent(c -> results.add(row.result(c)));
        }
        return new Results(query, from, results, rows.size() > PAGE_SIZE && from < MAX_PAGES - 1);
    }

    /**
     * PostgreSQL ranks in single precision, and the driver hands it over as 0.4 or 0.4000000059604645 depending
     * on the wire format it chose for the statement: six decimals say the same every time.
     */
    private static double rounded(double rank) {
        return Math.round(rank * 1e6) / 1e6;
    }

    private static Long nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private record Row(long communityId, Kind kind, String path, Long commentId, Long postId, Long threadId, String title,
                       String titleMarked, String snippet, double rank) {

        Result result(Community community) {
            String href = switch (kind) {
                case PUBLISHED -> PageAddress.published(community.slug(), path);
                case PAGE -> PageAddress.page(community.slug(), path);
                case COMMENT -> PageAddress.page(community.slug(), path) + "#comment-" + commentId;
                case POST -> "/c/" + community.slug() + "/discussions/" + threadId + "#post-" + postId;
            };
            return new Result(kind, community.slug(), community.name(), path, commentId, postId, SearchText.clean(title),
                    SearchText.highlighted(titleMarked), SearchText.highlighted(snippet), href, rank);
        }
    }
}
