package org.statcommons.data.ckan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.data.DataTheme;
import org.statcommons.data.Dataset;
import org.statcommons.data.DatasetMetadata;
import org.statcommons.data.catalog.CatalogEntry;
import org.statcommons.data.catalog.ReleasedDatasets;
import org.statcommons.platform.StatCommonsProperties;

/**
 * Writes released datasets and their publishers as CKAN's action API does: a package's fields, its organization, tags,
 * groups (the EU Data Themes), resources (the CSV, JSON and Excel downloads and the data API) and extras (the DCAT-AP
 * properties CKAN has no field for, named as ckanext-dcat names them). A package's name is its title made a CKAN name
 * with its id after it ({@code census-2020-12}), so that a name never changes owner; a publisher's is its community's
 * address name, or {@code organisation-<id>} for a member organisation.
 */
@Component
class CkanPresenter {

    static final String ORGANISATION_PREFIX = "organisation-";

    private final Communities communities;
    private final StatCommonsProperties properties;

    CkanPresenter(Communities communities, StatCommonsProperties properties) {
        this.communities = communities;
        this.properties = properties;
    }

    /** A package's CKAN name: lower-case letters, digits and hyphens, at most 100 characters, ending in its id. */
    static String name(Dataset dataset) {
        String slug = dataset.title()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        String id = String.valueOf(dataset.id());
        int room = 100 - id.length() - 1;
        if (slug.length() > room) {
            slug = slug.substring(0, room).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "dataset-" + id : slug + "-" + id;
    }

    /** The dataset id a package's id or name stands for: its digits, or the digits after its name's last hyphen. */
    static Optional<Long> datasetId(String idOrName) {
        String digits = idOrName.matches("[0-9]{1,18}")
                ? idOrName
                : idOrName.matches("[a-z0-9-]{0,100}-[0-9]{1,18}")
                        ? idOrName.substring(idOrName.lastIndexOf('-') + 1)
                        : null;
        return Optional.ofNullable(digits).map(Long::parseLong);
    }

    Map<String, Object> pack(CatalogEntry entry) {
        Dataset d = entry.dataset();
        DatasetMetadata m = d.metadata();
        Community community = communities.byId(d.communityId()).orElseThrow();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", String.valueOf(d.id()));
        p.put("name", name(d));
        p.put("title", m.title());
        p.put("notes", m.description());
        p.put("url", properties.link("/data/" + d.id()));
        p.put("author", d.publisherName());
        p.put("author_email", null);
        p.put("maintainer", m.contactName().isBlank() ? null : m.contactName());
        p.put("maintainer_email", m.contactEmail().isBlank() ? null : m.contactEmail());
        p.put("license_id", m.licence().spdx());
        p.put("license_title", m.licence().spdx());
        p.put("license_url", m.licence().uri());
        p.put("isopen", true);
        p.put("private", false);
        p.put("state", "active");
        p.put("type", "dataset");
        p.put("version", null);
        p.put("creator_user_id", null);
        p.put("metadata_created", time(d.createdAt()));
        p.put("metadata_modified", time(entry.modified()));
        Map<String, Object> organization = organization(community, d.organisationId(), d.publisherName(), null);
        p.put("owner_org", organization.get("id"));
        p.put("organization", organization);
        List<Map<String, Object>> tags = new ArrayList<>();
        for (String keyword : m.keywords()) {
            Map<String, Object> tag = new LinkedHashMap<>();
            tag.put("id", keyword);
            tag.put("name", keyword);
            tag.put("display_name", keyword);
            tag.put("state", "active");
            tag.put("vocabulary_id", null);
            tags.add(tag);
        }
        p.put("tags", tags);
        p.put("num_tags", tags.size());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (DataTheme theme : m.themes()) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("id", theme.name().toLowerCase(Locale.ROOT));
            group.put("name", theme.name().toLowerCase(Locale.ROOT));
            group.put("title", theme.name());
            group.put("display_name", theme.name());
            group.put("description", "");
            group.put("image_display_url", "");
            groups.add(group);
        }
        p.put("groups", groups);
        List<Map<String, Object>> resources = resources(entry);
        p.put("resources", resources);
        p.put("num_resources", resources.size());
        p.put("extras", extras(entry));
        p.put("relationships_as_object", List.of());
        p.put("relationships_as_subject", List.of());
        return p;
    }

