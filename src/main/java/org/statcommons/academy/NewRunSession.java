package org.statcommons.academy;

/** A session to add to a run, as typed: a meeting's number or its address. */
record NewRunSession(String meeting) {}
