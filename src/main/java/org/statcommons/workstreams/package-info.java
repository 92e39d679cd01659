/**
 * Workstreams and workplans of a community (docs/governance.md#workstreams-workplans-and-progress-reports): a
 * workstream proposed by members with its terms of reference (a page of the space), approved or declined by a body
 * through a decision ({@code decisions.Decisions}, heard back as {@code DecisionClosed}), then given a topic group, a
 * folder of the space and a reporting schedule; workplans of dated items, approved the same way, shown as a list, by
 * workstream, as a timeline drawn in SVG and as CSV. {@link org.statcommons.workstreams.Workstreams} and
 * {@link org.statcommons.workstreams.WorkstreamReports} are read by the features that report on them.
 */
package org.statcommons.workstreams;
