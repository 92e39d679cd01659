package org.statcommons.data.sdmx;

import java.time.LocalDate;
import java.util.List;

/**
 * An SDMX data query, checked against its flow: the series its key selects (null for all), the days its
 * {@code startPeriod} and {@code endPeriod} begin and end (null when open), the observation level, the detail, the
 * first and last observations of each series to keep (null for all), and the format asked for.
 */
record DataRequest(
        SdmxStructure structure,
        List<Integer> series,
        LocalDate from,
        LocalDate to,
        boolean allDimensions,
        Detail detail,
        Integer firstObservations,
        Integer lastObservations,
        SdmxFormat format) {

    /** SDMX's {@code detail}: what of the data is written. */
    enum Detail {
        FULL,
        DATAONLY,
        SERIESKEYSONLY,
        NODATA;

        boolean observations() {
            return this == FULL || this == DATAONLY;
        }

        boolean attributes() {
            return this == FULL;
        }
    }

    /** The whole release, every observation with everything: what streams straight out of the store. */
    boolean whole() {
        return series == null
                && from == null
                && to == null
                && detail == Detail.FULL
                && firstObservations == null
                && lastObservations == null;
    }
}
