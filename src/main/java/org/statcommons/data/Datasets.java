package org.statcommons.data;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.community.Community;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** Datasets ({@code data.datasets}) with their metadata. */
@Repository
public class Datasets {

    public static final String COLUMNS =
            "id, community_id, organisation_id, publisher_name, title, description, keywords,"
                    + " themes, sdg_codes, contact_name, contact_email, temporal_start, temporal_end, countries, frequency,"
                    + " licence, access_rights, conforms_to, provenance, methodology_page, quality_statement, producer_type,"
                    + " collection_method, quality_relevance, quality_accuracy, quality_timeliness, quality_coherence,"
                    + " quality_accessibility, quality_interpretability, checklist_score, public_from, created_by, created_at,"
                    + " updated_at";

    private final JdbcClient db;

    Datasets(JdbcClient db) {
        this.db = db;
    }

    public Optional<Dataset> byId(long id) {
        return db.sql("select " + COLUMNS + " from data.datasets where id = ?")
                .param(id)
                .query(Datasets::map)
                .optional();
    }

    /** The dataset of this community, or "not found" (one of another community too). */
    public Dataset inCommunity(Community community, long id) {
        return byId(id).filter(d -> d.communityId() == community.id())
                .orElseThrow(() -> new NotFoundException(Text.of("data.none")));
    }

    /**
     * A dataset of the community that its data team may change: not a harvested copy of another portal's, which the
     * next harvest would overwrite.
     */
    Dataset ownInCommunity(Community community, long id) {
        Dataset dataset = inCommunity(community, id);
        if (origin(id).isPresent()) {
            throw new ConflictException(Text.of("data.harvested.read-only"));
        }
        return dataset;
    }

    /** Where a harvested dataset comes from; empty for one of a community's own. */
    Optional<CataloguePage.Origin> origin(long id) {
        return db.sql("select s.name, d.origin_url from data.datasets d join data.harvest_sources s"
                        + " on s.id = d.harvest_source_id where d.id = ?")
                .param(id)
                .query((rs, row) -> new CataloguePage.Origin(rs.getString("name"), rs.getString("origin_url")))
                .optional();
    }

    /** Every dataset out at this instant, in the order of their ids (the SDMX dataflows and Open SDG's indicators). */
    public List<Dataset> released(Instant now) {
        return db.sql("select " + COLUMNS + " from data.datasets where public_from <= ? order by id")
                .param(Timestamp.from(now))
                .query(Datasets::map)
                .list();
    }

    /** A community's datasets, most recently changed first; with its drafts and embargoed ones or without. */
    public List<Dataset> ofCommunity(long communityId, boolean withUnreleased, Instant now) {
        return db.sql("select " + COLUMNS + " from data.datasets where community_id = ?"
                        + (withUnreleased ? "" : " and public_from <= ?")
                        + " order by updated_at desc, id desc")
                .params(withUnreleased ? List.of(communityId) : List.of(communityId, Timestamp.from(now)))
                .query(Datasets::map)
                .list();
    }

    /**
     * The released datasets about an SDG goal, target or indicator (a code given with it or with one below it: a goal's
     * datasets include those of its targets and indicators), newest first, at most {@code limit}.
     */
    public List<Dataset> aboutSdg(String code, Instant now, int limit) {
        return db.sql("select " + COLUMNS + " from data.datasets where public_from <= ? and exists (select 1 from"
                        + " unnest(sdg_codes) c where c = ? or starts_with(c, ? || '.'))"
                        + " order by public_from desc, id desc limit ?")
                .params(Timestamp.from(now), code, code, limit)
                .query(Datasets::map)
                .list();
    }

    /** The catalogue's state: a number every change of its datasets moves, and the next instant one comes out. */
    public record CatalogueState(long version, Instant next) {}

    /**
     * The catalogue's state now: the number moved by a trigger in every transaction that changes a dataset or a
     * harvested portal's name, and the first instant after {@code now} at which a dataset comes out (its scheduled
     * release; null when none): until either, the same query finds the same datasets.
     */
    public CatalogueState catalogueState(Instant now) {
        return db.sql("select (select version from data.catalogue_version) as version,"
                        + " (select min(public_from) from data.datasets where public_from > ?) as next")
                .param(Timestamp.from(now))
                .query((rs, row) -> {
                    Timestamp next = rs.getTimestamp("next");
                    return new CatalogueState(rs.getLong("version"), next == null ? null : next.toInstant());
                })
                .single();
    }

    /**
     * The catalogue: datasets out at this instant that match the query, a page of them newest first, with the counts of
     * every facet over all that match. One scan of the matching rows serves every facet (a materialised CTE), so a
     * page costs two queries whatever the facets.
     */
    public CataloguePage catalogue(CatalogueQuery q, Instant now) {
        return catalogue(q, now, counts(q, now));
    }

