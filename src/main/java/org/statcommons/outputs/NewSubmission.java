package org.statcommons.outputs;

/** A submission to the Statistical Commission, as typed: for approval or for information, its date and symbol. */
record NewSubmission(String purpose, String date, String symbol) {}
