package org.statcommons.data.sdmx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.statcommons.data.ingest.Column;
import org.statcommons.data.ingest.ReleasedData;

/**
 * A released dataset as SDMX names it: the dataflow {@code DF_<dataset>} of the agency, its data structure
 * {@code DSD_<dataset>}, its concept scheme {@code CS_<dataset>} and a code list {@code CL_<dataset>_<dimension>} per
 * dimension, all in version {@code <release number>.0} (a new release may change the structure, so it is a new
 * version). Component ids are SDMX ids made from the column names ({@code Age group} is {@code Age_group}); the time is
 * {@code TIME_PERIOD}, the value {@code OBS_VALUE}.
 */
record SdmxStructure(
        ReleasedData.Structure released,
        String agency,
        String flowId,
        String dsdId,
        String conceptSchemeId,
        String version,
        List<Component> dimensions,
        List<Component> attributes) {

    /** The time dimension's id, fixed by SDMX. */
    static final String TIME = "TIME_PERIOD";

    /** The primary measure's id, fixed by SDMX. */
    static final String VALUE = "OBS_VALUE";

    /** A dimension or attribute: its SDMX id, the column's name (the concept's name) and, for a dimension, its list. */
    record Component(String id, String name, String codelistId) {}

    static SdmxStructure of(ReleasedData.Structure released, String agency) {
        long dataset = released.dataset().id();
        Set<String> taken = new HashSet<>(List.of(TIME, VALUE));
        List<Component> dimensions = new ArrayList<>();
        for (Column d : released.dimensions()) {
            String id = unique(ncName(d.name(), "D_"), taken);
            dimensions.add(new Component(id, d.name(), "CL_" + dataset + "_" + id));
        }
        List<Component> attributes = new ArrayList<>();
        for (Column a : released.attributes()) {
            attributes.add(new Component(unique(ncName(a.name(), "A_"), taken), a.name(), null));
        }
        return new SdmxStructure(
                released,
                agency,
                "DF_" + dataset,
                "DSD_" + dataset,
                "CS_" + dataset,
                released.release().number() + ".0",
                List.copyOf(dimensions),
                List.copyOf(attributes));
    }

    /** The dataset's title, the dataflow's name. */
    String name() {
        return released.dataset().title();
    }

    /** The unit of the value when there is one measure (empty when none is stated), else empty. */
    String unit() {
        return released.measures().size() == 1 ? released.measures().get(0).unit() : "";
    }

    /** The dataflow as SDMX-CSV names it: {@code AGENCY:DF_12(3.0)}. */
    String flowReference() {
        return agency + ":" + flowId + "(" + version + ")";
    }

    /** The identifier of the structure inside a data message. */
    String structureRef() {
        return agency + "_" + flowId + "_" + version.replace('.', '_');
    }

    String urn(String type, String id) {
        return "urn:sdmx:org.sdmx.infomodel." + type + "=" + agency + ":" + id + "(" + version + ")";
    }

    /**
     * A stored code as an SDMX code id ({@code [A-Za-z0-9_@$-]+}): itself when it is one, else with each other character
     * made {@code _} ({@code 15 to 24} is {@code 15_to_24}).
     */
    static String code(String stored) {
        for (int i = 0; i < stored.length(); i++) {
            if (!idChar(stored.charAt(i))) {
                StringBuilder b = new StringBuilder(stored.length());
                for (int j = 0; j < stored.length(); j++) {
                    char c = stored.charAt(j);
                    b.append(idChar(c) ? c : '_');
                }
                return b.toString();
            }
        }
        return stored;
    }

    private static boolean idChar(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '_'
                || c == '@'
                || c == '$'
                || c == '-';
    }

    /** A name as an SDMX component id, which is also an XML name: a letter first, then letters, digits, _ and -. */
    private static String ncName(String name, String prefix) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            b.append(letter || (c >= '0' && c <= '9') || c == '_' || c == '-' ? c : '_');
        }
        char first = b.length() == 0 ? '0' : b.charAt(0);
        boolean startsWithLetter = (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z');
        return startsWithLetter ? b.toString() : prefix + b;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "_" + n;
        }
        return candidate;
    }
}
