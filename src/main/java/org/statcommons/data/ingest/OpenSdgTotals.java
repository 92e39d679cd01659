package org.statcommons.data.ingest;

import java.util.List;

/**
 * Reads an Open SDG file (docs/open-data.md#open-sdg) as the structure expects it: a file whose header begins with
 * {@code Year} and has a {@code Value} column is Open SDG's, where an empty disaggregation means the total; those empty
 * fields are staged as SDMX's total code {@code _T}, so that Year is the time, Value the measure and every other column
 * a dimension with its total. Any other file passes as it is.
 */
final class OpenSdgTotals implements RowSink {

    /** SDMX's code of a total (CL_SEX, CL_AGE and the others share it). */
    static final String TOTAL = "_T";

    private final RowSink sink;
    private int value = -1;

    OpenSdgTotals(RowSink sink) {
        this.sink = sink;
    }

    /** Whether a header is an Open SDG file's: {@code Year} first, a {@code Value} column. */
    static boolean isOpenSdg(List<String> names) {
        return !names.isEmpty() && names.get(0).equals("Year") && names.contains("Value");
    }

    @Override
    public void header(List<String> names) {
        if (isOpenSdg(names)) {
            value = names.indexOf("Value");
        }
        sink.header(names);
    }

    @Override
    public void row(long line, String[] fields) {
        if (value >= 0) {
            for (int i = 1; i < fields.length; i++) {
                if (i != value && fields[i] != null && fields[i].isEmpty()) {
                    fields[i] = TOTAL;
                }
            }
        }
        sink.row(line, fields);
    }
}
