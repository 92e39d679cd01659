package org.statcommons.backup;

/** A sequence and the last value it gave, so that a restored database goes on from there. */
record SequenceValue(String schema, String name, long lastValue) {

    String qualified() {
        return Tables.quote(schema) + "." + Tables.quote(name);
    }
}
