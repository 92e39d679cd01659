package org.statcommons.outputs;

/**
 * The forms of an output's screens as typed: declaring (title, path, body, workstream), the days of the review or of the body's
 * vote, and a submission (purpose, date, symbol). Numbers stay text here so that a wrong one is named, not a 400.
 */
record OutputForm(
        String title,
        String path,
        String bodyId,
        String workstreamId,
        String days,
        String purpose,
        String date,
        String symbol) {

    NewOutput output() {
        return new NewOutput(title, path, optional("bodyId", bodyId), optional("workstreamId", workstreamId));
    }

    private static Long optional(String field, String typed) {
        return typed == null || typed.isBlank() ? null : number(field, typed);
    }

    NewSubmission submission() {
        return new NewSubmission(purpose, date, symbol);
    }

    Integer dayCount() {
        return days == null || days.isBlank() ? null : (int) number("days", days);
    }

    private static long number(String field, String typed) {
        try {
            return Long.parseLong(typed.strip());
        } catch (NumberFormatException e) {
            throw new org.statcommons.platform.InvalidInputException(
                    field, org.statcommons.platform.Text.of("outputs.input.number", typed));
        }
    }
}
