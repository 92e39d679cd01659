package org.statcommons.data.requests;

/** A request for data as typed: what is needed, and a longer explanation (both text, checked by the use case). */
record NewDataRequest(String title, String body) {}
