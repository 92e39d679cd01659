package org.statcommons.community;

import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;

/**
 * Joining, accepting an invitation and renewing membership all need the person to accept the code of
 * conduct they were shown, which must still be the current version.
 */
final class ConductAcceptance {

    private ConductAcceptance() {
    }

    /** The accepted version, or an exception saying what is missing. */
    static int check(boolean accepted, Integer shownVersion, CodesOfConduct.Conduct current) {
        if (!accepted) {
            throw new InvalidInputException("acceptConduct", "Please read and accept the code of conduct.");
        }
        if (shownVersion == null || shownVersion != current.version()) {
            throw new ConflictException("The code of conduct has changed since you opened the page (it is now version "
                    + current.version() + "). Please read it again and accept the current version.");
        }
        return current.version();
    }
}
