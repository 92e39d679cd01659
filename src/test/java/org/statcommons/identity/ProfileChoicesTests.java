package org.statcommons.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.support.CpuTime;

/** The profile's choices: a kind of organisation chosen, languages ticked or typed by name, canonical time zones. */
class ProfileChoicesTests {

    private final ProfileChoices choices =
            new ProfileChoices(Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void theKindOfOrganisationHasNoDefault() {
        assertThat(errors(form("", List.of())))
                .containsEntry(
                        "organisationKind", "Choose the kind of organisation you work for (“Individual” if none).");
        assertThat(form("INTERNATIONAL", List.of()).profile().organisationKind())
                .isEqualTo(OrganisationKind.INTERNATIONAL);
    }

    @Test
    void languagesAreTickedOrTypedByNameAndStoredAsCodes() {
        Profile profile = form("INDIVIDUAL", List.of("en", "fr", "Nepali, samoan", " ", "English", "Bangla"))
                .profile();
        assertThat(profile.languages()).containsExactly("en", "fr", "ne", "sm", "bn");

        assertThat(errors(form("INDIVIDUAL", List.of("en", "Nepali, Klingonese, Elvish"))))
                .containsEntry(
                        "languages",
                        "We do not know the languages “Klingonese”, “Elvish”. Choose from the suggestions, "
                                + "with commas between languages (for example: Nepali, Samoan).");
    }

    @Test
    void aMegabyteOfUnknownLanguagesIsRefusedQuicklyNamingOnlyTheFirstFew() {
        String typed = "Klingonese, ".repeat(87_000);
        CpuTime.Measured<Map<String, String>> refused = CpuTime.of(() -> errors(form("INDIVIDUAL", List.of(typed))));
        assertThat(refused.cpu()).isLessThan(Duration.ofSeconds(2));
        Map<String, String> errors = refused.result();
        assertThat(errors.get("languages"))
                .startsWith("We do not know the languages “Klingonese”, “Klingonese”, “Klingonese” and 86,997 more.")
                .hasSizeLessThan(300);
    }

    @Test
    void theFormShowsCommonLanguagesAsBoxesAndTheOthersAsText() {
        assertThat(choices.commonLanguages())
                .extracting(ProfileChoices.Choice::label)
                .startsWith("Arabic", "Chinese", "English", "French", "Russian", "Spanish")
                .contains("Portuguese", "German", "Hindi", "Bengali", "Swahili", "Indonesian");
        assertThat(choices.otherLanguages())
                .extracting(ProfileChoices.Choice::label)
                .contains("Nepali", "Samoan")
                .doesNotContain("English");
        assertThat(choices.otherLanguagesText(List.of("en", "ne", "sm"))).isEqualTo("Nepali, Samoan");
        assertThat(choices.otherLanguagesText(List.of("en", "Nepali, Klingonese")))
                .isEqualTo("Nepali, Klingonese");
    }

    @Test
    void timeZonesAreCanonicalGroupedByRegionWithTheirOffset() {
        assertThat(choices.timeZones())
                .contains("Africa/Asmara", "Asia/Kolkata", "Asia/Kathmandu", "Pacific/Apia", "Europe/Kyiv")
                .doesNotContain(
                        "Africa/Asmera",
                        "Asia/Calcutta",
                        "Asia/Katmandu",
                        "US/Eastern",
                        "Europe/Kiev",
                        "America/Buenos_Aires")
                .allSatisfy(id -> assertThat(ZoneId.of(id).getId()).isEqualTo(id));
        Map<String, List<ProfileChoices.Choice>> groups = choices.timeZoneGroups().stream()
                .collect(Collectors.toMap(ProfileChoices.ZoneGroup::region, ProfileChoices.ZoneGroup::zones));
        assertThat(groups.keySet()).contains("Africa", "America", "Asia", "Europe", "Pacific");
        assertThat(groups.get("Asia")).contains(new ProfileChoices.Choice("Asia/Kathmandu", "Kathmandu (UTC+05:45)"));
        assertThat(groups.get("Europe"))
                .contains(
                        new ProfileChoices.Choice("Europe/Paris", "Paris (UTC+02:00)"),
                        new ProfileChoices.Choice("Europe/London", "London (UTC+01:00)"));
        assertThat(groups.get("America"))
                .contains(new ProfileChoices.Choice(
                        "America/Argentina/Buenos_Aires", "Argentina / Buenos Aires (UTC-03:00)"));
        assertThat(groups.get("Africa")).contains(new ProfileChoices.Choice("Africa/Abidjan", "Abidjan (UTC)"));
    }

    @Test
    void aLegacyZoneAlreadyStoredStaysValidAndIsShown() {
        assertThat(form("INDIVIDUAL", List.of())
                        .withProfile("Amanuel", "", "INDIVIDUAL", "", "Africa/Asmera", List.of(), "")
                        .profile()
                        .timeZone())
                .isEqualTo("Africa/Asmera");
        assertThat(choices.unlisted("Africa/Asmera")).isTrue();
        assertThat(choices.unlisted("Africa/Asmara")).isFalse();
        assertThat(choices.unlisted("")).isFalse();
        assertThat(choices.unlisted("Mars/Olympus"))
                .as("not a zone: refused, not offered")
                .isFalse();
    }

    private static AccountForm form(String kind, List<String> languages) {
        return new AccountForm("a@example.org", "", "Amina", "", kind, "", "", languages, "");
    }

    private static Map<String, String> errors(AccountForm form) {
        try {
            form.profile();
        } catch (InvalidInputException e) {
            return e.errors().stream()
                    .collect(Collectors.toMap(
                            InvalidInputException.FieldMessage::field, InvalidInputException.FieldMessage::message));
        }
        throw new AssertionError("accepted");
    }
}
