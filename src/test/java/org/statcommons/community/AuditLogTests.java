package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.Text;

class AuditLogTests {

    @Test
    void theLogShowsWordsNotCodes() {
        assertThat(entry("JOIN_POLICY_CHANGED").what()).isEqualTo("Way of joining changed");
        assertThat(entry("CONDUCT_ACCEPTED").what()).isEqualTo("Accepted the code of conduct");
        assertThat(entry("REQUEST_APPROVED").what()).isEqualTo("Request to join approved");
        assertThat(entry("INVITATION_REQUEST_DECLINED").what()).isEqualTo("Request for an invitation declined");
        // a code written by a feature that has no words here yet still reads as words
        assertThat(entry("SOMETHING_NEW_HAPPENED").what()).isEqualTo("Something new happened");
    }

    @Test
    void theWordsAndTheDetailsWrittenAsTextsAreInTheReadersLanguage() {
        assertThat(entry("CONTENT_HIDDEN").what(Locale.FRENCH)).isEqualTo("Contenu masqué");
        assertThat(entry("WARNED").what(Locale.forLanguageTag("ar"))).isEqualTo("حُذّر");
        assertThat(entry("SOMETHING_NEW_HAPPENED").what(Locale.FRENCH)).isEqualTo("Something new happened");
        Text detail = Text.of("moderation.audit.hidden", Text.of("comments.moderation.title", "Ana", "guides/x"));
        AuditEntries.Entry hidden =
                new AuditEntries.Entry(1, 2L, 3L, "CONTENT_HIDDEN", detail.english(), detail, "", Instant.EPOCH);
        assertThat(hidden.detail()).isEqualTo("Hid Comment by Ana on guides/x");
        assertThat(hidden.detail(Locale.FRENCH)).isEqualTo("« Commentaire de Ana sur guides/x » masqué");
        assertThat(entry("JOINED").detail(Locale.FRENCH))
                .as("a detail stored in English only stays as stored")
                .isEqualTo("as written");
    }

    private static AuditEntries.Entry entry(String action) {
        return new AuditEntries.Entry(1, 2L, 3L, action, "as written", "", Instant.EPOCH);
    }
}
