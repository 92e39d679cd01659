package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionHandlesTests {

    private static final Map<Long, String> PEOPLE =
            Map.of(1L, "Mele Taufa", 2L, "José Müller", 3L, "نور الهدى", 4L, "Ana", 5L, "ana");

    @Test
    void handlesNameMembersWithoutCaseOrSpaces() {
        assertThat(MentionHandles.resolve("Thanks @MeleTaufa.", PEOPLE)).containsExactly(1L);
        assertThat(MentionHandles.resolve("cc @\"mele  taufa\"", PEOPLE)).containsExactly(1L);
        assertThat(MentionHandles.resolve("@josémüller and @\"نور الهدى\"", PEOPLE))
                .containsExactlyInAnyOrder(2L, 3L);
        // composed and decomposed accents are the same name
        assertThat(MentionHandles.resolve("@Jose\u0301Mu\u0308ller", PEOPLE)).containsExactly(2L);
    }

    @Test
    void anAmbiguousHandleNamesEveryoneItFits() {
        assertThat(MentionHandles.resolve("@Ana", PEOPLE)).containsExactlyInAnyOrder(4L, 5L);
    }

    @Test
    void eMailAddressesUnknownHandlesAndStrayAtsNameNobody() {
        assertThat(MentionHandles.resolve("write to mele@taufa.example or @nobody, @ alone, @\"\"", PEOPLE))
                .isEmpty();
        assertThat(MentionHandles.in("a@b.c")).isEmpty();
        assertThat(MentionHandles.in(null)).isEmpty();
        assertThat(MentionHandles.in("@" + "x".repeat(500))).hasSize(1);
    }

    @Test
    void aClosedAccountsHandlesAreRewrittenAndNoOtherText() {
        assertThat(MentionHandles.renamed(
                        "Thanks @MeleTaufa. cc @\"mele  taufa\", @Ana and mele@taufa.example; $1 \\",
                        "Mele Taufa",
                        "Former member"))
                .isEqualTo("Thanks @\"Former member\". cc @\"Former member\", @Ana and mele@taufa.example; $1 \\");
        assertThat(MentionHandles.renamed("no handle here", "Mele Taufa", "Former member"))
                .isEqualTo("no handle here");
    }
}
