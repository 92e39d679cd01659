package org.statcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
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
}
