package org.statcommons;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features reach each other only through their public APIs, without cycles. */
class ModuleBoundariesTests {

    @Test
    void featuresRespectTheirBoundaries() {
        ApplicationModules.of(StatCommonsApplication.class).verify();
    }
}
