package org.statcommons.data.ingest;

/** What an uploaded file is, told by its content (never by its name). */
enum FileKind {
    /** Delimited text in UTF-8: a header line, then one observation per line. */
    CSV,
    /** SDMX-CSV 1.0 or 2.0: a CSV whose first column is {@code DATAFLOW} or {@code STRUCTURE}. */
    SDMX_CSV,
    /** An Office Open XML workbook (a zip); its first sheet is read. */
    XLSX
}
