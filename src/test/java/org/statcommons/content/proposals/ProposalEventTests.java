package org.statcommons.content.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/** What the server wrote in a proposal's history is read in the reader's language, rows stored before too. */
class ProposalEventTests {

    private static Proposal.Event event(String kind, String body) {
        return new Proposal.Event(1, 2, "Ana", kind, body, Instant.EPOCH);
    }

    private static String shown(Proposal.Event event, Language language) {
        return event.shown() instanceof Text text ? text.in(language) : (String) event.shown();
    }

    @Test
    void theServersSentencesAreTranslatedWhatPeopleWroteIsNot() {
        String commit = "0123456789abcdef0123456789abcdef01234567";
        assertThat(shown(event("MERGED", Proposal.Event.merged()), Language.FRENCH))
                .isEqualTo("Acceptée dans l’espace.");
        // a row stored before the sentences were translated holds the same English
        assertThat(shown(event("MERGED", "Accepted into the space."), Language.SPANISH))
                .isEqualTo("Aceptada en el espacio.");
        assertThat(shown(event("UPDATED", Proposal.Event.edited("methods/sources.md")), Language.RUSSIAN))
                .isEqualTo("Изменено: methods/sources.md.");
        assertThat(shown(event("OPENED", Proposal.Event.pushed(commit, null)), Language.CHINESE))
                .isEqualTo("推送了 0123456789。");
        assertThat(shown(event("UPDATED", Proposal.Event.pushed(commit, "Fix the table")), Language.ARABIC))
                .isEqualTo("دُفع 0123456789: Fix the table");
        // a comment that looks like the server's sentence is still the person's words
        assertThat(shown(event("COMMENTED", "Accepted into the space."), Language.FRENCH))
                .isEqualTo("Accepted into the space.");
        assertThat(shown(event("APPROVED", "Pushed 0123456789."), Language.FRENCH))
                .isEqualTo("Pushed 0123456789.");
    }
}
