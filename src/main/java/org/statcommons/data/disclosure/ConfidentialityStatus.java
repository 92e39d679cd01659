package org.statcommons.data.disclosure;

/**
 * Why a published observation is missing, in SDMX's words: the code of the cross-domain code list CL_CONF_STATUS
 * (attribute {@code CONF_STATUS}). A suppressed cell is published without a value, with {@code OBS_STATUS} =
 * {@link #OBS_STATUS_SUPPRESSED} and one of these.
 */
public enum ConfidentialityStatus {
    /** "A": primary confidentiality due to small counts (the frequency threshold). */
    SMALL_COUNTS("A"),
    /** "O": primary confidentiality due to dominance by one unit (dominance rule with n = 1). */
    DOMINANCE_BY_ONE("O"),
    /** "T": primary confidentiality due to dominance by two units (dominance rule with n = 2). */
    DOMINANCE_BY_TWO("T"),
    /** "G": primary confidentiality due to dominance by one or two units (the p% rule). */
    DOMINANCE_BY_ONE_OR_TWO("G"),
    /** "C": confidential statistical information (dominance by three units or more). */
    CONFIDENTIAL("C"),
    /** "D": secondary confidentiality set by the sender, not for publication. */
    SECONDARY("D");

    /** CL_OBS_STATUS "Q": missing value; suppressed. */
    public static final String OBS_STATUS_SUPPRESSED = "Q";

    private final String code;

    ConfidentialityStatus(String code) {
        this.code = code;
    }

    /** The CL_CONF_STATUS code. */
    public String code() {
        return code;
    }
}