    /** The same with the counts already known ({@link #counts} of the same query and instant). */
    public CataloguePage catalogue(CatalogueQuery q, Instant now, CataloguePage.Counts counts) {
        List<Object> params = new ArrayList<>();
        String where = where(q, now, params);
        params.add(CatalogueQuery.PAGE_SIZE);
        params.add((q.page() - 1) * CatalogueQuery.PAGE_SIZE);
        Map<Long, CataloguePage.Origin> origins = new java.util.HashMap<>();
        List<Dataset> found = db.sql("select " + COLUMNS + ", origin_url, (select name from data.harvest_sources s"
                        + " where s.id = harvest_source_id) as origin from data.datasets" + where
                        + " order by public_from desc, id desc limit ? offset ?")
                .params(params)
                .query((rs, row) -> {
                    Dataset dataset = map(rs, row);
                    if (rs.getString("origin") != null) {
                        origins.put(
                                dataset.id(),
                                new CataloguePage.Origin(rs.getString("origin"), rs.getString("origin_url")));
                    }
                    return dataset;
                })
                .list();
        return new CataloguePage(found, counts.total(), counts.facets(), origins);
    }

    /** How many datasets out at this instant match the query, and the counts of every facet over them (most first). */
    public CataloguePage.Counts counts(CatalogueQuery q, Instant now) {
        List<Object> params = new ArrayList<>();
        String where = where(q, now, params);
        Map<String, List<CataloguePage.FacetValue>> facets = new LinkedHashMap<>();
        long[] total = {0};
        db.sql("with hits as materialized (select themes, sdg_goals, publisher_name, countries, licence, frequency,"
                        + " checklist_score, harvest_source_id from data.datasets" + where + ")"
                        + " select 'all' as facet, '' as value, count(*) as n from hits"
                        + " union all select 'theme', t, count(*) from hits, unnest(themes) t group by t"
                        + " union all select 'sdg', g::text, count(*) from hits, unnest(sdg_goals) g group by g"
                        + " union all select 'publisher', publisher_name, count(*) from hits group by publisher_name"
                        + " union all select 'country', c, count(*) from hits, unnest(countries) c group by c"
                        + " union all select 'licence', licence, count(*) from hits group by licence"
                        + " union all select 'frequency', frequency, count(*) from hits where frequency is not null"
                        + " group by frequency"
                        + " union all select 'score', checklist_score::text, count(*) from hits group by checklist_score"
                        + " union all select 'origin', s.name, count(*) from hits join data.harvest_sources s"
                        + " on s.id = hits.harvest_source_id group by s.name")
                .params(params)
                .query(rs -> {
                    String facet = rs.getString("facet");
                    if (facet.equals("all")) {
                        total[0] = rs.getLong("n");
                    } else {
                        facets.computeIfAbsent(facet, f -> new ArrayList<>())
                                .add(new CataloguePage.FacetValue(rs.getString("value"), rs.getLong("n")));
                    }
                });
        facets.replaceAll((facet, values) -> values.stream()
                .sorted(Comparator.comparingLong(CataloguePage.FacetValue::count)
                        .reversed()
                        .thenComparing(CataloguePage.FacetValue::value))
                .toList());
        return new CataloguePage.Counts(total[0], facets);
    }

    /** The catalogue query's conditions, their values added to {@code params}. */
    private static String where(CatalogueQuery q, Instant now, List<Object> params) {
        StringBuilder where = new StringBuilder(" where public_from <= ?");
        params.add(Timestamp.from(now));
        if (q.text() != null) {
            where.append(" and search @@ plainto_tsquery('simple', ?)");
            params.add(q.text());
        }
        if (q.theme() != null) {
            where.append(" and themes @> array[?]::text[]");
            params.add(q.theme());
        }
        if (q.sdg() != null) {
            where.append(" and sdg_goals @> array[?]::int[]");
            params.add(q.sdg());
        }
        if (q.publisher() != null) {
            where.append(" and publisher_name = ?");
            params.add(q.publisher());
        }
        if (q.country() != null) {
            where.append(" and countries @> array[?]::text[]");
            params.add(q.country());
        }
        if (q.licence() != null) {
            where.append(" and licence = ?");
            params.add(q.licence());
        }
        if (q.frequency() != null) {
            where.append(" and frequency = ?");
            params.add(q.frequency());
        }
        if (q.score() != null) {
            where.append(" and checklist_score = ?");
            params.add(q.score());
        }
        if (q.origin() != null) {
            where.append(" and harvest_source_id in (select id from data.harvest_sources where name = ?)");
            params.add(q.origin());
        }
        return where.toString();
    }

    long insert(long communityId, Long organisationId, String publisherName, DatasetMetadata m, long by, Instant at) {
        return db.sql("insert into data.datasets (community_id, organisation_id, publisher_name, title, description,"
                        + " keywords, themes, sdg_codes, sdg_goals, contact_name, contact_email, temporal_start,"
                        + " temporal_end, countries, frequency, licence, access_rights, conforms_to, provenance,"
                        + " methodology_page, quality_statement, producer_type, collection_method, quality_relevance,"
                        + " quality_accuracy, quality_timeliness, quality_coherence, quality_accessibility,"
                        + " quality_interpretability, search, created_by, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, to_tsvector('simple', ?), ?, ?, ?) returning id")
                .params(concat(new Object[] {communityId, organisationId, publisherName}, values(m), new Object[] {
                    searchable(m), by, Timestamp.from(at), Timestamp.from(at)
                }))
                .query(Long.class)
                .single();
    }

