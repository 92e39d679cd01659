package org.statcommons.data.ckan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.data.CatalogueQuery;
import org.statcommons.data.catalog.CatalogEntry;
import org.statcommons.data.catalog.ReleasedDatasets;
import org.statcommons.platform.StatCommonsProperties;

/**
 * A read-only subset of CKAN's action API ({@code /api/3/action/…}, also {@code /api/action/…}) over the released
 * datasets, with CKAN's answers: {@code {"help", "success": true, "result"}}, and its errors (404 "Not Found Error",
 * 409 "Validation Error", 400 "Search Query Error" and "Bad Request"), so that CKAN harvesters and aggregators take
 * StatCommons as a source. Unknown parameters are what CKAN makes of them: ignored by every action but
 * {@code package_search}, which (as CKAN hands its parameters to Solr) refuses one it does not know.
 */
@RestController
class CkanApi {

    /** CKAN's default and largest page of a search ({@code ckan.search.rows_max}). */
    static final int DEFAULT_ROWS = 10;

    static final int MAX_ROWS = 1000;

    /** The parameters CKAN's package_search passes on to Solr, and those it reads itself. */
    static final Set<String> SEARCH_PARAMETERS = Set.of(
            "q",
            "fq",
            "fq_list",
            "rows",
            "start",
            "sort",
            "facet",
            "facet.mincount",
            "facet.limit",
            "facet.field",
            "include_private",
            "include_drafts",
            "include_deleted",
            "use_default_schema",
            "fl",
            "defType",
            "qf",
            "wt",
            "callback",
            "_");

    /** The longest {@code fq} read (its terms joined). */
    static final int FQ_MAX = 2000;

