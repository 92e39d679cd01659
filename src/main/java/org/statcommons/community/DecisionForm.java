package org.statcommons.community;

/**
 * A decision on a request or a nomination, as the Requests screen sends it: the button pressed, the note, and
 * which card it came from ({@code request-12}, {@code nomination-5}), so that a refused note comes back there.
 */
record DecisionForm(String decision, String note, String card) {}
