package org.statcommons.data.harvest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.statcommons.data.DataTheme;
import org.statcommons.data.Frequency;
import org.statcommons.data.Licence;

/**
 * What a harvest read from a portal: the datasets kept, and how many were left out because their licence is not one of
 * the open licences the catalogue lists (a harvested dataset is shown with its licence, and an unknown one cannot be).
 */
record PortalReading(List<HarvestedDataset> datasets, int withoutOpenLicence) {

    /** The largest number of datasets taken from one source in one harvest. */
    static final int MAX_DATASETS = 5_000;

    /** CKAN's own licence ids for the open licences of the list. */
    private static final Map<String, Licence> CKAN_LICENCES = Map.of(
            "cc-by", Licence.CC_BY_4_0,
            "cc-by-4.0", Licence.CC_BY_4_0,
            "cc-by-sa", Licence.CC_BY_SA_4_0,
            "cc-zero", Licence.CC0_1_0,
            "odc-odbl", Licence.ODBL_1_0,
            "odc-by", Licence.ODC_BY_1_0,
            "odc-pddl", Licence.PDDL_1_0,
            "uk-ogl", Licence.OGL_UK_3_0);

    /** The licence of a CKAN licence id, an SPDX id or an SPDX licence's address. */
    static Optional<Licence> licence(String idOrUri) {
        if (idOrUri == null || idOrUri.isBlank()) {
            return Optional.empty();
        }
        String id = idOrUri.strip();
        for (Licence licence : Licence.values()) {
            if (licence.uri().equalsIgnoreCase(id)
                    || id.equalsIgnoreCase("http://spdx.org/licenses/" + licence.spdx())
                    || id.equalsIgnoreCase("https://spdx.org/licenses/" + licence.spdx())) {
                return Optional.of(licence);
            }
        }
        return Optional.ofNullable(CKAN_LICENCES.get(id.toLowerCase(Locale.ROOT)))
                .or(() -> Licence.bySpdx(id));
    }

    /** The EU Data Theme of a code ({@code SOCI}, {@code soci}) or of its address in the EU vocabulary. */
    static Optional<DataTheme> theme(String codeOrUri) {
        if (codeOrUri == null) {
            return Optional.empty();
        }
        String code = codeOrUri.substring(codeOrUri.lastIndexOf('/') + 1);
        return DataTheme.byCode(code);
    }

    /** The EU frequency of a code or of its address in the EU vocabulary; null when none. */
    static Frequency frequency(String codeOrUri) {
        if (codeOrUri == null || codeOrUri.isBlank()) {
            return null;
        }
        return Frequency.byCode(codeOrUri.substring(codeOrUri.lastIndexOf('/') + 1))
                .orElse(null);
    }
}
