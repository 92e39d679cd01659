package org.statcommons.data.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of an upload as read, one unlogged table per upload ({@code data.staged_<id>}: the row's line, then one
 * text column per column of the file, {@code c1…cn}), filled by {@code COPY} as the file is read, so that a file of
 * any size passes through the server without being held; validation and storing are then SQL over this table.
 */
@Repository
class StagedRows {

    /** The most columns a file may have. */
    static final int MAX_COLUMNS = 200;

    /**
     * The longest name a column may have: names are shown in every problem, matched by the structure's guesses and kept
     * with the structure, so a "name" of a million characters (a broken quote in the header) is refused at once.
     */
    static final int MAX_NAME = 200;

    private final DataSource dataSource;
    private final JdbcClient db;

    StagedRows(DataSource dataSource, JdbcClient db) {
        this.dataSource = dataSource;
        this.db = db;
    }

    /** Refuses a header with too many columns, a column without a name or with a name too long, or a name twice. */
    static void checkHeader(List<String> names) {
        if (names.size() > MAX_COLUMNS) {
            throw UploadRefusal.of("too-many-columns", names.size(), MAX_COLUMNS);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                throw UploadRefusal.of("unnamed-column", i + 1);
            }
            if (name.length() > MAX_NAME) {
                throw UploadRefusal.of("long-name", i + 1, MAX_NAME);
            }
            if (!seen.add(name)) {
                throw UploadRefusal.of("same-name", name);
            }
        }
    }

    /** What was staged: the header's names and how many rows followed it. */
    record Staged(List<String> header, long rows) {}

    /**
     * Creates the upload's table when the reader gives the header and copies every row into it; on any failure the
     * table is dropped and the failure thrown on.
     */
    Staged stage(long uploadId, Consumer<RowSink> reading) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            var sink = new CopySink(uploadId, connection);
            try {
                reading.accept(new OpenSdgTotals(sink));
                return sink.finish();
            } catch (RuntimeException e) {
                sink.cancel();
                drop(uploadId);
                throw e;
            }
        } catch (SQLException e) {
            drop(uploadId);
            throw new DataAccessResourceFailureException("Staging upload " + uploadId + " failed", e);
        }
    }

    void drop(long uploadId) {
        db.sql("drop table if exists " + table(uploadId)).update();
    }

    /** The first rows, to guess the structure from. */
    List<String[]> sample(long uploadId, int columns, int limit) {
        return db.sql("select * from " + table(uploadId) + " order by line limit " + limit)
                .query((rs, n) -> {
                    String[] row = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getString(i + 2);
                    }
                    return row;
                })
                .list();
    }

    /**
     * Hands every staged row to the consumer, in the order the table keeps (the file's, as staged by one {@code COPY}),
     * read by {@code COPY … TO STDOUT} on a connection of its own: one message a row, nothing held.
     */
    void read(long uploadId, Consumer<StagedLine> consumer) {
        try (Connection connection = dataSource.getConnection()) {
            CopyOut copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyOut("copy " + table(uploadId) + " to stdout");
            StagedLine line = new StagedLine();
            try {
                for (byte[] row = copy.readFromCopy(); row != null; row = copy.readFromCopy()) {
                    line.parse(row);
                    consumer.accept(line);
                }
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Reading upload " + uploadId + " failed", e);
        }
    }

    static String table(long uploadId) {
        return "data.staged_" + uploadId;
    }

    static String column(int position) {
        return "c" + (position + 1);
    }

    private static final class CopySink implements RowSink {

        private final long uploadId;
        private final Connection connection;
        private CopyIn copy;
        private CopyEncoder encoder;
        private List<String> header;
        private long rows;

        CopySink(long uploadId, Connection connection) {
            this.uploadId = uploadId;
            this.connection = connection;
        }

        @Override
        public void header(List<String> names) {
            checkHeader(names);
            header = List.copyOf(names);
            StringBuilder ddl =
                    new StringBuilder("create unlogged table " + table(uploadId) + " (line bigint not null");
            for (int i = 0; i < names.size(); i++) {
                ddl.append(", ").append(column(i)).append(" text not null");
            }
            ddl.append(')');
            try (Statement statement = connection.createStatement()) {
                statement.execute(ddl.toString());
                copy = connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("copy " + table(uploadId) + " from stdin");
                encoder = new CopyEncoder(copy);
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Staging upload " + uploadId + " failed", e);
            }
        }

        @Override
        public void row(long line, String[] fields) {
            try {
                encoder.row(line, fields);
                rows++;
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Staging upload " + uploadId + " failed", e);
            }
        }

        Staged finish() throws SQLException {
            if (header == null) {
                throw UploadRefusal.of("empty");
            }
            encoder.finish();
            copy.endCopy();
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze " + table(uploadId));
            }
            return new Staged(header, rows);
        }

        void cancel() {
            if (copy != null && copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException e) {
                    // the connection is closed next; the table is dropped by the caller
                }
            }
        }
    }
}
