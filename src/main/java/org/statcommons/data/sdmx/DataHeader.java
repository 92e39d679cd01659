package org.statcommons.data.sdmx;

import java.time.Clock;

/** What the headers of SDMX-ML data messages share: the message's id and the reference to the dataflow. */
final class DataHeader {

    private DataHeader() {}

    /** An id for the message (SDMX's IDType): the flow, its version and the instant it was prepared. */
    static String id(SdmxStructure structure, Clock clock) {
        return structure.flowId() + "_" + structure.version().replace('.', '_') + "_" + clock.millis();
    }

    /** {@code <Ref agencyID="…" id="DF_12" version="3.0"/>} inside an open {@code StructureUsage}. */
    static void flowRef(SdmxXml xml, SdmxStructure structure) {
        xml.empty("Ref")
                .attribute("agencyID", structure.agency())
                .attribute("id", structure.flowId())
                .attribute("version", structure.version());
    }
}
