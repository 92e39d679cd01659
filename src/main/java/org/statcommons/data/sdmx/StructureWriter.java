package org.statcommons.data.sdmx;

import java.io.OutputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.data.ingest.CodeList;

/**
 * SDMX-ML 2.1 structure messages: dataflows, the code lists of the dimensions (the codes the release's observations
 * have), the concept scheme (a concept per dimension, the time, the value and each attribute) and data structure
 * definitions, in the order the schema lists them.
 */
@Component
class StructureWriter {

    /** What a structure message holds. */
    enum Part {
        DATAFLOWS,
        CODELISTS,
        CONCEPTS,
        DATASTRUCTURES
    }

    private static final Map<String, String> SEXES = Map.of(
            "F", "Female",
            "M", "Male",
            "_T", "Total",
            "_O", "Other",
            "_U", "Unknown",
            "_Z", "Not applicable",
            "_N", "Not specified");

    private final StructureFinder finder;
    private final Clock clock;

    StructureWriter(StructureFinder finder, Clock clock) {
        this.finder = finder;
        this.clock = clock;
    }

    /** Writes these parts of the structures; {@code codelistId}, when given, keeps only that code list. */
    void write(List<SdmxStructure> structures, Set<Part> parts, String codelistId, OutputStream out) {
        SdmxXml xml = new SdmxXml(out)
                .root("Structure", "common", SdmxXml.COMMON, "structure", SdmxXml.STRUCTURE)
                .header("STRUCTURE_" + clock.millis(), finder.agency(), clock)
                .end()
                .start(SdmxXml.MESSAGE, "Structures");
        if (parts.contains(Part.DATAFLOWS)) {
            xml.start(SdmxXml.STRUCTURE, "Dataflows");
            structures.forEach(s -> dataflow(xml, s));
            xml.end();
        }
        if (parts.contains(Part.CODELISTS)) {
            xml.start(SdmxXml.STRUCTURE, "Codelists");
            for (SdmxStructure s : structures) {
                for (int i = 0; i < s.dimensions().size(); i++) {
                    if (codelistId == null
                            || codelistId.equals(s.dimensions().get(i).codelistId())) {
                        codelist(xml, s, i);
                    }
                }
            }
            xml.end();
        }
        if (parts.contains(Part.CONCEPTS)) {
            xml.start(SdmxXml.STRUCTURE, "Concepts");
            structures.forEach(s -> concepts(xml, s));
            xml.end();
        }
        if (parts.contains(Part.DATASTRUCTURES)) {
            xml.start(SdmxXml.STRUCTURE, "DataStructures");
            structures.forEach(s -> dataStructure(xml, s));
            xml.end();
        }
        xml.finish();
    }

    private static void maintainable(SdmxXml xml, SdmxStructure s, String element, String type, String id) {
        xml.start(SdmxXml.STRUCTURE, element)
                .attribute("id", id)
                .attribute("urn", s.urn(type, id))
                .attribute("agencyID", s.agency())
                .attribute("version", s.version())
                .attribute("isFinal", "true");
    }

    private static void dataflow(SdmxXml xml, SdmxStructure s) {
        maintainable(xml, s, "Dataflow", "datastructure.Dataflow", s.flowId());
        xml.english("Name", s.name());
        xml.start(SdmxXml.STRUCTURE, "Structure");
        ref(xml, s, s.dsdId(), "datastructure", "DataStructure");
        xml.end().end();
    }

    private void codelist(SdmxXml xml, SdmxStructure s, int dimension) {
        SdmxStructure.Component d = s.dimensions().get(dimension);
        CodeList list = s.released().dimensions().get(dimension).codeList();
        maintainable(xml, s, "Codelist", "codelist.Codelist", d.codelistId());
        xml.english("Name", d.name());
        Map<String, String> codes = new LinkedHashMap<>();
        for (String stored : finder.codes(s, dimension)) {
            codes.putIfAbsent(SdmxStructure.code(stored), name(list, stored));
        }
        codes.forEach((code, name) -> {
            xml.start(SdmxXml.STRUCTURE, "Code")
                    .attribute("id", code)
                    .attribute(
                            "urn",
                            "urn:sdmx:org.sdmx.infomodel.codelist.Code=" + s.agency() + ":" + d.codelistId() + "("
                                    + s.version() + ")." + code);
            xml.english("Name", name).end();
        });
        xml.end();
    }

    private static void concepts(SdmxXml xml, SdmxStructure s) {
        maintainable(xml, s, "ConceptScheme", "conceptscheme.ConceptScheme", s.conceptSchemeId());
        xml.english("Name", s.name());
        for (SdmxStructure.Component d : s.dimensions()) {
            concept(xml, s, d.id(), d.name());
        }
        concept(xml, s, SdmxStructure.TIME, "Time period");
        concept(
                xml,
                s,
                SdmxStructure.VALUE,
                s.unit().isEmpty() ? "Observation value" : "Observation value (" + s.unit() + ")");
        for (SdmxStructure.Component a : s.attributes()) {
            concept(xml, s, a.id(), a.name());
        }
        xml.end();
    }

