package org.statcommons.search;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.content.BodySpace;
import org.statcommons.content.BodySpaces;
import org.statcommons.content.PageAddress;
import org.statcommons.data.DatasetAddress;

/**
 * Searching, always as someone: the policy names the communities whose space the reader may see
 * ({@link Permissions#communitiesWhere}); there they find pages as they are now and comments, elsewhere only
 * the published version of published pages; discussion posts where they may read the discussions; the pages of the
 * bodies' members-only spaces they may read ({@link BodySpaces#readable}: the bodies they sit on, those of the
 * communities they run), and no one else's. Everyone finds the datasets out now (their metadata as of their latest
 * release out at this instant), no one a draft or an embargoed one. Anonymous readers find published pages and
 * datasets only.
 */
@Service
public class Search {

    static final int PAGE_SIZE = 20;
    static final int MAX_PAGES = 50;

    private final SearchDocuments documents;
    private final Permissions permissions;
    private final Communities communities;
    private final BodySpaces bodySpaces;
    private final Clock clock;
    private final Timer latency;

    Search(
            SearchDocuments documents,
            Permissions permissions,
            Communities communities,
            BodySpaces bodySpaces,
            Clock clock,
            MeterRegistry meters) {
        this.latency = Timer.builder("statcommons.search")
                .description("Site searches answered (the query and its page of results)")
                .register(meters);
        this.clock = clock;
        this.bodySpaces = bodySpaces;
        this.documents = documents;
        this.permissions = permissions;
        this.communities = communities;
    }

    public enum Kind {
        PAGE,
        PUBLISHED,
        COMMENT,
        POST,
        DATASET
    }

    /**
     * One thing found. {@code titleHtml} and {@code snippetHtml} are escaped text with the matching words in
     * {@code <mark>}; {@code href} is where the reader sees it.
     */
    public record Result(
            Kind kind,
            String communitySlug,
            String communityName,
            String path,
            Long commentId,
            Long postId,
            Long datasetId,
            String title,
            String titleHtml,
            String snippetHtml,
            String href,
            double rank) {}

    /** A page of results; {@code more} when there is a next page. {@code query} is what was searched for. */
    public record Results(String query, int page, List<Result> results, boolean more) {}

    public Results search(Actor actor, String typed, int page) {
        return latency.record(() -> answer(actor, typed, page));
    }

    private Results answer(Actor actor, String typed, int page) {
        String query = SearchText.query(typed);
        int from = Math.max(0, Math.min(page, MAX_PAGES - 1));
        if (query.isEmpty()) {
            return new Results(query, from, List.of(), false);
        }
        // the body spaces the reader may read are searched as their members' spaces: under their own (negative) keys
        Map<Long, BodySpace> bodies = bodySpaces.readable(actor);
        List<Long> spaces = new ArrayList<>(permissions.communitiesWhere(actor, Action.VIEW_SPACE));
        spaces.addAll(bodies.keySet());
        Long[] members = spaces.toArray(Long[]::new);
        Long[] discussing =
                permissions.communitiesWhere(actor, Action.VIEW_DISCUSSIONS).toArray(Long[]::new);
        List<SearchDocuments.Found> rows =
                documents.matching(query, members, discussing, clock.instant(), PAGE_SIZE + 1, from * PAGE_SIZE);
        Map<Long, Optional<Community>> places = new HashMap<>();
        List<Result> results = new ArrayList<>();
        for (SearchDocuments.Found row : rows.subList(0, Math.min(rows.size(), PAGE_SIZE))) {
            if (BodySpace.isBodySpace(row.communityId())) {
                BodySpace body = bodies.get(row.communityId());
                if (body != null && row.kind() == Kind.PAGE) {
                    results.add(result(row, body));
                }
                continue;
            }
            Optional<Community> community = places.computeIfAbsent(row.communityId(), communities::byId);
            community.ifPresent(c -> results.add(result(row, c)));
        }
        return new Results(query, from, results, rows.size() > PAGE_SIZE && from < MAX_PAGES - 1);
    }

    /** A page of a body's members-only space: found there, by its members, and shown with the body's name. */
    private static Result result(SearchDocuments.Found row, BodySpace body) {
        return new Result(
                row.kind(),
                body.communitySlug(),
                body.communityName() + " › " + body.bodyName(),
                row.path(),
                null,
                null,
                null,
                SearchText.clean(row.title()),
                SearchText.highlighted(row.titleMarked()),
                SearchText.highlighted(row.snippet()),
                body.page(row.path()),
                row.rank());
    }

    private static Result result(SearchDocuments.Found row, Community community) {
        String href = switch (row.kind()) {
            case PUBLISHED -> PageAddress.published(community.slug(), row.path());
            case PAGE -> PageAddress.page(community.slug(), row.path());
            case COMMENT -> PageAddress.page(community.slug(), row.path()) + "#comment-" + row.commentId();
            case POST -> "/c/" + community.slug() + "/discussions/" + row.threadId() + "#post-" + row.postId();
            case DATASET -> DatasetAddress.dataset(community.slug(), row.datasetId());
        };
        return new Result(
                row.kind(),
                community.slug(),
                community.name(),
                row.path(),
                row.commentId(),
                row.postId(),
                row.datasetId(),
                SearchText.clean(row.title()),
                SearchText.highlighted(row.titleMarked()),
                SearchText.highlighted(row.snippet()),
                href,
                row.rank());
    }
}
