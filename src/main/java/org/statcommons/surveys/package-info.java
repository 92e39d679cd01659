/**
 * Surveys of a community or of the platform, in waves (baseline, midline, endpoint) whose questions keep stable codes
 * so that answers compare across waves; the owners' builder (sections, questions of nine kinds, options, conditions,
 * preview); the respondent mode (identified, pseudonymous with a keyed pseudonym linking a person's waves, anonymous)
 * that is never made less private once answers exist; responses stored one row per answer. See
 * docs/evaluation.md#surveys, which also says what answering, distribution and results build on.
 */
package org.statcommons.surveys;
