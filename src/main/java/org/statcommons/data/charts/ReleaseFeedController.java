package org.statcommons.data.charts;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;
import org.statcommons.access.Action;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;
import org.statcommons.data.Dataset;
import org.statcommons.data.DatasetAddress;
import org.statcommons.data.Datasets;
import org.statcommons.data.Releases;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.StatCommonsProperties;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;
import org.statcommons.platform.web.AtomFeed;
import org.statcommons.platform.web.LanguageResolver;

/**
 * The Atom feeds of the releases that are out, written alike: every community's (the calendar's
 * {@code /data/calendar.atom}), a community's ({@code /c/{slug}/data/releases.atom}) and one dataset's
 * ({@code /data/{id}/releases.atom}); a release is the same entry in each. A scheduled release enters a feed only once
 * its instant has passed, so a feed tells nothing embargoed.
 */
@Controller
class ReleaseFeedController {

    /** The most entries of a feed: the newest releases. */
    static final int ENTRIES = 50;

    private static final CacheControl CACHING =
            CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final Releases releases;
    private final Datasets datasets;
    private final Communities communities;
    private final StatCommonsProperties properties;
    private final Clock clock;

    ReleaseFeedController(
            Releases releases,
            Datasets datasets,
            Communities communities,
            StatCommonsProperties properties,
            Clock clock) {
        this.releases = releases;
        this.datasets = datasets;
        this.communities = communities;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/data/calendar.atom")
    @ResponseBody
    ResponseEntity<String> everyCommunity(
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            HttpServletRequest request) {
        Language language = LanguageResolver.ofFeed(request);
        return feed(
                        null,
                        null,
                        "/data/calendar.atom",
                        "/data/calendar",
                        Text.of("data.calendar.feed-title").in(language),
                        language)
                .answer(ifNoneMatch, CACHING);
    }

    @GetMapping("/c/{slug}/data/releases.atom")
    @ResponseBody
    ResponseEntity<String> community(
            @Permitted(Action.VIEW_COMMUNITY_LANDING) Community community,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            HttpServletRequest request) {
        Language language = LanguageResolver.ofFeed(request);
        return feed(
                        community,
                        null,
                        "/c/" + community.slug() + "/data/releases.atom",
                        DatasetAddress.list(community.slug()),
                        Text.of("data-charts.feed.community", community.name()).in(language),
                        language)
                .answer(ifNoneMatch, CACHING);
    }

    @GetMapping("/data/{id:[0-9]+}/releases.atom")
    @ResponseBody
    ResponseEntity<String> dataset(
            @PathVariable long id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
            HttpServletRequest request) {
        Dataset dataset = datasets.byId(id)
                .filter(d -> d.publicAt(clock.instant()))
                .orElseThrow(() -> new NotFoundException(Text.of("data.none")));
        Community community =
                communities.byId(dataset.communityId()).orElseThrow(() -> new NotFoundException(Text.of("data.none")));
        Language language = LanguageResolver.ofFeed(request);
        return feed(
                        community,
                        dataset,
                        "/data/" + id + "/releases.atom",
                        DatasetAddress.dataset(community.slug(), id),
                        Text.of("data-charts.feed.dataset", dataset.title()).in(language),
                        language)
                .answer(ifNoneMatch, CACHING);
    }

    /** The feed of a community's releases (every community's when null), or of one dataset's when given. */
    private AtomFeed feed(
            Community community, Dataset dataset, String path, String page, String title, Language language) {
        List<Releases.Out> out = releases.outIn(
                community == null ? null : community.id(),
                dataset == null ? null : dataset.id(),
                clock.instant(),
                ENTRIES);
        // each community named once, whatever the number of its releases in the feed
        Map<Long, Optional<Community>> where = new HashMap<>();
        if (community != null) {
            where.put(community.id(), Optional.of(community));
        }
        List<AtomFeed.Entry> entries = out.stream()
                .map(o -> {
                    Releases.Announced r = o.release();
                    String datasetPage = where.computeIfAbsent(r.communityId(), communities::byId)
                            .map(c -> DatasetAddress.dataset(c.slug(), r.datasetId()))
                            .orElse("/data/" + r.datasetId());
                    return new AtomFeed.Entry(
                            properties.link("/data/" + r.datasetId() + "/releases.atom#release-" + r.releaseId()),
                            Text.of("data-charts.feed.entry", r.title(), r.number())
                                    .in(language),
                            properties.link(datasetPage),
                            r.at(),
                            o.changelog(),
                            null);
                })
                .toList();
        String self = properties.link(path);
        return new AtomFeed(
                self,
                title,
                self,
                properties.link(page),
                community == null ? "StatCommons" : community.name(),
                out.isEmpty()
                        ? (community == null ? Instant.EPOCH : community.createdAt())
                        : out.get(0).release().at(),
                language,
                entries);
    }
}
