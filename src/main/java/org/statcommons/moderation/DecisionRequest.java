package org.statcommons.moderation;

/**
 * A moderator's decision on a queue entry, parsed at the edge from the queue's form or the API's JSON.
 *
 * @param reason the reason told to the author (required to warn, suspend and remove); for a warning, its message
 * @param days   how long a suspension lasts; null for the other decisions
 */
record DecisionRequest(DecisionKind kind, String reason, Integer days) {}
