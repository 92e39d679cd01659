package org.statcommons.workstreams;

/**
 * A progress report as typed: the due date it answers ({@code 2027-06-05}), a page of the workstream's folder (its
 * path, or empty) and a short text; at least one of the two.
 */
public record NewReport(String dueOn, String page, String summary) {

    public NewReport {
        dueOn = dueOn == null ? "" : dueOn;
        page = page == null ? "" : page;
        summary = summary == null ? "" : summary;
    }
}
