/**
 * Disclosure control of tables before release (docs/open-data.md#disclosure-control): pure computations, no
 * database and no web. A {@link org.statcommons.data.disclosure.Table} of up to three dimensions with its marginal
 * totals is built from a stream of cells; {@link org.statcommons.data.disclosure.TableProtector} applies the primary
 * rules chosen for the dataset ({@link org.statcommons.data.disclosure.DisclosureRules}: frequency threshold,
 * dominance (n, k), p%), adds secondary suppressions by the hypercube method, proves the result with {@link
 * org.statcommons.data.disclosure.SuppressionChecker} and answers a {@link
 * org.statcommons.data.disclosure.DisclosureReport}. {@link org.statcommons.data.disclosure.KAnonymityRules} is the
 * rule of record-level data, which the release flow checks in PostgreSQL (its records do not fit in memory).
 */
package org.statcommons.data.disclosure;
