package org.statcommons.meetings;

import java.time.Instant;

/**
 * The form that skips or moves one occurrence of a series, on the meeting's screen: the occurrence (its original
 * start) and, to move it, the new time as typed. Shown again as typed when refused.
 */
record OccurrenceForm(String occurrence, String newStart) {

    OccurrenceChange command(Meeting meeting, Instant now) {
        return OccurrenceChange.of(occurrence, newStart, meeting, now);
    }
}
