package org.statcommons.data.harvest;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Harvested datasets, kept in {@code data.datasets} as datasets of the community that harvests them (so the catalogue
 * {@code /data}, its facets and its API list them with the community's own), with their source, their id and page
 * there, and the last harvest that saw them. Public from their first harvest.
 */
@Repository
class HarvestedDatasets {

    private final JdbcClient db;

    HarvestedDatasets(JdbcClient db) {
        this.db = db;
    }

    /** Adds the dataset, or brings it up to date when an earlier harvest of the source kept it. */
    void keep(HarvestSource source, HarvestedDataset d, Instant now) {
        Timestamp at = Timestamp.from(now);
        db.sql("""
                        insert into data.datasets (community_id, publisher_name, title, description, keywords, themes,
                            licence, frequency, search, public_from, created_by, created_at, updated_at,
                            harvest_source_id, origin_id, origin_url, harvested_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, to_tsvector('simple', ?), ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (harvest_source_id, origin_id) where harvest_source_id is not null do update set
                            publisher_name = excluded.publisher_name, title = excluded.title,
                            description = excluded.description, keywords = excluded.keywords,
                            themes = excluded.themes, licence = excluded.licence, frequency = excluded.frequency,
                            search = excluded.search, origin_url = excluded.origin_url,
                            harvested_at = excluded.harvested_at,
                            updated_at = case when (data.datasets.title, data.datasets.description,
                                data.datasets.keywords, data.datasets.themes, data.datasets.licence,
                                data.datasets.publisher_name) is distinct from (excluded.title, excluded.description,
                                excluded.keywords, excluded.themes, excluded.licence, excluded.publisher_name)
                                then excluded.updated_at else data.datasets.updated_at end""")
                .params(
                        source.communityId(),
                        d.publisherName().isBlank() ? source.name() : d.publisherName(),
                        d.title(),
                        d.description(),
                        d.keywords().toArray(String[]::new),
                        d.themes().stream().map(Enum::name).toArray(String[]::new),
                        d.licence().spdx(),
                        d.frequency() == null ? null : d.frequency().name(),
                        d.title() + ' ' + d.description() + ' ' + String.join(" ", d.keywords()),
                        at,
                        source.createdBy(),
                        at,
                        at,
                        source.id(),
                        d.originId(),
                        d.originUrl(),
                        at)
                .update();
    }

    /** Removes the source's datasets the harvest begun at this instant did not see: removed at the source. */
    int removeUnseen(long sourceId, Instant harvestBegun) {
        return db.sql("delete from data.datasets where harvest_source_id = ? and harvested_at < ?")
                .params(sourceId, Timestamp.from(harvestBegun))
                .update();
    }
}
