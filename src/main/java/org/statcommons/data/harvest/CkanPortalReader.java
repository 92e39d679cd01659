package org.statcommons.data.harvest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.statcommons.data.DataTheme;
import org.statcommons.data.Licence;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a CKAN portal's public datasets through its action API, {@code package_search} page by page (100 a page), as
 * ckanext-harvest's CKAN harvester does; at most {@link PortalReading#MAX_DATASETS}. A page that is not CKAN's answer
 * fails the harvest, naming what was wrong.
 */
@Component
class CkanPortalReader {

    static final int ROWS = 100;

    private final PortalFetcher fetcher;
    private final JsonMapper json;

    CkanPortalReader(PortalFetcher fetcher, JsonMapper json) {
        this.fetcher = fetcher;
        this.json = json;
    }

    /** The action API's base of an address given as the portal's, or as its API's. */
    static String actionBase(String url) {
        String base = url.strip().replaceAll("/+$", "");
        if (base.endsWith("/api/3/action") || base.endsWith("/api/action")) {
            return base;
        }
        return base + "/api/3/action";
    }

    PortalReading read(String url) throws PortalFetcher.FetchException {
        String base = actionBase(url);
        String site = base.substring(0, base.lastIndexOf("/api/"));
        List<HarvestedDataset> datasets = new ArrayList<>();
        int withoutLicence = 0;
        long count = Long.MAX_VALUE;
        for (int start = 0; start < count && start < PortalReading.MAX_DATASETS; start += ROWS) {
            URI page = URI.create(base + "/package_search?rows=" + ROWS + "&start=" + start);
            JsonNode root = parse(fetcher.get(page, "application/json"));
            if (!root.path("success").asBoolean(false)
                    || !root.path("result").path("results").isArray()) {
                throw new PortalFetcher.FetchException(page + " is not an answer of CKAN's package_search");
            }
            count = root.path("result").path("count").asLong(0);
            JsonNode results = root.path("result").path("results");
            if (results.isEmpty()) {
                break;
            }
            for (JsonNode p : results) {
                if (datasets.size() + withoutLicence >= PortalReading.MAX_DATASETS) {
                    break;
                }
                String id = text(p, "id");
                if (id.isBlank() || p.path("private").asBoolean(false)) {
                    continue;
                }
                var licence = PortalReading.licence(text(p, "license_id"));
                if (licence.isEmpty()) {
                    withoutLicence++;
                    continue;
                }
                datasets.add(dataset(p, site, licence.get()));
            }
        }
        return new PortalReading(datasets, withoutLicence);
    }

    private static HarvestedDataset dataset(JsonNode p, String site, Licence licence) {
        List<String> keywords = new ArrayList<>();
        for (JsonNode tag : p.path("tags")) {
            keywords.add(text(tag, "name"));
        }
        List<DataTheme> themes = new ArrayList<>();
        for (JsonNode group : p.path("groups")) {
            PortalReading.theme(text(group, "name")).ifPresent(themes::add);
        }
        String frequency = null;
        for (JsonNode extra : p.path("extras")) {
            String key = text(extra, "key");
            if (key.equals("theme")) {
                for (String uri : text(extra, "value").split(",")) {
                    PortalReading.theme(uri.strip()).ifPresent(themes::add);
                }
            } else if (key.equals("frequency")) {
                frequency = text(extra, "value");
            }
        }
        String name = text(p, "name");
        String title = text(p, "title");
        return new HarvestedDataset(
                text(p, "id"),
                site + "/dataset/" + (name.matches("[a-z0-9_-]{1,100}") ? name : text(p, "id")),
                title.isBlank() ? name : title,
                text(p, "notes"),
                keywords,
                themes,
                text(p.path("organization"), "title"),
                licence,
                PortalReading.frequency(frequency));
    }

    private JsonNode parse(PortalFetcher.Answer answer) throws PortalFetcher.FetchException {
        try {
            return json.readTree(answer.body());
        } catch (JacksonException e) {
            throw new PortalFetcher.FetchException(answer.uri() + " did not answer JSON: "
                    + PortalFetcher.clip(String.valueOf(e.getOriginalMessage())));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }
}