    /** A term; a quoted value is read unrolled and possessively, so a long one neither backtracks nor recurses. */
    private static final Pattern FILTER =
            Pattern.compile("([+-]?)([A-Za-z_]++):(?:\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"|([^\\s\"]++))");

    private final ReleasedDatasets released;
    private final CkanPresenter presenter;
    private final Communities communities;
    private final StatCommonsProperties properties;
    private final Clock clock;

    CkanApi(
            ReleasedDatasets released,
            CkanPresenter presenter,
            Communities communities,
            StatCommonsProperties properties,
            Clock clock) {
        this.released = released;
        this.presenter = presenter;
        this.communities = communities;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping({"/api/3/action/{action}", "/api/action/{action}"})
    ResponseEntity<Map<String, Object>> action(
            @PathVariable String action, @RequestParam MultiValueMap<String, String> parameters) {
        Instant now = clock.instant();
        String help = properties.link("/api/3/action/help_show?name=" + (action.matches("[a-z_]{1,50}") ? action : ""));
        try {
            Object result = switch (action) {
                case "package_list" -> packageList(parameters, now);
                case "package_show" -> packageShow(parameters, now);
                case "package_search" -> packageSearch(parameters, now);
                case "organization_list" -> organizationList(parameters, now);
                case "organization_show" -> organizationShow(parameters, now);
                case "status_show" -> statusShow();
                default ->
                    throw new CkanError(
                            400,
                            Map.of(
                                    "message",
                                    "Bad request - Action name not known: "
                                            + (action.length() > 100 ? action.substring(0, 100) : action),
                                    "__type",
                                    "Bad Request"));
            };
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("help", help);
            answer.put("success", true);
            answer.put("result", result);
            return ResponseEntity.ok(answer);
        } catch (CkanError e) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("help", help);
            answer.put("success", false);
            answer.put("error", e.error);
            return ResponseEntity.status(e.status).body(answer);
        }
    }

    /** A package's page at CKAN's address, for the links back that CKAN harvesters make: the dataset's page. */
    @GetMapping("/dataset/{name}")
    ResponseEntity<Void> packagePage(@PathVariable String name) {
        Long id = CkanPresenter.datasetId(name)
                .filter(number -> released.byId(number, clock.instant()).isPresent())
                .orElse(null);
        return id == null
                ? ResponseEntity.notFound().build()
                : ResponseEntity.status(302)
                        .location(java.net.URI.create("/data/" + id))
                        .build();
    }

    private List<String> packageList(MultiValueMap<String, String> p, Instant now) {
        int limit = natural(p, "limit", MAX_ROWS * 100, MAX_ROWS * 100);
        int offset = natural(p, "offset", 0, Integer.MAX_VALUE);
        List<String> names = new ArrayList<>();
        for (CatalogEntry entry : released.page(limit, offset, now)) {
            names.add(CkanPresenter.name(entry.dataset()));
        }
        return names;
    }

    private Map<String, Object> packageShow(MultiValueMap<String, String> p, Instant now) {
        String id = required(p, "id");
        return CkanPresenter.datasetId(id)
                .flatMap(number -> released.byId(number, now))
                .filter(entry -> id.matches("[0-9]+")
                        || CkanPresenter.name(entry.dataset()).equals(id))
                .map(presenter::pack)
                .orElseThrow(CkanApi::notFound);
    }

    private Map<String, Object> packageSearch(MultiValueMap<String, String> p, Instant now) {
        List<String> unknown = p.keySet().stream()
                .filter(name -> !SEARCH_PARAMETERS.contains(name))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw searchError("Invalid search parameters: "
                    + unknown.stream().map(n -> "'" + clip(n) + "'").toList());
        }
        int rows = Math.min(natural(p, "rows", DEFAULT_ROWS, Integer.MAX_VALUE), MAX_ROWS);
        int start = natural(p, "start", 0, 10_000_000);
        String q = p.getFirst("q");
        String text = q == null || q.isBlank() || q.strip().equals("*:*") ? null : q.strip();
        if (text != null && text.length() > CatalogueQuery.TEXT_MAX) {
            throw searchError("the query is longer than " + CatalogueQuery.TEXT_MAX + " characters");
        }
        Long communityId = null;
        Long organisationId = null;
        List<String> tags = new ArrayList<>();
        String licence = null;
        String theme = null;
        for (Filter filter :
                filters(String.join(" ", Optional.ofNullable(p.get("fq")).orElse(List.of())))) {
            String value = filter.value();
            switch (filter.field()) {
                case "organization", "owner_org" -> {
                    long[] publisher = publisher(value).orElse(new long[] {-1, -1});
                    if (publisher[1] < 0) {
                        communityId = publisher[0];
                    } else {
                        organisationId = publisher[1];
                    }
                }
                case "tags" -> tags.add(value);
                case "license_id" -> licence = value;
                case "groups" -> theme = value.toUpperCase(java.util.Locale.ROOT);
                case "dataset_type", "type", "state", "capacity" -> {
                    if (!List.of("dataset", "active", "public").contains(value)) {
                        communityId = -1L;
                    }
                }
                default -> throw searchError("undefined field " + clip(filter.field()));
            }
        }
        ReleasedDatasets.Sort sort = sort(p.getFirst("sort"));
        ReleasedDatasets.Found found = released.search(
                new ReleasedDatasets.Search(text, communityId, organisationId, tags, licence, theme, sort, rows, start),
                now);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("count", found.total());
        result.put("facets", Map.of());
        result.put("results", found.entries().stream().map(presenter::pack).toList());
        result.put("sort", p.getFirst("sort") == null ? "score desc, metadata_modified desc" : p.getFirst("sort"));
        result.put("search_facets", Map.of());
        return result;
    }

    private Object organizationList(MultiValueMap<String, String> p, Instant now) {
        boolean allFields = bool(p, "all_fields");
        int limit = natural(p, "limit", MAX_ROWS, MAX_ROWS);
        int offset = natural(p, "offset", 0, Integer.MAX_VALUE);
        List<ReleasedDatasets.Publisher> publishers = released.publishers(now);
        List<Object> result = new ArrayList<>();
        int from = Math.min(offset, publishers.size());
        for (ReleasedDatasets.Publisher publisher :
                publishers.subList(from, (int) Math.min(publishers.size(), (long) from + limit))) {
            result.add(allFields ? presenter.organization(publisher) : presenter.organizationName(publisher));
        }
        return result;
    }

    private Map<String, Object> organizationShow(MultiValueMap<String, String> p, Instant now) {
        String id = required(p, "id");
        long[] wanted = publisher(id).orElseThrow(CkanApi::notFound);
        ReleasedDatasets.Publisher publisher = released.publishers(now).stream()
                .filter(x -> x.communityId() == wanted[0] || wanted[0] < 0)
                .filter(x -> wanted[1] < 0
                        ? x.organisationId() == null
                        : Long.valueOf(wanted[1]).equals(x.organisationId()))
                .findFirst()
                .orElseThrow(CkanApi::notFound);
        Map<String, Object> organization = presenter.organization(publisher);
        if (bool(p, "include_datasets")) {
            organization.put(
                    "packages",
                    released
                            .search(
                                    new ReleasedDatasets.Search(
                                            null,
                                            wanted[1] < 0 ? wanted[0] : null,
                                            wanted[1] < 0 ? null : wanted[1],
                                            List.of(),
                                            null,
                                            null,
                                            ReleasedDatasets.Sort.MODIFIED_DESC,
                                            MAX_ROWS,
                                            0),
                                    now)
                            .entries()
                            .stream()
                            .map(presenter::pack)
                            .toList());
        }
        return organization;
    }

    private Map<String, Object> statusShow() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("site_title", "StatCommons");
        status.put("site_description", "Open data of the communities of official statisticians");
        status.put("site_url", properties.link(""));
        // the CKAN version whose action API this subset answers as, for clients that choose by version
        status.put("ckan_version", "2.10.0");
        status.put("error_emails_to", null);
        status.put("locale_default", "en");
        status.put("extensions", List.of("dcat"));
        return status;
    }

