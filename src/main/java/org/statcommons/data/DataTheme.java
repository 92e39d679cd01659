package org.statcommons.data;

import java.util.Optional;

/** The EU Data Theme vocabulary (http://publications.europa.eu/resource/authority/data-theme), as DCAT-AP 3 asks. */
public enum DataTheme {
    AGRI,
    ECON,
    EDUC,
    ENER,
    ENVI,
    GOVE,
    HEAL,
    INTR,
    JUST,
    OP_DATPRO,
    REGI,
    SOCI,
    TECH,
    TRAN;

    public String uri() {
        return "http://publications.europa.eu/resource/authority/data-theme/" + name();
    }

    public static Optional<DataTheme> byCode(String code) {
        for (DataTheme theme : values()) {
            if (theme.name().equalsIgnoreCase(code)) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