    private List<Map<String, Object>> resources(CatalogEntry entry) {
        List<Map<String, Object>> resources = new ArrayList<>();
        if (!entry.hasData()) {
            return resources;
        }
        long id = entry.dataset().id();
        String api = properties.link("/api/v1/datasets/" + id);
        String[][] kinds = {
            {"csv", "CSV", "text/csv", api + "/download.csv"},
            {"json", "JSON", "application/json", api + "/download.json"},
            {"xlsx", "XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", api + "/download.xlsx"
            },
            {"api", "API", "application/json", api + "/data"}
        };
        for (String[] kind : kinds) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", id + "-" + kind[0]);
            r.put("package_id", String.valueOf(id));
            r.put("name", kind[0].equals("api") ? "Data API" : entry.dataset().title() + " (" + kind[1] + ")");
            r.put(
                    "description",
                    kind[0].equals("api")
                            ? "A slice by dimension codes and periods: ?REF_AREA=KEN&startPeriod=2020"
                            : "The whole latest release.");
            r.put("url", kind[3]);
            r.put("format", kind[1]);
            r.put("mimetype", kind[2]);
            r.put("url_type", null);
            r.put("state", "active");
            r.put("position", resources.size());
            r.put("created", time(entry.modified()));
            r.put("last_modified", time(entry.modified()));
            resources.add(r);
        }
        return resources;
    }

    private List<Map<String, Object>> extras(CatalogEntry entry) {
        DatasetMetadata m = entry.dataset().metadata();
        List<Map<String, Object>> extras = new ArrayList<>();
        extra(
                extras,
                "uri",
                properties.link("/catalog/datasets/" + entry.dataset().id()));
        extra(extras, "issued", time(entry.issued()));
        extra(extras, "modified", time(entry.modified()));
        extra(
                extras,
                "theme",
                String.join(",", m.themes().stream().map(DataTheme::uri).toList()));
        extra(extras, "spatial_uri", String.join(",", m.countries()));
        extra(
                extras,
                "temporal_start",
                m.temporalStart() == null ? "" : m.temporalStart().toString());
        extra(
                extras,
                "temporal_end",
                m.temporalEnd() == null ? "" : m.temporalEnd().toString());
        extra(extras, "frequency", m.frequency() == null ? "" : m.frequency().uri());
        extra(extras, "access_rights", m.accessRights().uri());
        extra(extras, "conforms_to", String.join(",", m.conformsTo()));
        extra(extras, "provenance", m.provenance());
        extra(extras, "sdg", String.join(",", m.sdgCodes()));
        extra(extras, "contact_name", m.contactName());
        extra(extras, "contact_email", m.contactEmail());
        return extras;
    }

    private static void extra(List<Map<String, Object>> extras, String key, String value) {
        if (value != null && !value.isBlank()) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("key", key);
            extra.put("value", value);
            extras.add(extra);
        }
    }

    /** A publisher as a CKAN organization; {@code packageCount} null leaves the count out. */
    Map<String, Object> organization(Community community, Long organisationId, String title, Long packageCount) {
        String name = organisationId == null ? community.slug() : ORGANISATION_PREFIX + organisationId;
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", name);
        o.put("name", name);
        o.put("title", title);
        o.put("display_name", title);
        o.put("type", "organization");
        o.put("description", organisationId == null ? community.purpose() : "");
        o.put("image_url", "");
        o.put("image_display_url", "");
        o.put("created", time(community.createdAt()));
        o.put("is_organization", true);
        o.put("approval_status", "approved");
        o.put("state", "active");
        if (packageCount != null) {
            o.put("package_count", packageCount);
        }
        return o;
    }

    Map<String, Object> organization(ReleasedDatasets.Publisher publisher) {
        Community community = communities.byId(publisher.communityId()).orElseThrow();
        return organization(community, publisher.organisationId(), publisher.name(), publisher.datasets());
    }

    String organizationName(ReleasedDatasets.Publisher publisher) {
        return publisher.organisationId() == null
                ? communities.byId(publisher.communityId()).orElseThrow().slug()
                : ORGANISATION_PREFIX + publisher.organisationId();
    }

    /** CKAN's times: ISO 8601 in UTC without a zone, to the microsecond. */
    static String time(Instant at) {
        return at == null
                ? null
                : LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC)
                        .toString();
    }
}
