package org.statcommons.meetings;

/** The edit form: the details, and the new time of the first occurrence ("2026-12-01 14:00", organiser's zone). */
record MeetingDetailsForm(String title, String kind, String agenda, String duration, String onlineLink, String place,
                          String start) {
}
