package org.statcommons.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.i18n.Bundles;

/** The policy's refusal names its action in every language: no action lacks its words in the access bundle. */
class NotAllowedTextTests {

    @Test
    void everyActionIsNamedInEverySixLanguages() {
        for (Action action : Action.values()) {
            NotAllowedException refusal = new NotAllowedException(action, true);
            assertThat(refusal.getMessage()).startsWith("You may not ").endsWith(".");
            for (String language : new String[] {"ar", "zh", "fr", "ru", "es"}) {
                String translated = Bundles.bundled()
                        .format(refusal.text().key(), refusal.text().getArguments(), Locale.forLanguageTag(language));
                assertThat(translated)
                        .as(action + " in " + language)
                        .doesNotContain("You may not")
                        .doesNotContain("access.action");
            }
        }
        assertThat(new NotAllowedException(Action.CREATE_COMMUNITY, true).getMessage())
                .isEqualTo("You may not create a community.");
        assertThat(Bundles.bundled()
                        .format(
                                "access.refused",
                                new NotAllowedException(Action.CREATE_COMMUNITY, true)
                                        .text()
                                        .getArguments(),
                                Locale.forLanguageTag("ru")))
                .isEqualTo("Вам нельзя создавать сообщества.");
    }
}
