package org.statcommons.community;

/** A new version of the code of conduct, as the form gives it (Markdown). Checked by {@link EditCodeOfConduct}. */
record ConductChange(String body) {}
