package org.statcommons.community;

/**
 * One thing to do next, as the home page (the first administrator) and a new member's welcome list them: what,
 * where to do it, and whether it is done already.
 *
 * @param hint a line under the step, or ""
 */
record NextStep(String label, String link, boolean done, String hint) {}
