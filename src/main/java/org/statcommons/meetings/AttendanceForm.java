package org.statcommons.meetings;

import java.util.List;

/** The attendance form of a meeting's screen as typed (the occurrence, who was ticked), shown again when refused. */
record AttendanceForm(String occurrence, List<Long> present) {

    NewAttendance command() {
        return NewAttendance.of(occurrence, present);
    }

    /** Whether this person was ticked. */
    public boolean ticked(long accountId) {
        return present != null && present.contains(accountId);
    }
}
