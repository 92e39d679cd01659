package org.statcommons.platform;

import static org.assertj.core.api.Assertions.assertThat;

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
}