    private static void concept(SdmxXml xml, SdmxStructure s, String id, String name) {
        xml.start(SdmxXml.STRUCTURE, "Concept")
                .attribute("id", id)
                .attribute(
                        "urn",
                        "urn:sdmx:org.sdmx.infomodel.conceptscheme.Concept=" + s.agency() + ":" + s.conceptSchemeId()
                                + "(" + s.version() + ")." + id);
        xml.english("Name", name).end();
    }

    private static void dataStructure(SdmxXml xml, SdmxStructure s) {
        maintainable(xml, s, "DataStructure", "datastructure.DataStructure", s.dsdId());
        xml.english("Name", s.name());
        xml.start(SdmxXml.STRUCTURE, "DataStructureComponents");
        xml.start(SdmxXml.STRUCTURE, "DimensionList")
                .attribute("id", "DimensionDescriptor")
                .attribute("urn", componentUrn(s, "DimensionDescriptor", "DimensionDescriptor"));
        int position = 1;
        for (SdmxStructure.Component d : s.dimensions()) {
            xml.start(SdmxXml.STRUCTURE, "Dimension")
                    .attribute("id", d.id())
                    .attribute("urn", componentUrn(s, "Dimension", d.id()))
                    .attribute("position", Integer.toString(position++));
            conceptIdentity(xml, s, d.id());
            xml.start(SdmxXml.STRUCTURE, "LocalRepresentation").start(SdmxXml.STRUCTURE, "Enumeration");
            ref(xml, s, d.codelistId(), "codelist", "Codelist");
            xml.end().end().end();
        }
        xml.start(SdmxXml.STRUCTURE, "TimeDimension")
                .attribute("id", SdmxStructure.TIME)
                .attribute("urn", componentUrn(s, "TimeDimension", SdmxStructure.TIME))
                .attribute("position", Integer.toString(position));
        conceptIdentity(xml, s, SdmxStructure.TIME);
        xml.start(SdmxXml.STRUCTURE, "LocalRepresentation")
                .empty(SdmxXml.STRUCTURE, "TextFormat")
                .attribute("textType", "ObservationalTimePeriod")
                .end()
                .end();
        xml.end(); // DimensionList
        if (!s.attributes().isEmpty()) {
            xml.start(SdmxXml.STRUCTURE, "AttributeList")
                    .attribute("id", "AttributeDescriptor")
                    .attribute("urn", componentUrn(s, "AttributeDescriptor", "AttributeDescriptor"));
            for (SdmxStructure.Component a : s.attributes()) {
                xml.start(SdmxXml.STRUCTURE, "Attribute")
                        .attribute("id", a.id())
                        .attribute("urn", componentUrn(s, "DataAttribute", a.id()))
                        .attribute("assignmentStatus", "Conditional");
                conceptIdentity(xml, s, a.id());
                xml.start(SdmxXml.STRUCTURE, "AttributeRelationship")
                        .start(SdmxXml.STRUCTURE, "PrimaryMeasure")
                        .empty("Ref")
                        .attribute("id", SdmxStructure.VALUE)
                        .end()
                        .end()
                        .end();
            }
            xml.end();
        }
        xml.start(SdmxXml.STRUCTURE, "MeasureList")
                .attribute("id", "MeasureDescriptor")
                .attribute("urn", componentUrn(s, "MeasureDescriptor", "MeasureDescriptor"));
        xml.start(SdmxXml.STRUCTURE, "PrimaryMeasure")
                .attribute("id", SdmxStructure.VALUE)
                .attribute("urn", componentUrn(s, "PrimaryMeasure", SdmxStructure.VALUE));
        conceptIdentity(xml, s, SdmxStructure.VALUE);
        xml.end().end(); // PrimaryMeasure, MeasureList
        xml.end().end(); // DataStructureComponents, DataStructure
    }

    private static String componentUrn(SdmxStructure s, String type, String id) {
        return "urn:sdmx:org.sdmx.infomodel.datastructure." + type + "=" + s.agency() + ":" + s.dsdId() + "("
                + s.version() + ")." + id;
    }

    private static void conceptIdentity(SdmxXml xml, SdmxStructure s, String concept) {
        xml.start(SdmxXml.STRUCTURE, "ConceptIdentity")
                .empty("Ref")
                .attribute("id", concept)
                .attribute("maintainableParentID", s.conceptSchemeId())
                .attribute("maintainableParentVersion", s.version())
                .attribute("agencyID", s.agency())
                .attribute("package", "conceptscheme")
                .attribute("class", "Concept")
                .end();
    }

    private static void ref(SdmxXml xml, SdmxStructure s, String id, String pack, String type) {
        xml.empty("Ref")
                .attribute("id", id)
                .attribute("version", s.version())
                .attribute("agencyID", s.agency())
                .attribute("package", pack)
                .attribute("class", type);
    }

    /** A code's name: a country's English name, a sex's SDMX name, else the code itself. */
    private static String name(CodeList list, String code) {
        if (list == CodeList.COUNTRY && code.length() == 2) {
            String country = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            return country.isEmpty() ? code : country;
        }
        if (list == CodeList.SEX) {
            return SEXES.getOrDefault(code, code);
        }
        return code;
    }
}
