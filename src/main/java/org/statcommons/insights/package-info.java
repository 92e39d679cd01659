/**
 * A community's activity figures over a period (issue 12): members, active members, pages and their views, comments
 * and posts, meetings and attendance, newsletters, decisions, shown as tables with charts drawn on the server in SVG,
 * as CSV and as JSON. Each feature that owns the data writes its figures through
 * {@link org.statcommons.insights.InsightSection}, which this feature defines and the others implement (they depend on
 * it, never the reverse); membership and the space's figures come from the two features below it, {@code community}
 * and {@code content}, through their public APIs. The evaluation report is written from the same figures: a draft page of the
 * space and a PDF with the same charts, with the place other features (surveys) fill through
 * {@link org.statcommons.insights.EvaluationSection}. Only aggregates: nothing here counts a person's reading. See
 * docs/evaluation.md.
 */
package org.statcommons.insights;
