package org.statcommons.data.sdmx;

import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import org.statcommons.data.ingest.ReleasedData;

/**
 * SDMX-ML 2.1 Generic data: each series with its {@code SeriesKey} and observations ({@code ObsDimension},
 * {@code ObsValue}, {@code Attributes}), or at the level of all dimensions observations with their {@code ObsKey}. A
 * missing or suppressed value has no {@code ObsValue}.
 */
final class GenericDataWriter implements MessageWriter {

    private final SdmxStructure structure;
    private final boolean allDimensions;
    private final Clock clock;
    private final SdmxXml xml;

    GenericDataWriter(SdmxStructure structure, boolean allDimensions, OutputStream out, Clock clock) {
        this.structure = structure;
        this.allDimensions = allDimensions;
        this.clock = clock;
        this.xml = new SdmxXml(out);
    }

    @Override
    public void start() {
        xml.root("GenericData", "common", SdmxXml.COMMON, "generic", SdmxXml.GENERIC)
                .header(DataHeader.id(structure, clock), structure.agency(), clock);
        xml.start(SdmxXml.MESSAGE, "Structure")
                .attribute("structureID", structure.structureRef())
                .attribute("dimensionAtObservation", allDimensions ? "AllDimensions" : SdmxStructure.TIME)
                .start(SdmxXml.COMMON, "StructureUsage");
        DataHeader.flowRef(xml, structure);
        xml.end().end().end(); // StructureUsage, Structure, Header
        xml.start(SdmxXml.MESSAGE, "DataSet").attribute("structureRef", structure.structureRef());
    }

    @Override
    public void startSeries(List<String> key) {
        xml.start(SdmxXml.GENERIC, "Series").start(SdmxXml.GENERIC, "SeriesKey");
        values(key);
        xml.end();
    }

    @Override
    public void observation(List<String> key, String period, Double value, List<String> attributes) {
        xml.start(SdmxXml.GENERIC, "Obs");
        if (allDimensions) {
            xml.start(SdmxXml.GENERIC, "ObsKey");
            values(key);
            xml.empty(SdmxXml.GENERIC, "Value")
                    .attribute("id", SdmxStructure.TIME)
                    .attribute("value", period)
                    .end();
        } else {
            xml.empty(SdmxXml.GENERIC, "ObsDimension").attribute("value", period);
        }
        if (value != null) {
            xml.empty(SdmxXml.GENERIC, "ObsValue").attribute("value", ReleasedData.number(value));
        }
        boolean opened = false;
        for (int i = 0; i < attributes.size() && i < structure.attributes().size(); i++) {
            String a = attributes.get(i);
            if (a != null && !a.isEmpty()) {
                if (!opened) {
                    xml.start(SdmxXml.GENERIC, "Attributes");
                    opened = true;
                }
                xml.empty(SdmxXml.GENERIC, "Value")
                        .attribute("id", structure.attributes().get(i).id())
                        .attribute("value", a);
            }
        }
        if (opened) {
            xml.end();
        }
        xml.end();
    }

    @Override
    public void endSeries() {
        xml.end();
    }

    @Override
    public void end() {
        xml.finish();
    }

    private void values(List<String> key) {
        for (int i = 0; i < key.size(); i++) {
            xml.empty(SdmxXml.GENERIC, "Value")
                    .attribute("id", structure.dimensions().get(i).id())
                    .attribute("value", key.get(i));
        }
    }
}
