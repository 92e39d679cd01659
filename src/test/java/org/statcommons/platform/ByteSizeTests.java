package org.statcommons.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.statcommons.platform.i18n.Language;

/** Sizes read in each language with CLDR's units, not units written by hand. */
class ByteSizeTests {

    private static final long MB = 1024 * 1024;

    @Test
    void aSizeIsWrittenInTheReadersLanguageWithCldrsUnits() {
        assertThat(ByteSize.of(25 * MB).in(Language.ENGLISH)).isEqualTo("25 MB");
        assertThat(plain(ByteSize.of(2 * MB).in(Language.FRENCH))).isEqualTo("2 Mo");
        assertThat(plain(ByteSize.of(5 * MB / 2).in(Language.FRENCH))).isEqualTo("2,5 Mo");
        assertThat(plain(ByteSize.of(25 * MB).in(Language.RUSSIAN))).isEqualTo("25 МБ");
        assertThat(plain(ByteSize.of(25 * MB).in(Language.SPANISH))).isEqualTo("25 MB");
        assertThat(ByteSize.of(25 * MB).in(Language.ARABIC)).contains("25").doesNotContain("MB");
        assertThat(ByteSize.of(512 * 1024).in(Language.ENGLISH)).isEqualTo("512 kB");
        assertThat(ByteSize.of(512).in(Language.ENGLISH)).isEqualTo("512 bytes");
        assertThat(ByteSize.of(1).in(Language.ENGLISH)).isEqualTo("1 byte");
        assertThat(plain(ByteSize.of(512).in(Language.FRENCH))).isEqualTo("512 octets");
        assertThat(ByteSize.of(3L * 1024 * MB).in(Language.CHINESE))
                .contains("3")
                .contains("GB");
    }

    @Test
    void aRefusalOfAFileTooLargeNamesItsLimitInTheReadersLanguage() {
        Text refusal = Text.of("content.file.too-large", ByteSize.of(2 * MB));
        assertThat(new TooLargeException(refusal, 2 * MB).getMessage()).contains("at most 2 MB may be attached");
        assertThat(plain(refusal.in(Language.FRENCH))).contains("2 Mo au plus");
        assertThat(plain(refusal.in(Language.RUSSIAN))).contains("не более 2 МБ");
    }

    @Test
    void limitsOnceWrittenByHandAreReadInTheReadersLanguage() {
        Text post = Text.of("discussions.post.too-long", 100_001, 100_000, ByteSize.of(100 * 1024));
        assertThat(post.english()).contains("at most 100,000 (about 100 kB)");
        assertThat(plain(post.in(Language.FRENCH))).contains("(environ 100 ko)");
        Text download = Text.of("translations.offline.left-out", ByteSize.of(200 * MB));
        assertThat(download.english()).contains("at most 200 MB:");
        assertThat(plain(download.in(Language.RUSSIAN))).contains("не более 200 МБ:");
        assertThat(Text.of("moderation.posts.per-minute", 1).english()).contains("at most 1 post a minute");
        assertThat(Text.of("moderation.posts.per-minute", 10).english()).contains("at most 10 posts a minute");
    }

    /** CLDR puts no-break spaces between a number and its unit (and before French colons); read as plain spaces. */
    static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
