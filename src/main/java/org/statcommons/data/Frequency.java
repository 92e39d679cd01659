package org.statcommons.data;

import java.util.Optional;

/** How often a dataset is updated: the EU frequency vocabulary's usual codes (DCAT-AP 3's dct:accrualPeriodicity). */
public enum Frequency {
    CONT,
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    ANNUAL_2,
    ANNUAL,
    BIENNIAL,
    TRIENNIAL,
    QUINQUENNIAL,
    DECENNIAL,
    IRREG,
    NEVER,
    UNKNOWN;

    public String uri() {
        return "http://publications.europa.eu/resource/authority/frequency/" + name();
    }

    public static Optional<Frequency> byCode(String code) {
        for (Frequency frequency : values()) {
            if (frequency.name().equalsIgnoreCase(code)) {
                return Optional.of(frequency);
            }
        }
        return Optional.empty();
    }
}