    /** A publisher's CKAN name as {community id, organisation id or -1}; -1 as the community: any community. */
    private Optional<long[]> publisher(String name) {
        if (name.startsWith(CkanPresenter.ORGANISATION_PREFIX)) {
            String digits = name.substring(CkanPresenter.ORGANISATION_PREFIX.length());
            return digits.matches("[0-9]{1,18}")
                    ? Optional.of(new long[] {-1, Long.parseLong(digits)})
                    : Optional.empty();
        }
        return name.length() > 200
                ? Optional.empty()
                : communities.bySlug(name).map(Community::id).map(id -> new long[] {id, -1});
    }

    /** One {@code field:value} (or {@code field:"quoted value"}) term of an {@code fq}. */
    record Filter(String field, String value) {}

    /**
     * The terms of an {@code fq}, at most {@link #FQ_MAX} characters; a negated term or anything between terms that is
     * not one is refused by name.
     */
    static List<Filter> filters(String fq) {
        if (fq.length() > FQ_MAX) {
            throw searchError("fq is longer than " + FQ_MAX + " characters");
        }
        List<Filter> filters = new ArrayList<>();
        Matcher m = FILTER.matcher(fq);
        int at = 0;
        while (m.find()) {
            if (!fq.substring(at, m.start()).isBlank()) {
                throw searchError("cannot read fq near \""
                        + clip(fq.substring(at, m.start()).strip()) + "\"");
            }
            at = m.end();
            if (m.group(1).equals("-")) {
                throw searchError("negated filters are not supported: " + clip(m.group()));
            }
            filters.add(
                    new Filter(m.group(2), m.group(3) != null ? m.group(3).replaceAll("\\\\(.)", "$1") : m.group(4)));
        }
        if (!fq.substring(at).isBlank()) {
            throw searchError("cannot read fq near \"" + clip(fq.substring(at).strip()) + "\"");
        }
        return filters;
    }

    private static ReleasedDatasets.Sort sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return ReleasedDatasets.Sort.RELEVANCE;
        }
        String first = sort.split(",")[0].strip().replaceAll("\\s+", " ");
        return switch (first) {
            case "score desc", "rank desc" -> ReleasedDatasets.Sort.RELEVANCE;
            case "metadata_modified desc" -> ReleasedDatasets.Sort.MODIFIED_DESC;
            case "metadata_modified asc" -> ReleasedDatasets.Sort.MODIFIED_ASC;
            case "title_string asc", "name asc" -> ReleasedDatasets.Sort.TITLE_ASC;
            case "title_string desc", "name desc" -> ReleasedDatasets.Sort.TITLE_DESC;
            case "metadata_created desc" -> ReleasedDatasets.Sort.ISSUED_DESC;
            default -> throw searchError("cannot sort by \"" + clip(first) + "\"");
        };
    }

    private static String required(MultiValueMap<String, String> p, String name) {
        String value = p.getFirst(name);
        if (value == null || value.isBlank()) {
            throw validation(name, "Missing value");
        }
        return value.strip();
    }

    private static int natural(MultiValueMap<String, String> p, String name, int otherwise, int max) {
        String value = p.getFirst(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        if (!value.strip().matches("-?[0-9]{1,18}")) {
            throw validation(name, "Invalid integer");
        }
        if (value.strip().startsWith("-")) {
            throw validation(name, "Must be a natural number");
        }
        long number = Long.parseLong(value.strip());
        return (int) Math.min(number, max);
    }

    private static boolean bool(MultiValueMap<String, String> p, String name) {
        String value = p.getFirst(name);
        return value != null
                && List.of("true", "1", "yes", "on").contains(value.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String clip(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }

    private static CkanError notFound() {
        return new CkanError(404, Map.of("message", "Not found", "__type", "Not Found Error"));
    }

    private static CkanError validation(String field, String message) {
        return new CkanError(409, Map.of(field, List.of(message), "__type", "Validation Error"));
    }

    private static CkanError searchError(String message) {
        return new CkanError(
                400, Map.of("message", "Search Query is invalid: " + message, "__type", "Search Query Error"));
    }

    /** A refusal in CKAN's words: its status and its {@code error} object. */
    static final class CkanError extends RuntimeException {
        final int status;
        final Map<String, Object> error;

        CkanError(int status, Map<String, Object> error) {
            super(null, null, false, false);
            this.status = status;
            this.error = error;
        }
    }
}
