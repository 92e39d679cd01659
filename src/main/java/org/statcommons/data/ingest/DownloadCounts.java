package org.statcommons.data.ingest;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Downloads per release, day and route ({@code data.download_counts}), added to in one statement; nothing about who
 * downloaded is stored. Counted by {@link DownloadCounter}.
 */
@Repository
class DownloadCounts {

    private final JdbcClient db;

    DownloadCounts(JdbcClient db) {
        this.db = db;
    }

    /** Downloads of one release on one day by one route. */
    record Counted(long releaseId, LocalDate day, String route, long downloads) {}

    void addAll(List<Counted> counts) {
        if (counts.isEmpty()) {
            return;
        }
        db.sql("""
                        insert into data.download_counts (release_id, day, route, downloads)
                        select * from unnest(?::bigint[], ?::date[], ?::text[], ?::bigint[])
                        on conflict (release_id, day, route)
                        do update set downloads = data.download_counts.downloads + excluded.downloads""")
                .params(
                        counts.stream().map(Counted::releaseId).toArray(Long[]::new),
                        counts.stream().map(c -> Date.valueOf(c.day())).toArray(Date[]::new),
                        counts.stream().map(Counted::route).toArray(String[]::new),
                        counts.stream().map(Counted::downloads).toArray(Long[]::new))
                .update();
    }

    /** The written counts of these releases, by release, day (latest first) and route. */
    List<Counted> of(List<Long> releaseIds) {
        return db.sql("""
                        select release_id, day, route, downloads from data.download_counts
                        where release_id = any(?) order by release_id desc, day desc, route""")
                .param(releaseIds.toArray(Long[]::new))
                .query((rs, n) -> new Counted(
                        rs.getLong("release_id"),
                        rs.getDate("day").toLocalDate(),
                        rs.getString("route"),
                        rs.getLong("downloads")))
                .list();
    }
}
