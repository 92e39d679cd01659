package org.statcommons.community;

import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;

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
            throw new InvalidInputException("acceptConduct", "Please read and accept the code of conduct.");
        }
        if (conductVersion == null || conductVersion != current.version()) {
            throw new ConflictException("The code of conduct has changed since you opened the page (it is now version "
                    + current.version() + "). Please read it again and accept the current version.");
        }
        return current.version();
    }
}
