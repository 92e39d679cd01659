/**
 * Meetings of a community or one of its topic groups: a poll of candidate times ranked by a fairness rule
 * across the invitees' time zones (with a running tally that rotates the inconvenience), answer links that
 * need no sign-in, recurring series with exceptions, iCalendar invitations and cancellations by e-mail,
 * private calendar feeds, agenda and minutes pages in the community's space, and attendance. Public API for
 * other features: {@link org.statcommons.meetings.OccurrenceFinder} and
 * {@link org.statcommons.meetings.SessionCalendar}. See docs/meetings.md.
 */
package org.statcommons.meetings;
