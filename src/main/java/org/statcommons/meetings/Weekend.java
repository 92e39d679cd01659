package org.statcommons.meetings;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The days off in a person's country, so that a meeting on someone's weekend counts as outside their
 * working hours. The data is the Unicode CLDR's weekData (weekendStart / weekendEnd by territory, CLDR 46):
 * most countries rest on Saturday and Sunday; the few that differ are listed here. A person with no country
 * in their profile gets Saturday and Sunday.
 */
enum Weekend {
    SATURDAY_SUNDAY(SATURDAY, SUNDAY),
    FRIDAY_SATURDAY(FRIDAY, SATURDAY),
    THURSDAY_FRIDAY(THURSDAY, FRIDAY),
    FRIDAY_ONLY(FRIDAY),
    SUNDAY_ONLY(SUNDAY);

    private static final Map<String, Weekend> DIFFERENT = Map.ofEntries(
            Map.entry("AF", THURSDAY_FRIDAY),
            Map.entry("BH", FRIDAY_SATURDAY),
            Map.entry("DZ", FRIDAY_SATURDAY),
            Map.entry("EG", FRIDAY_SATURDAY),
            Map.entry("IL", FRIDAY_SATURDAY),
            Map.entry("IQ", FRIDAY_SATURDAY),
            Map.entry("JO", FRIDAY_SATURDAY),
            Map.entry("KW", FRIDAY_SATURDAY),
            Map.entry("LY", FRIDAY_SATURDAY),
            Map.entry("OM", FRIDAY_SATURDAY),
            Map.entry("QA", FRIDAY_SATURDAY),
            Map.entry("SA", FRIDAY_SATURDAY),
            Map.entry("SD", FRIDAY_SATURDAY),
            Map.entry("SY", FRIDAY_SATURDAY),
            Map.entry("YE", FRIDAY_SATURDAY),
            Map.entry("IR", FRIDAY_ONLY),
            Map.entry("IN", SUNDAY_ONLY),
            Map.entry("UG", SUNDAY_ONLY));

    /** Days off as ISO day numbers (Monday 1 … Sunday 7) in a bit set: asked in the ranking's inner loop. */
    private final int days;

    Weekend(DayOfWeek... days) {
        int bits = 0;
        for (DayOfWeek day : days) {
            bits |= 1 << day.getValue();
        }
        this.days = bits;
    }

    static Weekend ofCountry(String isoCountry) {
        return isoCountry == null
                ? SATURDAY_SUNDAY
                : DIFFERENT.getOrDefault(isoCountry.toUpperCase(Locale.ROOT), SATURDAY_SUNDAY);
    }

    /** @param epochDay days since 1970-01-01 (a Thursday), in the person's local time */
    boolean isDayOff(long epochDay) {
        int isoDay = (int) Math.floorMod(epochDay + 3, 7) + 1;
        return (days & (1 << isoDay)) != 0;
    }

    Set<DayOfWeek> days() {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((days & (1 << day.getValue())) != 0) {
                set.add(day);
            }
        }
        return set;
    }
}
