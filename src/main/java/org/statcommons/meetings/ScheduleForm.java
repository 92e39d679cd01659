package org.statcommons.meetings;

/** The scheduling form of a meeting's screen as typed, and as it is shown again when refused. */
record ScheduleForm(String candidate, String repeat, String occurrences) {

    ScheduleRequest command() {
        Long count = number(occurrences);
        return ScheduleRequest.of(
                number(candidate),
                repeat,
                count == null || Math.abs(count) > Integer.MAX_VALUE ? null : count.intValue());
    }

    /** A whole number as the form sends it; null when there is none or it is not one. */
    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
