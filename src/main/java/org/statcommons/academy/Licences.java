package org.statcommons.academy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A course's licence as an SPDX identifier: one of the SPDX list's licences used for open educational material and
 * code, or a {@code LicenseRef-} of the course's own (SPDX's way to name a licence outside the list). CC BY 4.0 when
 * the manifest names none, as the Carpentries' lessons and most open courses are.
 */
final class Licences {

    static final String DEFAULT = "CC-BY-4.0";

    /** The identifiers the catalogue offers, exactly as SPDX spells them. */
    static final List<String> KNOWN = List.of(
            "CC-BY-4.0",
            "CC-BY-SA-4.0",
            "CC-BY-NC-4.0",
            "CC-BY-NC-SA-4.0",
            "CC-BY-ND-4.0",
            "CC-BY-NC-ND-4.0",
            "CC0-1.0",
            "CC-BY-3.0-IGO",
            "CC-BY-SA-3.0-IGO",
            "CC-BY-3.0",
            "CC-BY-SA-3.0",
            "MIT",
            "Apache-2.0",
            "BSD-3-Clause",
            "GPL-3.0-or-later",
            "MPL-2.0",
            "ODC-By-1.0",
            "ODbL-1.0",
            "OGL-UK-3.0",
            "EUPL-1.2");

    private static final Pattern OWN = Pattern.compile("LicenseRef-[A-Za-z0-9.-]{1,64}");

    private Licences() {}

    static boolean valid(String id) {
        return id != null && (KNOWN.contains(id) || OWN.matcher(id).matches());
    }
}
