package org.statcommons.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;
import org.springframework.stereotype.Repository;

/**
 * Every table of the database, read and written whole with PostgreSQL's {@code COPY} over one connection: what a
 * backup holds of the database. The one place that reads all schemas, since a backup is of everything; it knows no
 * feature's tables by name, so a table made at run time (a release's partition of {@code data.observation_series}) is taken
 * like the others, with its definition, and made again on restore. Flyway's own history is left out: the restore's
 * Flyway writes it.
 */
@Repository
class Tables {

    private static final String LISTED = """
            select n.nspname, c.relname
              from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where c.relkind = 'r' and c.relpersistence <> 't'
               and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
               and not (n.nspname = 'public' and c.relname = 'flyway_schema_history')
             order by n.nspname, c.relname""";

    /** Where every table's rows go: the sink opens the table's stream and has the rows written into it. */
    interface Sink {
        void write(TableDump table, Rows rows) throws IOException, SQLException;
    }

    /** A table's rows, written into a stream when asked; returns how many. */
    interface Rows {
        long writeTo(OutputStream out) throws IOException, SQLException;
    }

    /** Where every table's rows come from on restore. */
    interface Source {
        InputStream open(TableDump table) throws IOException;
    }

    /**
     * Starts the snapshot on {@code connection}: REPEATABLE READ, READ ONLY, so that every table is read as it was at
     * one instant; each table is locked against being dropped or truncated while the backup runs (as pg_dump does).
     * A table dropped between the listing and its lock is not there to back up and is left out.
     */
    Snapshot snapshot(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        List<String[]> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(LISTED)) {
            while (rows.next()) {
                names.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        List<TableDump> tables = new ArrayList<>();
        for (String[] name : names) {
            String qualified = quote(name[0]) + "." + quote(name[1]);
            try (Statement statement = connection.createStatement()) {
                statement.execute("savepoint listed");
                try {
                    statement.execute("lock table " + qualified + " in access share mode");
                    statement.execute("release savepoint listed");
                } catch (SQLException dropped) {
                    statement.execute("rollback to savepoint listed");
                    continue;
                }
            }
            tables.add(definition(connection, name[0], name[1]));
        }
        return new Snapshot(tables, sequences(connection), schemaVersions(connection));
    }

    record Snapshot(List<TableDump> tables, List<SequenceValue> sequences, List<String> schemaVersions) {}

    /**
     * Copies every table's rows out, in PostgreSQL's text format (exact for every type), within the snapshot. A sink
     * that fails (a full disk) leaves the table's COPY where it stopped: the connection must be one of the caller's
     * own, closed after, which ends the COPY with it. (PgJDBC's {@code CopyManager.copyOut(sql, stream)} would cancel
     * it instead, and the cancellation's error would take the place of the disk's.)
     */
    void copyOut(Connection connection, List<TableDump> tables, Sink sink) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (TableDump table : tables) {
            String sql = "copy " + table.qualified() + " (" + table.columnList() + ") to stdout";
            sink.write(table, out -> {
                CopyOut rows = copy.copyOut(sql);
                for (byte[] chunk = rows.readFromCopy(); chunk != null; chunk = rows.readFromCopy()) {
                    out.write(chunk);
                }
                return rows.getHandledRowCount();
            });
        }
    }

    /**
     * Loads a backup into a database whose schema Flyway has just made: in one transaction, with
     * {@code session_replication_role = replica} so that neither foreign keys nor triggers get in the way of tables
     * loaded one after another (the rows were consistent when read). Tables made at run time are made first; whatever
     * the migrations put in the tables is replaced. Needs a superuser (the embedded database's user is one).
     */
    void load(Connection connection, List<TableDump> tables, List<SequenceValue> sequences, Source source)
            throws SQLException, IOException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local session_replication_role = replica");
            for (TableDump table : tables) {
                if (!exists(connection, table)) {
                    for (String ddl : table.creation()) {
                        statement.execute(ddl);
                    }
                }
            }
            if (!tables.isEmpty()) {
                statement.execute("truncate "
                        + String.join(
                                ", ", tables.stream().map(TableDump::qualified).toList()));
            }
        }
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (TableDump table : tables) {
            try (InputStream in = source.open(table)) {
                copy.copyIn("copy " + table.qualified() + " (" + table.columnList() + ") from stdin", in);
            }
        }
        try (PreparedStatement set = connection.prepareStatement("select setval(?::regclass, ?, true)")) {
            for (SequenceValue sequence : sequences) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create sequence if not exists " + sequence.qualified());
                }
                set.setString(1, sequence.qualified());
                set.setLong(2, sequence.lastValue());
                set.execute();
            }
        }
        connection.commit();
    }

    /** The versions of every migration applied, from Flyway's history. */
    private static List<String> schemaVersions(Connection connection) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select version from public.flyway_schema_history where success and version is not null")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }

    /** Whether the database holds StatCommons's schema already (Flyway's history is there). */
    boolean migrated(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("select to_regclass('public.flyway_schema_history') is not null")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    private boolean exists(Connection connection, TableDump table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select to_regclass(?) is not null")) {
            statement.setString(1, table.qualified());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    /** Sequences that were ever used, with the value to go on from. */
    private static List<SequenceValue> sequences(Connection connection) throws SQLException {
        List<SequenceValue> sequences = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select schemaname, sequencename, last_value from pg_sequences
                         where last_value is not null order by schemaname, sequencename""")) {
            while (rows.next()) {
                sequences.add(new SequenceValue(rows.getString(1), rows.getString(2), rows.getLong(3)));
            }
        }
        return sequences;
    }

    /**
     * What it takes to make the table again where no migration makes it: its columns, or its place as a partition;
     * its own constraints but foreign keys (a table made at run time has none) and its own indexes.
     */
    private TableDump definition(Connection connection, String schema, String name) throws SQLException {
        String qualified = quote(schema) + "." + quote(name);
        List<TableDump.Column> columns = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                       pg_get_expr(d.adbin, d.adrelid), a.attgenerated <> ''
                  from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                 where a.attrelid = ?::regclass and a.attnum > 0 and not a.attisdropped
                 order by a.attnum""")) {
            statement.setString(1, qualified);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new TableDump.Column(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getBoolean(3),
                            rows.getString(4),
                            rows.getBoolean(5)));
                }
            }
        }
        String partitionOf = null;
        String bound = null;
        try (PreparedStatement statement = connection.prepareStatement("""
                select i.inhparent::regclass::text, pg_get_expr(c.relpartbound, c.oid)
                  from pg_class c join pg_inherits i on i.inhrelid = c.oid
                 where c.oid = ?::regclass and c.relispartition""")) {
            statement.setString(1, qualified);
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    partitionOf = rows.getString(1);
                    bound = rows.getString(2);
                }
            }
        }
        List<String> constraints = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select conname, pg_get_constraintdef(oid) from pg_constraint
                 where conrelid = ?::regclass and contype in ('p', 'u', 'c', 'x') and conislocal order by conname""")) {
            statement.setString(1, qualified);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    constraints.add("alter table " + qualified + " add constraint " + quote(rows.getString(1)) + " "
                            + rows.getString(2));
                }
            }
        }
        List<String> indexes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select pg_get_indexdef(x.indexrelid) from pg_index x
                 where x.indrelid = ?::regclass
                   and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)
                   and not exists (select 1 from pg_inherits i where i.inhrelid = x.indexrelid)
                 order by x.indexrelid""")) {
            statement.setString(1, qualified);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    indexes.add(rows.getString(1));
                }
            }
        }
        return new TableDump(schema, name, columns, partitionOf, bound, constraints, indexes);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
