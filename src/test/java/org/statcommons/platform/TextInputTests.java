package org.statcommons.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TextInputTests {

    @Test
    void textIsAnythingButNulAndHalvesOfSurrogatePairs() {
        assertThat(TextInput.isText("")).isTrue();
        assertThat(TextInput.isText("Población, تعداد, 人口普查, 📊 \t\n\u0001")).isTrue();
        assertThat(TextInput.isText("a\u0000b")).isFalse();
        assertThat(TextInput.isText("a\uD800b")).isFalse();
        assertThat(TextInput.isText("a\uDC00")).isFalse();
        assertThat(TextInput.isText("\uD83D")).isFalse();
        assertThat(TextInput.isText("\uDCCA\uD83D"))
                .as("the halves in the wrong order")
                .isFalse();
    }

    @Test
    void aTypedDayIsReadAsYearMonthDayAndARefusalNamesTheFieldAndWhatWasTyped() {
        Text label = Text.of("drives.field.starts-on");
        TextInput input = new TextInput();
        assertThat(input.day("startsOn", label, " 2027-03-31 ", true)).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(input.day("endsOn", label, "", false))
                .as("an optional day left empty")
                .isNull();
        assertThat(input.day("endsOn", label, null, false)).isNull();
        assertThat(input.hasErrors()).isFalse();

        assertThat(input.day("a", label, "  ", true)).isNull();
        assertThat(input.day("b", label, "31/03/2027", true)).isNull();
        assertThat(input.day("c", label, "2027-02-30", true)).as("no such day").isNull();
        assertThat(input.day("d", label, "2".repeat(500), true)).isNull();
        assertThatThrownBy(input::throwIfInvalid).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.errors())
                    .extracting(InvalidInputException.FieldMessage::field)
                    .containsExactly("a", "b", "c", "d");
            assertThat(refused.errors())
                    .extracting(e -> e.text().english())
                    .containsExactly(
                            "First day: give a day, as year-month-day (for example 2027-03-31).",
                            "First day: “31/03/2027” is not a day; write it as year-month-day, for example"
                                    + " 2027-03-31.",
                            "First day: “2027-02-30” is not a day; write it as year-month-day, for example"
                                    + " 2027-03-31.",
                            "First day: “" + "2".repeat(30) + "…” is not a day; write it as year-month-day,"
                                    + " for example 2027-03-31.");
            assertThat(refused.errors().get(1).text().in(org.statcommons.platform.i18n.Language.of(Locale.FRENCH)))
                    .isEqualTo("Premier jour : « 31/03/2027 » n’est pas un jour ; écrivez-le sous la forme"
                            + " année-mois-jour, par exemple 2027-03-31.");
        });
    }
}
