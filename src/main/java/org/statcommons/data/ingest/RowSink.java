package org.statcommons.data.ingest;

/** Where a file's rows go as they are read, so that no reader keeps more than one row. */
interface RowSink {

    /** The file's header: the names of its columns, in order; called once, before any row. */
    void header(java.util.List<String> names);

    /** One row with as many fields as the header; {@code line} is where it starts in the file (1 = header). */
    void row(long line, String[] fields);
}
