package org.statcommons.data.sdmx;

import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import org.statcommons.data.ingest.ReleasedData;

/**
 * SDMX-ML 2.1 StructureSpecific data: {@code <Series REF_AREA="KE">} with {@code <Obs TIME_PERIOD="2020"
 * OBS_VALUE="1.5" OBS_STATUS="A"/>}, or at the level of all dimensions {@code Obs} with every dimension. The data set's
 * type is named in the structure's own namespace ({@code urn:…Dataflow=AGENCY:DF_12(3.0):ObsLevelDim:TIME_PERIOD}).
 * A missing or suppressed value has no {@code OBS_VALUE}.
 */
final class StructureSpecificDataWriter implements MessageWriter {

    private final SdmxStructure structure;
    private final boolean allDimensions;
    private final Clock clock;
    private final SdmxXml xml;

    StructureSpecificDataWriter(SdmxStructure structure, boolean allDimensions, OutputStream out, Clock clock) {
        this.structure = structure;
        this.allDimensions = allDimensions;
        this.clock = clock;
        this.xml = new SdmxXml(out);
    }

    @Override
    public void start() {
        String level = allDimensions ? "AllDimensions" : SdmxStructure.TIME;
        String namespace = structure.urn("datastructure.Dataflow", structure.flowId()) + ":ObsLevelDim:" + level;
        xml.root(
                        "StructureSpecificData",
                        "common",
                        SdmxXml.COMMON,
                        "ss",
                        SdmxXml.STRUCTURE_SPECIFIC,
                        "xsi",
                        SdmxXml.XSI,
                        "ns1",
                        namespace)
                .header(DataHeader.id(structure, clock), structure.agency(), clock);
        xml.start(SdmxXml.MESSAGE, "Structure")
                .attribute("structureID", structure.structureRef())
                .attribute("namespace", namespace)
                .attribute("dimensionAtObservation", level)
                .start(SdmxXml.COMMON, "StructureUsage");
        DataHeader.flowRef(xml, structure);
        xml.end().end().end(); // StructureUsage, Structure, Header
        xml.start(SdmxXml.MESSAGE, "DataSet")
                .attribute(SdmxXml.STRUCTURE_SPECIFIC, "dataScope", "DataStructure")
                .attribute(SdmxXml.XSI, "type", "ns1:DataSetType")
                .attribute(SdmxXml.STRUCTURE_SPECIFIC, "structureRef", structure.structureRef());
    }

    @Override
    public void startSeries(List<String> key) {
        xml.start("Series");
        dimensions(key);
    }

    @Override
    public void observation(List<String> key, String period, Double value, List<String> attributes) {
        xml.empty("Obs");
        if (allDimensions) {
            dimensions(key);
        }
        xml.attribute(SdmxStructure.TIME, period);
        if (value != null) {
            xml.attribute(SdmxStructure.VALUE, ReleasedData.number(value));
        }
        for (int i = 0; i < attributes.size() && i < structure.attributes().size(); i++) {
            String a = attributes.get(i);
            if (a != null && !a.isEmpty()) {
                xml.attribute(structure.attributes().get(i).id(), a);
            }
        }
    }

    @Override
    public void endSeries() {
        xml.end();
    }

    @Override
    public void end() {
        xml.finish();
    }

    private void dimensions(List<String> key) {
        for (int i = 0; i < key.size(); i++) {
            xml.attribute(structure.dimensions().get(i).id(), key.get(i));
        }
    }
}
