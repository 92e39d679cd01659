package org.statcommons.data;

import java.util.Optional;

/** The open licences a dataset may carry, by SPDX id: a closed list, so that every dataset's terms are known ones. */
public enum Licence {
    CC_BY_4_0("CC-BY-4.0"),
    CC_BY_SA_4_0("CC-BY-SA-4.0"),
    CC0_1_0("CC0-1.0"),
    ODBL_1_0("ODbL-1.0"),
    ODC_BY_1_0("ODC-By-1.0"),
    PDDL_1_0("PDDL-1.0"),
    OGL_UK_3_0("OGL-UK-3.0"),
    ETALAB_2_0("etalab-2.0"),
    DL_DE_BY_2_0("DL-DE-BY-2.0");

    public static final Licence DEFAULT = CC_BY_4_0;

    private final String spdx;

    Licence(String spdx) {
        this.spdx = spdx;
    }

    public String spdx() {
        return spdx;
    }

    public String uri() {
        return "https://spdx.org/licenses/" + spdx + ".html";
    }

    /** The licence of this SPDX id (case as SPDX writes it, or not), or empty when it is not one of the list. */
    public static Optional<Licence> bySpdx(String id) {
        for (Licence licence : values()) {
            if (licence.spdx.equalsIgnoreCase(id)) {
                return Optional.of(licence);
            }
        }
        return Optional.empty();
    }
}
