package org.statcommons.drives;

import java.util.List;

/**
 * What a drive has done, counted from what people did themselves: invitations sent, personal links used (the only
 * measure of who read one: no tracking pixels), applications, and their decisions, by kind of organisation and
 * country.
 *
 * @param linksUsed the invited people who opened their personal link at least once
 */
public record DriveFigures(
        int invited,
        int linksUsed,
        int applied,
        int approved,
        int declined,
        List<Share> byOrganisationKind,
        List<Share> byCountry) {

    /** The applications of one kind of organisation or one country (its enum name, or ISO code). */
    public record Share(String key, int applied, int approved) {}

    public DriveFigures {
        byOrganisationKind = List.copyOf(byOrganisationKind);
        byCountry = List.copyOf(byCountry);
    }
}
