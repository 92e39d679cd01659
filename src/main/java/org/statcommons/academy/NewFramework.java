package org.statcommons.academy;

/** A framework to import, as the administrators' form types it; its levels and items come from its CSV file. */
record NewFramework(String code, String name, String version) {}
