package org.statcommons.data.sdmx;

import java.util.List;

/**
 * One format of SDMX data messages, fed in order: the header, then each series and its observations (or, at the level
 * of all dimensions, observations with their whole key), then the end. Codes are SDMX codes already; a value is null
 * when missing or suppressed, and is then written as missing, never as 0.
 */
interface MessageWriter {

    void start();

    void startSeries(List<String> key);

    /** An observation: in a series its key is the series' key; {@code attributes} may be shorter than the structure's. */
    void observation(List<String> key, String period, Double value, List<String> attributes);

    void endSeries();

    void end();
}
