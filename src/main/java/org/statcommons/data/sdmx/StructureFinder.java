package org.statcommons.data.sdmx;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.statcommons.data.ingest.ReleasedData;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Finds the released datasets an SDMX query names, by agency, id and version. Only the latest release out of each
 * dataset exists here (its version is its number): drafts and embargoed releases are never found.
 */
@Component
class StructureFinder {

    /** A maintainable's id as a query writes it (SDMX's IDType); anything else is a syntax error. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_@$\\-.*+]{1,100}");

    private static final Pattern DATASET = Pattern.compile("^(?:DF|DSD|CS)_(\\d{1,18})(?:_.+)?$");

    private final ReleasedData data;
    private final String agency;

    StructureFinder(ReleasedData data, @Value("${statcommons.sdmx.agency:STATCOMMONS}") String agency) {
        this.data = data;
        this.agency = agency;
    }

    String agency() {
        return agency;
    }

    /**
     * The structures whose agency, id (a flow's {@code DF_12}, a structure's {@code DSD_12}, a code list's
     * {@code CL_12_SEX}…: the dataset's number is what counts) and version match; each null, {@code all} or
     * {@code *} matches all, {@code latest} the one version there is. Refused when a part is not an SDMX id.
     */
    List<SdmxStructure> find(String agencyId, String id, String version) {
        check("agencyID", agencyId);
        check("resourceID", id);
        check("version", version);
        if (!any(agencyId) && !agency.equals(agencyId)) {
            return List.of();
        }
        List<SdmxStructure> found;
        if (any(id)) {
            found = data.all().stream().map(s -> SdmxStructure.of(s, agency)).toList();
        } else {
            found = dataset(id).flatMap(data::of).map(s -> SdmxStructure.of(s, agency)).stream()
                    .toList();
        }
        return found.stream()
                .filter(s ->
                        any(version) || "latest".equals(version) || s.version().equals(version))
                .toList();
    }

    /**
     * The flow a data query names ({@code DF_12}, {@code AGENCY,DF_12}, {@code AGENCY,DF_12,3.0} or with
     * {@code latest}), or "not found".
     */
    SdmxStructure flow(String flowRef) {
        String[] parts = flowRef.split(",", -1);
        if (parts.length > 3) {
            throw new InvalidInputException("flowRef", Text.of("data-sdmx.flow.syntax", flowRef));
        }
        String agencyId = parts.length > 1 ? parts[0] : null;
        String id = parts.length > 1 ? parts[1] : parts[0];
        String version = parts.length > 2 ? parts[2] : null;
        if (any(id)) {
            throw new InvalidInputException("flowRef", Text.of("data-sdmx.flow.syntax", flowRef));
        }
        Matcher m = Pattern.compile("^DF_\\d{1,18}$").matcher(id);
        List<SdmxStructure> found = m.matches() ? find(agencyId, id, version) : List.of();
        if (found.isEmpty()) {
            throw new NotFoundException(Text.of("data-sdmx.flow.none", flowRef));
        }
        return found.get(0);
    }

    /** The stored codes of a dimension (0 first) of the structure. */
    List<String> codes(SdmxStructure structure, int dimension) {
        return data.codes(structure.released(), dimension + 1);
    }

    private static Optional<Long> dataset(String id) {
        Matcher m = DATASET.matcher(id);
        if (!m.matches() && id.startsWith("CL_")) {
            m = DATASET.matcher("DF_" + id.substring(3));
        }
        return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }

    private static boolean any(String part) {
        return part == null || part.isEmpty() || "all".equals(part) || "*".equals(part);
    }

    private static void check(String field, String part) {
        if (part != null && !ID.matcher(part).matches()) {
            throw new InvalidInputException(field, Text.of("data-sdmx.id.syntax", field, part));
        }
    }
}