    void update(long id, Long organisationId, String publisherName, DatasetMetadata m, Instant at) {
        db.sql("update data.datasets set organisation_id = ?, publisher_name = ?, title = ?, description = ?,"
                        + " keywords = ?, themes = ?, sdg_codes = ?, sdg_goals = ?, contact_name = ?,"
                        + " contact_email = ?, temporal_start = ?, temporal_end = ?, countries = ?, frequency = ?,"
                        + " licence = ?, access_rights = ?, conforms_to = ?, provenance = ?, methodology_page = ?,"
                        + " quality_statement = ?, producer_type = ?, collection_method = ?, quality_relevance = ?,"
                        + " quality_accuracy = ?, quality_timeliness = ?, quality_coherence = ?,"
                        + " quality_accessibility = ?, quality_interpretability = ?, search = to_tsvector('simple', ?),"
                        + " updated_at = ? where id = ?")
                .params(concat(new Object[] {organisationId, publisherName}, values(m), new Object[] {
                    searchable(m), Timestamp.from(at), id
                }))
                .update();
    }

    /** Keeps what the checklist and the releases say, as computed by the feature (never typed by anyone). */
    void setComputed(long id, int checklistScore, Instant publicFrom) {
        db.sql("update data.datasets set checklist_score = ?, public_from = ? where id = ?")
                .params(checklistScore, publicFrom == null ? null : Timestamp.from(publicFrom), id)
                .update();
    }

    /** What the catalogue's text search finds a dataset by. */
    private static String searchable(DatasetMetadata m) {
        return m.title() + ' ' + m.description() + ' ' + String.join(" ", m.keywords());
    }

    private static Object[] values(DatasetMetadata m) {
        QualityAssessment q = m.quality();
        return new Object[] {
            m.title(),
            m.description(),
            m.keywords().toArray(String[]::new),
            m.themes().stream().map(Enum::name).toArray(String[]::new),
            m.sdgCodes().toArray(String[]::new),
            m.sdgGoals().toArray(Integer[]::new),
            m.contactName(),
            m.contactEmail(),
            m.temporalStart() == null ? null : Date.valueOf(m.temporalStart()),
            m.temporalEnd() == null ? null : Date.valueOf(m.temporalEnd()),
            m.countries().toArray(String[]::new),
            m.frequency() == null ? null : m.frequency().name(),
            m.licence().spdx(),
            m.accessRights().name(),
            m.conformsTo().toArray(String[]::new),
            m.provenance(),
            m.methodologyPage(),
            m.qualityStatement(),
            m.producerType().name(),
            m.collectionMethod(),
            q.relevance(),
            q.accuracy(),
            q.timeliness(),
            q.coherence(),
            q.accessibility(),
            q.interpretability()
        };
    }

    private static Object[] concat(Object[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray();
    }

    public static Dataset map(ResultSet rs, int row) throws SQLException {
        long organisation = rs.getLong("organisation_id");
        Long organisationId = rs.wasNull() ? null : organisation;
        String frequency = rs.getString("frequency");
        Timestamp publicFrom = rs.getTimestamp("public_from");
        DatasetMetadata metadata = new DatasetMetadata(
                rs.getString("title"),
                rs.getString("description"),
                strings(rs.getArray("keywords")),
                strings(rs.getArray("themes")).stream().map(DataTheme::valueOf).toList(),
                strings(rs.getArray("sdg_codes")),
                rs.getString("contact_name"),
                rs.getString("contact_email"),
                day(rs.getDate("temporal_start")),
                day(rs.getDate("temporal_end")),
                strings(rs.getArray("countries")),
                frequency == null ? null : Frequency.valueOf(frequency),
                Licence.bySpdx(rs.getString("licence")).orElse(Licence.DEFAULT),
                AccessRights.valueOf(rs.getString("access_rights")),
                strings(rs.getArray("conforms_to")),
                rs.getString("provenance"),
                rs.getString("methodology_page"),
                rs.getString("quality_statement"),
                ProducerType.valueOf(rs.getString("producer_type")),
                rs.getString("collection_method"),
                new QualityAssessment(
                        score(rs, "quality_relevance"),
                        score(rs, "quality_accuracy"),
                        score(rs, "quality_timeliness"),
                        score(rs, "quality_coherence"),
                        score(rs, "quality_accessibility"),
                        score(rs, "quality_interpretability")));
        return new Dataset(
                rs.getLong("id"),
                rs.getLong("community_id"),
                organisationId,
                rs.getString("publisher_name"),
                metadata,
                rs.getInt("checklist_score"),
                publicFrom == null ? null : publicFrom.toInstant(),
                rs.getLong("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Integer score(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
