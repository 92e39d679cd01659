/**
 * A survey's results (docs/evaluation.md#results): figures per question with server-drawn SVG charts and the same
 * figures as tables, filtered by wave, country and kind of organisation; baseline against endpoint (paired change per
 * pseudonymous respondent, or the waves side by side); small cells withheld in one place ({@link
 * org.statcommons.surveys-results.SmallCells}); CSV exports (long, wide, codebook) streamed from a database cursor;
 * the same over JSON. Reads the feature's own tables; the policy decides who reads what.
 */
package org.statcommons.surveys.results;
