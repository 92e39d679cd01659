package org.statcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.activity.ActivityTitle;
import org.statcommons.platform.i18n.Bundles;
import org.statcommons.platform.i18n.Language;

/**
 * The meeting screens name a kind of meeting, a repetition or an answer by a key built from its enum name
 * ({@code meetings.kind.FORMAL}), which BundlesTests cannot see in the templates: every value has its text, the
 * English one being the label the code still writes in e-mails and calendars.
 */
class NamesInBundlesTests {

    @Test
    void everyKindRepetitionAndAnswerHasItsNameInTheBundles() {
        Map<String, String> english = Bundles.bundled().patterns(Language.ENGLISH);
        for (MeetingKind kind : MeetingKind.values()) {
            assertThat(english).containsEntry("meetings.kind." + kind.name(), kind.label());
        }
        for (Repeat repeat : Repeat.values()) {
            assertThat(english).containsEntry("meetings.repeat." + repeat.name(), repeat.label());
        }
        for (Answer answer : Answer.values()) {
            assertThat(english).containsEntry("meetings.answer-name." + answer.name(), answer.label());
        }
    }

    @Test
    void aChangeIsDescribedInTheReadersLanguageAndZone() {
        TimePresenter french = TimePresenter.in(ZoneId.of("Europe/Paris")).inLanguage(Locale.FRENCH);
        Instant start = Instant.parse("2030-03-05T13:00:00Z");
        ChangeDescription details =
                ChangeDescription.ofDetails("Budget {x}", true, start, ZoneId.of("UTC"), 90, false, true);
        assertThat(ActivityTitle.shown("stored English", details.title(), french))
                .isEqualTo("« Budget {x} » a changé. Nouveau titre. Nouvelle heure : "
                        + french.text(TimePresenter.mark(start, ZoneId.of("UTC")))
                        + ". Désormais 90 minutes. Ordre du jour ou type modifié.")
                .contains("14:00");
        assertThat(details.what().english())
                .isEqualTo(" New title. New time {{time 2030-03-05T13:00:00Z UTC}}. Now 90"
                        + " minutes. Agenda or kind updated.");

        ChangeDescription moved =
                ChangeDescription.ofOccurrence("Budget", start, start.plusSeconds(86400), ZoneId.of("UTC"));
        assertThat(ActivityTitle.shown("stored English", moved.title(), french))
                .startsWith("« Budget » a changé : la réunion du ")
                .contains(" est déplacée au ");
        // a title stored before these keys keeps its English
        assertThat(ActivityTitle.shown("“Budget” changed: new title", null, french))
                .isEqualTo("“Budget” changed: new title");
    }
}
