package org.statcommons.community;

import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * A person's acceptance of a community's code of conduct, as the form's checkbox and hidden version (or the
 * API's fields) give it. Joining, asking to join, accepting an invitation and accepting a changed code all need
 * it, for the version the person was shown, which must still be the current one. An unticked box sends nothing:
 * {@code acceptConduct} is then null, which is no.
 */
record ConductConsent(Boolean acceptConduct, Integer conductVersion) {

    /** The accepted version, or an exception saying what is missing. */
    int check(CodesOfConduct.Conduct current) {
        if (!Boolean.TRUE.equals(acceptConduct)) {
            throw new InvalidInputException("acceptConduct", Text.of("community.conduct.please-accept"));
        }
        if (conductVersion == null || conductVersion != current.version()) {
            throw new ConflictException(Text.of("community.conduct.changed-meanwhile", current.version()));
        }
        return current.version();
    }
}
