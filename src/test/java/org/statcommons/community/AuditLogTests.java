package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditLogTests {

    @Test
    void theLogShowsWordsNotCodes() {
        assertThat(entry("JOIN_POLICY_CHANGED").what()).isEqualTo("Way of joining changed");
        assertThat(entry("CONDUCT_ACCEPTED").what()).isEqualTo("Accepted the code of conduct");
        assertThat(entry("REQUEST_APPROVED").what()).isEqualTo("Request to join approved");
        // a code written by a feature that has no words here yet still reads as words
        assertThat(entry("SOMETHING_NEW_HAPPENED").what()).isEqualTo("Something new happened");
    }

    private static AuditEntries.Entry entry(String action) {
        return new AuditEntries.Entry(1, 2L, 3L, action, "", "", Instant.EPOCH);
    }
}
