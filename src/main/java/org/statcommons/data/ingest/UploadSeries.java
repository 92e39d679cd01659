package org.statcommons.data.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * A confirmed upload's cells already gathered into series ({@code data.upload_series_<upload>}, written by
 * {@link SeriesGatherer} while validation reads the staged rows): the release's originals but for their numbers, which
 * the store gives by key as the SQL store does, so that it need not sort the staged rows again. Made in the
 * confirmation's transaction (it exists only for the structure confirmed, with no problem found), remade by the next
 * confirmation, taken as the originals by the store.
 */
@Repository
class UploadSeries {

    private final DataSource dataSource;
    private final JdbcClient db;

    UploadSeries(DataSource dataSource, JdbcClient db) {
        this.dataSource = dataSource;
        this.db = db;
    }

    static String table(long uploadId) {
        return "data.upload_series_" + uploadId;
    }

    /** What validation hands each staged row to while it gathers, and then tells how it went. */
    interface Gathering {
        /** False once gathering has given up: the rows left need not be handed. */
        boolean add(StagedLine line);

        /** Ends the gathering: the table is kept only when every row was gathered (the table's drop is then up to the caller, if a problem is found afterwards). */
        void end();

        /** Stops the gathering when validation failed (its transaction is rolled back). */
        void cancel();
    }

    /**
     * Starts gathering for a table's structure (a time and a measure) on the confirmation's connection, in a new
     * table replacing an earlier confirmation's; {@code clean} says whether validation has found no problem so far.
     */
    Gathering gather(long uploadId, List<Column> structure, BooleanSupplier clean) {
        drop(uploadId);
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table " + table(uploadId) + " (" + SeriesGatherer.columns() + ")");
            }
            SeriesGatherer gatherer = new SeriesGatherer(
                    structure,
                    connection
                            .unwrap(PGConnection.class)
                            .getCopyAPI()
                            .copyIn("copy " + table(uploadId) + " from stdin with (format binary)"),
                    clean);
            gatherer.begin();
            return new Gathering() {
                private boolean gathering = true;

                @Override
                public boolean add(StagedLine line) {
                    try {
                        gathering = gathering && gatherer.add(line);
                        return gathering;
                    } catch (SQLException e) {
                        throw failed(uploadId, e);
                    }
                }

                @Override
                public void end() {
                    try {
                        boolean whole;
                        if (gathering) {
                            whole = gatherer.finish();
                        } else {
                            gatherer.abandon();
                            whole = false;
                        }
                        if (!whole) {
                            drop(uploadId);
                        }
                    } catch (SQLException e) {
                        throw failed(uploadId, e);
                    } finally {
                        DataSourceUtils.releaseConnection(connection, dataSource);
                    }
                }

                @Override
                public void cancel() {
                    gatherer.cancel();
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            };
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw failed(uploadId, e);
        }
    }

    private static DataAccessResourceFailureException failed(long uploadId, SQLException e) {
        return new DataAccessResourceFailureException("Gathering the series of upload " + uploadId + " failed", e);
    }

    boolean exists(long uploadId) {
        return db.sql("select to_regclass(?) is not null")
                .param(table(uploadId))
                .query(Boolean.class)
                .single();
    }

    void drop(long uploadId) {
        db.sql("drop table if exists " + table(uploadId)).update();
    }

    /**
     * Makes the gathered series the release's originals: numbered by key as the SQL store numbers them (10,000 rows,
     * not 10 million), the numbers set in place (an update keeps the arrays where they lie), then renamed. Returns
     * how many cells they hold.
     */
    long becomeOriginals(long releaseId, long uploadId) {
        String table = table(uploadId);
        db.sql("insert into data.store_series (release_id, series, key) select " + releaseId
                        + ", (row_number() over (order by key))::int, key from " + table)
                .update();
        db.sql("update " + table + " u set series = s.series from data.store_series s where s.release_id = " + releaseId
                        + " and s.key = u.key")
                .update();
        db.sql("alter table " + table + " drop column key").update();
        db.sql("alter table " + table + " rename to "
                        + ReleaseTables.originals(releaseId).substring("data.".length()))
                .update();
        return db.sql("select coalesce(sum(cells), 0) from " + ReleaseTables.originals(releaseId))
                .query(Long.class)
                .single();
    }
}
