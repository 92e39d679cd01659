package org.statcommons.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.statcommons.support.CpuTime;

/**
 * Times as each reader reads them: in their zone with the offset written, UTC for those without one, the organiser's
 * zone second; across daylight-saving changes and for zones that do not exist.
 */
class TimePresenterTests {

    private static final Instant FRIDAY_13_UTC = Instant.parse("2026-12-18T13:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aReaderInKathmanduReadsTheirOwnTimeWithItsQuarterHourOffset() {
        TimePresenter kathmandu = TimePresenter.forZone("Asia/Kathmandu");
        assertThat(kathmandu.assumed()).isFalse();
        assertThat(kathmandu.at(FRIDAY_13_UTC)).isEqualTo("2026-12-18 18:45 UTC+05:45");
        assertThat(kathmandu.full(FRIDAY_13_UTC)).isEqualTo("Fri 18 Dec 2026, 18:45 (Asia/Kathmandu, UTC+05:45)");
        assertThat(kathmandu.date(Instant.parse("2026-12-18T18:20:00Z"))).isEqualTo("2026-12-19");
    }

    @Test
    void theOrganisersZoneComesSecondOnlyWhereItsClocksReadDifferently() {
        assertThat(TimePresenter.forZone("Pacific/Apia").fullWith(FRIDAY_13_UTC, PARIS))
                .isEqualTo("Sat 19 Dec 2026, 02:00 (Pacific/Apia, UTC+13:00) — Europe/Paris: Fri 18 Dec 2026, 14:00");
        assertThat(TimePresenter.forZone("Europe/Paris").fullWith(FRIDAY_13_UTC, PARIS))
                .isEqualTo("Fri 18 Dec 2026, 14:00 (Europe/Paris, UTC+01:00)");
        // Berlin and Paris read the same clock: nothing to add
        assertThat(TimePresenter.forZone("Europe/Berlin").fullWith(FRIDAY_13_UTC, PARIS))
                .isEqualTo("Fri 18 Dec 2026, 14:00 (Europe/Berlin, UTC+01:00)");
    }

    @Test
    void noZoneAnUnknownZoneAndSignedOutReadersGetUtcWithTheOffset() {
        for (TimePresenter utc : new TimePresenter[] {
            TimePresenter.forZone(null),
            TimePresenter.forZone(""),
            TimePresenter.forZone("  "),
            TimePresenter.forZone("Mars/Olympus_Mons"),
            TimePresenter.forZone("../../etc/passwd"),
            TimePresenter.anonymous()
        }) {
            assertThat(utc.assumed()).isTrue();
            assertThat(utc.zoneName()).isEqualTo("UTC");
            assertThat(utc.at(FRIDAY_13_UTC)).isEqualTo("2026-12-18 13:00 UTC+00:00");
            assertThat(utc.full(FRIDAY_13_UTC)).isEqualTo("Fri 18 Dec 2026, 13:00 (UTC+00:00)");
            assertThat(utc.fullWith(FRIDAY_13_UTC, PARIS)).endsWith("— Europe/Paris: Fri 18 Dec 2026, 14:00");
        }
        assertThat(TimePresenter.anonymous().at(null)).isEmpty();
    }

