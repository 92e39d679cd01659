package org.statcommons.workstreams;

import java.time.LocalDate;

/**
 * An item of a workplan: an activity, the workstream it belongs to (or null), its owners (as written), its dates,
 * its status and a link to its deliverable (a page path or a web address, or empty).
 */
public record WorkplanItem(
        long id,
        long workplanId,
        String activity,
        Long workstreamId,
        String owners,
        LocalDate startsOn,
        LocalDate dueOn,
        Status status,
        String deliverable) {

    public enum Status {
        PLANNED,
        IN_PROGRESS,
        DONE,
        DROPPED
    }

    /** Due before {@code today} and neither done nor dropped. */
    public boolean overdue(LocalDate today) {
        return dueOn.isBefore(today) && (status == Status.PLANNED || status == Status.IN_PROGRESS);
    }
}
