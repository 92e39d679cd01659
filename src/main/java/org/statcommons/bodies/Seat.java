package org.statcommons.bodies;

/**
 * A seat of a body, belonging to a member organisation.
 *
 * @param representativeId the account that holds it, or null while unfilled
 * @param alternateId      the account that stands in, or null
 */
public record Seat(long bodyId, long organisationId, Long representativeId, Long alternateId) {}