    @Test
    void theOffsetFollowsDaylightSavingOnEitherSideOfTheChange() {
        TimePresenter paris = TimePresenter.forZone("Europe/Paris");
        // clocks went forward at 01:00 UTC on 29 March 2026
        assertThat(paris.at(Instant.parse("2026-03-29T00:59:00Z"))).isEqualTo("2026-03-29 01:59 UTC+01:00");
        assertThat(paris.at(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo("2026-03-29 03:00 UTC+02:00");
        // and back at 01:00 UTC on 25 October 2026: 02:30 happens twice, told apart by the offset
        assertThat(paris.at(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("2026-10-25 02:30 UTC+02:00");
        assertThat(paris.at(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("2026-10-25 02:30 UTC+01:00");
        // a weekly meeting set in Paris, seen from Kathmandu (no daylight saving) moves by an hour
        TimePresenter kathmandu = TimePresenter.forZone("Asia/Kathmandu");
        assertThat(kathmandu.fullWith(Instant.parse("2026-10-23T12:00:00Z"), PARIS))
                .isEqualTo("Fri 23 Oct 2026, 17:45 (Asia/Kathmandu, UTC+05:45) — Europe/Paris: Fri 23 Oct 2026, 14:00");
        assertThat(kathmandu.fullWith(Instant.parse("2026-10-30T13:00:00Z"), PARIS))
                .isEqualTo("Fri 30 Oct 2026, 18:45 (Asia/Kathmandu, UTC+05:45) — Europe/Paris: Fri 30 Oct 2026, 14:00");
    }

    @Test
    void aTimeMarkedInAStoredTextIsShownInEachReadersZone() {
        String title = "“Review” is scheduled for " + TimePresenter.mark(FRIDAY_13_UTC, PARIS);
        assertThat(TimePresenter.forZone("Asia/Kathmandu").text(title))
                .isEqualTo(
                        "“Review” is scheduled for Fri 18 Dec 2026, 18:45 (Asia/Kathmandu, UTC+05:45) — Europe/Paris:"
                                + " Fri 18 Dec 2026, 14:00");
        assertThat(TimePresenter.anonymous().text(title)).contains("13:00 (UTC+00:00)");
        assertThat(TimePresenter.anonymous().text("no time here")).isEqualTo("no time here");
        assertThat(TimePresenter.anonymous().text(null)).isNull();
    }

    @Test
    void marksThatAreNotTimesStayAsTyped() {
        TimePresenter reader = TimePresenter.forZone("Pacific/Apia");
        assertThat(reader.text("{{time 2026-13-45T99:00:00Z Europe/Paris}}"))
                .isEqualTo("{{time 2026-13-45T99:00:00Z Europe/Paris}}");
        assertThat(reader.text("{{time 2026-12-18T13:00:00Z Nowhere/Land}}"))
                .isEqualTo("{{time 2026-12-18T13:00:00Z Nowhere/Land}}");
        assertThat(reader.text("$1 {{time " + FRIDAY_13_UTC + " UTC}} \\0"))
                .isEqualTo("$1 Sat 19 Dec 2026, 02:00 (Pacific/Apia, UTC+13:00) — UTC: Fri 18 Dec 2026, 13:00 \\0");
    }

    @Test
    void typedTextJoinedIntoATextWithTimesIsShownAsTyped() {
        TimePresenter reader = TimePresenter.forZone("Asia/Kathmandu");
        for (String typed : List.of(
                "{{time 2026-01-01T00:00:00Z UTC}}",
                "{{{time 2026-01-01T00:00:00Z UTC}}}",
                "{",
                "{{",
                "a {{ b } c",
                "{\u2060{time 2026-01-01T00:00:00Z UTC}}")) {
            String title = "“" + TimePresenter.literal(typed) + "” is scheduled for "
                    + TimePresenter.mark(FRIDAY_13_UTC, PARIS);
            assertThat(TimePresenter.literal(typed)).doesNotContain("{{");
            assertThat(reader.text(title))
                    .as(typed)
                    .isEqualTo("“" + typed + "” is scheduled for Fri 18 Dec 2026, 18:45"
                            + " (Asia/Kathmandu, UTC+05:45) — Europe/Paris: Fri 18 Dec 2026, 14:00");
        }
        assertThat(TimePresenter.literal("no braces")).isEqualTo("no braces");
        assertThat(TimePresenter.literal(null)).isNull();
    }

    @Test
    void aDayOfTheCalendarIsTheSameDayInEveryZoneInTheReadersForm() {
        java.time.LocalDate day = java.time.LocalDate.of(2027, 1, 31);
        assertThat(TimePresenter.forZone("Pacific/Kiritimati").day(day)).isEqualTo("2027-01-31");
        assertThat(TimePresenter.forZone("Pacific/Pago_Pago").day(day)).isEqualTo("2027-01-31");
        String french = in("Pacific/Pago_Pago", "fr").day(day);
        assertThat(french)
                .as("the French form of the day, not shifted by the reader's zone")
                .isEqualTo(in("UTC", "fr").date(java.time.Instant.parse("2027-01-31T12:00:00Z")))
                .contains("31")
                .doesNotContain("2027-01-31");
        assertThat(in("UTC", "ar").day(day)).isNotEqualTo("2027-01-31");
        assertThat(TimePresenter.anonymous().day(null)).isEmpty();
    }

    @Test
    void aMegabyteOfTypedBracesIsReadInBoundedTime() {
        String typed = TimePresenter.literal("{{time ".repeat(150_000));
        var shown = CpuTime.of(() -> TimePresenter.forZone("Asia/Kathmandu").text(typed));
        assertThat(shown.result()).isEqualTo("{{time ".repeat(150_000));
        assertThat(shown.cpu()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aMegabyteOfAlmostMarksIsReadInLinearTime() {
        String hostile = "{{time 2026-12-18T13:00:00Z ".repeat(40_000) + "{{time " + "9".repeat(100_000);
        // the wall-clock bound only stops a runaway; the processor time is the bound a busy machine cannot break
        CpuTime.Measured<String> shown = assertTimeoutPreemptively(
                Duration.ofMinutes(1),
                () -> CpuTime.of(() -> TimePresenter.forZone("Asia/Kathmandu").text(hostile)));
        assertThat(shown.result()).isEqualTo(hostile);
        assertThat(shown.cpu()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aPresenterPerRequestOrRecipientInAnOfferedLanguageCostsNoCldrLookUp() {
        // every request and every e-mail of a digest asks for its own presenter in its reader's language
        CpuTime.Measured<String> shown = CpuTime.of(() -> {
            String last = "";
            for (int i = 0; i < 20_000; i++) {
                last = in("Europe/Paris", "fr").zoneName();
            }
            return last;
        });
        assertThat(shown.result()).isEqualTo(in("Europe/Paris", "fr").zoneName());
        assertThat(shown.cpu()).isLessThan(Duration.ofSeconds(1));
    }

    private static TimePresenter in(String zone, String language) {
        return TimePresenter.forZone(zone).inLanguage(Locale.forLanguageTag(language));
    }

    @Test
    void frenchSpanishRussianArabicAndChineseReadersGetTheirLanguagesFormsAndZoneNames() {
        Instant ninetyMinutesLater = FRIDAY_13_UTC.plus(Duration.ofMinutes(90));
        TimePresenter french = in("Europe/Paris", "fr");
        assertThat(french.at(FRIDAY_13_UTC)).isEqualTo("18 déc. 2026, 14:00 UTC+01:00");
        assertThat(french.full(FRIDAY_13_UTC))
                .isEqualTo("ven. 18 déc. 2026, 14:00 (heure d’Europe centrale, UTC+01:00)");
        assertThat(in("Asia/Kathmandu", "fr").fullWith(FRIDAY_13_UTC, PARIS))
                .isEqualTo("ven. 18 déc. 2026, 18:45 (heure du Népal, UTC+05:45) — heure d’Europe centrale : "
                        + "ven. 18 déc. 2026, 14:00");
        assertThat(french.date(FRIDAY_13_UTC)).isEqualTo("18 déc. 2026");
        assertThat(french.longDate(FRIDAY_13_UTC)).isEqualTo("18 décembre 2026");
        assertThat(french.span(FRIDAY_13_UTC, ninetyMinutesLater)).isEqualTo("ven. 14:00–15:30");
        assertThat(french.zoneName()).isEqualTo("heure d’Europe centrale");

        TimePresenter spanish = in("Europe/Paris", "es");
        assertThat(spanish.at(FRIDAY_13_UTC)).isEqualTo("18 dic 2026, 14:00 UTC+01:00");
        assertThat(spanish.longDate(FRIDAY_13_UTC)).isEqualTo("18 de diciembre de 2026");

        TimePresenter russian = in("Europe/Paris", "ru");
        assertThat(russian.full(FRIDAY_13_UTC))
                .isEqualTo("пт, 18 дек. 2026\u202fг., 14:00 (Центральная Европа, UTC+01:00)");
        assertThat(russian.longDate(FRIDAY_13_UTC)).isEqualTo("18 декабря 2026\u202fг.");

        // CLDR 46 (ICU 79) writes Arabic with Latin digits by default, and its hours on a 12-hour clock
        TimePresenter arabic = in("Europe/Paris", "ar");
        assertThat(arabic.at(FRIDAY_13_UTC)).isEqualTo("18 ديسمبر 2026، 2:00 م UTC+01:00");
        assertThat(arabic.full(FRIDAY_13_UTC))
                .isEqualTo("الجمعة، 18 ديسمبر 2026، 2:00 م (توقيت وسط أوروبا، UTC+01:00)");

        TimePresenter chinese = in("Europe/Paris", "zh");
        assertThat(chinese.full(FRIDAY_13_UTC)).isEqualTo("2026年12月18日周五 14:00（中欧时间，UTC+01:00）");
        assertThat(chinese.date(FRIDAY_13_UTC)).isEqualTo("2026年12月18日");

        // a reader without a zone: UTC, named by its offset alone, in every language
        assertThat(TimePresenter.anonymous().inLanguage(Locale.FRENCH).full(FRIDAY_13_UTC))
                .isEqualTo("ven. 18 déc. 2026, 13:00 (UTC+00:00)");
        assertThat(TimePresenter.anonymous().inLanguage(Locale.FRENCH).zoneName())
                .isEqualTo("UTC");
        // English keeps its own forms
        assertThat(in("Europe/Paris", "en").full(FRIDAY_13_UTC))
                .isEqualTo("Fri 18 Dec 2026, 14:00 (Europe/Paris, UTC+01:00)");
    }

    @Test
    void relativeTimesAndCountsAreSaidInTheReadersLanguage() {
        Instant threeHoursBefore = FRIDAY_13_UTC.minus(Duration.ofHours(3));
        Instant twoDaysAfter = FRIDAY_13_UTC.plus(Duration.ofDays(2));
        assertThat(TimePresenter.anonymous().relative(threeHoursBefore, FRIDAY_13_UTC))
                .isEqualTo("3 hours ago");
        assertThat(TimePresenter.anonymous().relative(FRIDAY_13_UTC, FRIDAY_13_UTC))
                .isEqualTo("now");
        assertThat(in("Europe/Paris", "fr").relative(threeHoursBefore, FRIDAY_13_UTC))
                .isEqualTo("il y a 3 heures");
        assertThat(in("Europe/Paris", "ru").relative(twoDaysAfter, FRIDAY_13_UTC))
                .isEqualTo("через 2 дня");
        assertThat(in("Europe/Paris", "ru").relative(FRIDAY_13_UTC.minus(Duration.ofMinutes(5)), FRIDAY_13_UTC))
                .isEqualTo("5 минут назад");
        assertThat(in("Europe/Paris", "ar").relative(threeHoursBefore, FRIDAY_13_UTC))
                .isEqualTo("قبل 3 ساعات");
        assertThat(in("Europe/Paris", "zh").relative(twoDaysAfter, FRIDAY_13_UTC))
                .isEqualTo("2天后");
        assertThat(in("Europe/Paris", "es").relative(threeHoursBefore, FRIDAY_13_UTC))
                .isEqualTo("hace 3 horas");

        assertThat(TimePresenter.anonymous().count(1_234_567)).isEqualTo("1,234,567");
        assertThat(in("UTC", "fr").count(1_234_567)).isEqualTo("1\u202f234\u202f567");
        assertThat(in("UTC", "es").count(1_234_567)).isEqualTo("1.234.567");
        assertThat(in("UTC", "ru").count(1_234_567)).isEqualTo("1\u00a0234\u00a0567");
        assertThat(in("UTC", "ar").count(1_234_567)).isEqualTo("1,234,567");
    }
}
