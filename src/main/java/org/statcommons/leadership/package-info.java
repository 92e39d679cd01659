/**
 * Co-leads and elections: a community's co-lead terms (two years by default, one extension of one year for
 * continuity), the reminders 90 and 30 days before a term ends with a draft election proposed, and elections by a
 * body with nominations, a secret ranked ballot counted by instant runoff seat by seat, and the winners' terms begun on
 * their day. Implements {@code community.LandingContent}, {@code bodies.BodyContent} and {@code access.Duties} (a
 * co-lead's standing). See docs/governance.md#bodies-co-leads-and-elections.
 */
package org.statcommons.leadership;
