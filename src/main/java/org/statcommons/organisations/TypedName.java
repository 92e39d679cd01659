package org.statcommons.organisations;

/**
 * An organisation name as someone typed it (in a profile, in an invitation), and the record it was matched or linked
 * to.
 *
 * @param accounts       how many profiles carry it
 * @param invitations    how many invitations carry it
 * @param organisationId the record it names, or null while unmatched
 */
public record TypedName(String name, int accounts, int invitations, Long organisationId) {

    public boolean matched() {
        return organisationId != null;
    }
}
