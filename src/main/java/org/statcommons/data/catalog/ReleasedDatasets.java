package org.statcommons.data.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.data.Datasets;

/**
 * The datasets out at an instant ({@code data.datasets} with a release past its embargo) as the open catalogues read
 * them: pages in a stable order, one by id, a search, their publishers. Harvested copies of other portals' datasets are
 * never among them (a catalogue re-publishing what it harvested would be harvested back).
 */
@Repository
public class ReleasedDatasets {

    /** A publisher of released datasets: the community itself (organisation null) or one of its organisations. */
    public record Publisher(long communityId, Long organisationId, String name, long datasets) {}

    /** What a search asks; every filter is null when not asked. */
    public record Search(
            String text,
            Long communityId,
            Long organisationId,
            List<String> tags,
            String licence,
            String theme,
            Sort sort,
            int rows,
            int start) {}

    /** The orders a search may ask for. */
    public enum Sort {
        RELEVANCE,
        MODIFIED_DESC,
        MODIFIED_ASC,
        TITLE_ASC,
        TITLE_DESC,
        ISSUED_DESC
    }

    /** A page of found datasets and how many there are in all. */
    public record Found(List<CatalogEntry> entries, long total) {}

    private static final String ENTRY = "select "
            + Arrays.stream(Datasets.COLUMNS.split(","))
                    .map(c -> "d." + c.strip())
                    .collect(Collectors.joining(", "))
            + ", greatest(d.updated_at, r.last_out) as modified, r.with_data from data.datasets d,"
            + " lateral (select max(released_at) as last_out, bool_or(data_confirmed) as with_data"
            + " from data.releases where dataset_id = d.id and released_at <= :now) r"
            + " where d.public_from <= :now and d.harvest_source_id is null";

    private final JdbcClient db;

    ReleasedDatasets(JdbcClient db) {
        this.db = db;
    }

    /** A page of the released datasets, first released first (a stable order: a page never shifts when one goes out). */
    public List<CatalogEntry> page(int size, long offset, Instant now) {
        return db.sql(ENTRY + " order by d.public_from, d.id limit :size offset :offset")
                .param("now", Timestamp.from(now))
                .param("size", size)
                .param("offset", offset)
                .query(ReleasedDatasets::map)
                .list();
    }

    public long count(Instant now) {
        return db.sql("select count(*) from data.datasets where public_from <= ? and harvest_source_id is null")
                .param(Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    public Optional<CatalogEntry> byId(long id, Instant now) {
        return db.sql(ENTRY + " and d.id = :id")
                .param("now", Timestamp.from(now))
                .param("id", id)
                .query(ReleasedDatasets::map)
                .optional();
    }

    /** The ids of every released dataset, first released first, at most {@code limit} from {@code offset}. */
    public List<Long> ids(int limit, long offset, Instant now) {
        return db.sql("select id from data.datasets where public_from <= ? and harvest_source_id is null"
                        + " order by public_from, id limit ? offset ?")
                .params(Timestamp.from(now), limit, offset)
                .query(Long.class)
                .list();
    }

    public Found search(Search s, Instant now) {
        StringBuilder where = new StringBuilder();
        if (s.text() != null) {
            where.append(" and d.search @@ plainto_tsquery('simple', :text)");
        }
        if (s.communityId() != null) {
            where.append(" and d.community_id = :community and d.organisation_id is null");
        }
        if (s.organisationId() != null) {
            where.append(" and d.organisation_id = :organisation");
        }
        if (!s.tags().isEmpty()) {
            where.append(" and d.keywords @> cast(:tags as text[])");
        }
        if (s.licence() != null) {
            where.append(" and d.licence = :licence");
        }
        if (s.theme() != null) {
            where.append(" and d.themes @> array[:theme]::text[]");
        }
        String order = switch (s.sort()) {
            case RELEVANCE ->
                s.text() == null
                        ? "modified desc, d.id desc"
                        : "ts_rank(d.search, plainto_tsquery('simple', :text)) desc, modified desc, d.id desc";
            case MODIFIED_DESC -> "modified desc, d.id desc";
            case MODIFIED_ASC -> "modified, d.id";
            case TITLE_ASC -> "lower(d.title), d.id";
            case TITLE_DESC -> "lower(d.title) desc, d.id desc";
            case ISSUED_DESC -> "d.public_from desc, d.id desc";
        };
        var page = bind(db.sql(ENTRY + where + " order by " + order + " limit :rows offset :start"), s, now)
                .param("rows", s.rows())
                .param("start", s.start())
                .query(ReleasedDatasets::map)
                .list();
        long total = bind(
                        db.sql("select count(*) from data.datasets d where d.public_from <= :now"
                                + " and d.harvest_source_id is null" + where),
                        s,
                        now)
                .query(Long.class)
                .single();
        return new Found(page, total);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Search s, Instant now) {
        spec = spec.param("now", Timestamp.from(now));
        if (s.text() != null) {
            spec = spec.param("text", s.text());
        }
        if (s.communityId() != null) {
            spec = spec.param("community", s.communityId());
        }
        if (s.organisationId() != null) {
            spec = spec.param("organisation", s.organisationId());
        }
        if (!s.tags().isEmpty()) {
            spec = spec.param("tags", s.tags().toArray(String[]::new));
        }
        if (s.licence() != null) {
            spec = spec.param("licence", s.licence());
        }
        if (s.theme() != null) {
            spec = spec.param("theme", s.theme());
        }
        return spec;
    }

    /** Every publisher of released datasets with how many it has out, by name. */
    public List<Publisher> publishers(Instant now) {
        return db.sql("select community_id, organisation_id, min(publisher_name) as name, count(*) as n"
                        + " from data.datasets where public_from <= ? and harvest_source_id is null"
                        + " group by community_id, organisation_id order by lower(min(publisher_name)), community_id,"
                        + " organisation_id limit 10000")
                .param(Timestamp.from(now))
                .query((rs, row) -> {
                    long organisation = rs.getLong("organisation_id");
                    Long organisationId = rs.wasNull() ? null : organisation;
                    return new Publisher(
                            rs.getLong("community_id"), organisationId, rs.getString("name"), rs.getLong("n"));
                })
                .list();
    }

    private static CatalogEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var dataset = Datasets.map(rs, row);
        Timestamp modified = rs.getTimestamp("modified");
        return new CatalogEntry(
                dataset,
                dataset.publicFrom(),
                modified == null ? dataset.updatedAt() : modified.toInstant(),
                rs.getBoolean("with_data"));
    }
}
