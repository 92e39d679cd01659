package org.statcommons.workstreams;

/**
 * A workplan item as typed: the activity, a workstream's id (or empty), its owners, start and due dates
 * ({@code 2027-03-01}), status ({@code PLANNED}, {@code IN_PROGRESS}, {@code DONE}, {@code DROPPED}) and a link to the
 * deliverable (a page of the space or a web address, or empty).
 */
public record NewWorkplanItem(
        String activity,
        String workstream,
        String owners,
        String startsOn,
        String dueOn,
        String status,
        String deliverable) {

    public NewWorkplanItem {
        activity = activity == null ? "" : activity;
        workstream = workstream == null ? "" : workstream;
        owners = owners == null ? "" : owners;
        startsOn = startsOn == null ? "" : startsOn;
        dueOn = dueOn == null ? "" : dueOn;
        status = status == null || status.isBlank() ? "PLANNED" : status;
        deliverable = deliverable == null ? "" : deliverable;
    }
}
