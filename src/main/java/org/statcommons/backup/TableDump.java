package org.statcommons.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One table of a backup: its name, its columns (a generated column is made again, not copied) and what it takes to
 * make it where no migration does: its place as a partition, its own constraints and indexes.
 */
record TableDump(
        String schema,
        String name,
        List<Column> columns,
        String partitionOf,
        String bound,
        List<String> constraints,
        List<String> indexes) {

    record Column(String name, String type, boolean notNull, String defaultValue, boolean generated) {}

    String qualified() {
        return Tables.quote(schema) + "." + Tables.quote(name);
    }

    /** The file of its rows inside the backup. */
    String file() {
        return "database/" + schema + "." + name + ".copy.gz";
    }

    /** The columns copied: every one but the generated, which PostgreSQL computes again. */
    String columnList() {
        return columns.stream()
                .filter(column -> !column.generated())
                .map(column -> Tables.quote(column.name()))
                .collect(Collectors.joining(", "));
    }

    /** The statements that make the table again: a partition of its table, or a table of its columns. */
    List<String> creation() {
        List<String> statements = new ArrayList<>();
        if (partitionOf != null) {
            statements.add("create table " + qualified() + " partition of " + partitionOf + " " + bound);
        } else {
            statements.add("create table " + qualified() + " ("
                    + columns.stream().map(TableDump::columnDefinition).collect(Collectors.joining(", ")) + ")");
        }
        statements.addAll(constraints);
        statements.addAll(indexes);
        return statements;
    }

    private static String columnDefinition(Column column) {
        StringBuilder definition = new StringBuilder(Tables.quote(column.name()) + " " + column.type());
        if (column.generated()) {
            definition
                    .append(" generated always as (")
                    .append(column.defaultValue())
                    .append(") stored");
        } else if (column.defaultValue() != null) {
            definition.append(" default ").append(column.defaultValue());
        }
        if (column.notNull()) {
            definition.append(" not null");
        }
        return definition.toString();
    }
}
