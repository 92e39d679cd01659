package org.statcommons.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;

/** The description checked whatever brings it: every bad field named at once, codes from closed lists, bounds. */
class MetadataCheckerTests {

    private final MetadataChecker checker = new MetadataChecker();

    private static DatasetForm form(String title) {
        return form(title, "Persons by sex and district.", List.of("census, population", "census"), "cc0-1.0");
    }

    private static DatasetForm form(String title, String description, List<String> keywords, String licence) {
        return new DatasetForm(
                title,
                description,
                keywords,
                List.of("soci", "REGI"),
                List.of("5.2.1, 17; 6.a"),
                "Census unit",
                "Census@Example.org",
                "2020-01-01",
                "2020-12-31",
                List.of("ke, UG"),
                "annual",
                licence,
                "PUBLIC",
                List.of("https://sdmx.org/\nhttp://example.org/standard"),
                "Enumerated.",
                "",
                "Coverage 98 %.",
                "CITIZEN_SCIENCE",
                "Volunteers",
                "4",
                "",
                "3",
                "",
                "",
                "5",
                "");
    }

    private static Map<String, String> refusals(DatasetForm form) {
        try {
            new MetadataChecker().check(form);
            throw new AssertionError("accepted");
        } catch (InvalidInputException e) {
            return e.errors().stream()
                    .collect(Collectors.toMap(
                            InvalidInputException.FieldMessage::field,
                            InvalidInputException.FieldMessage::message,
                            (a, b) -> a));
        }
    }

    @Test
    void aGoodDescriptionIsReadIntoCodes() {
        DatasetMetadata m = checker.check(form("Census 2020"));
        assertThat(m.keywords()).containsExactly("census", "population");
        assertThat(m.themes()).containsExactly(DataTheme.SOCI, DataTheme.REGI);
        assertThat(m.sdgCodes()).containsExactly("5.2.1", "17", "6.a");
        assertThat(m.sdgGoals()).containsExactly(5, 6, 17);
        assertThat(m.countries()).containsExactly("KE", "UG");
        assertThat(m.frequency()).isEqualTo(Frequency.ANNUAL);
        assertThat(m.licence()).isEqualTo(Licence.CC0_1_0);
        assertThat(m.contactEmail()).isEqualTo("census@example.org");
        assertThat(m.conformsTo()).containsExactly("https://sdmx.org/", "http://example.org/standard");
        assertThat(m.quality()).isEqualTo(new QualityAssessment(4, null, 3, null, null, 5));
        assertThat(m.producerType().citizenGenerated()).isTrue();
    }

    @Test
    void anEmptyFormGetsTheDefaultsAndOnlyTheTitleIsRequired() {
        DatasetForm empty = new DatasetForm(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
        assertThat(refusals(empty)).containsOnlyKeys("title");
        DatasetForm onlyTitle = DatasetForm.empty();
        onlyTitle = new DatasetForm(
                "Only a title",
                "",
                List.of(),
                List.of(),
                List.of(),
                "",
                "",
                "",
                "",
                List.of(),
                "",
                onlyTitle.licence(),
                onlyTitle.accessRights(),
                List.of(),
                "",
                "",
                "",
                onlyTitle.producerType(),
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "");
        DatasetMetadata m = checker.check(onlyTitle);
        assertThat(m.licence()).isEqualTo(Licence.CC_BY_4_0);
        assertThat(m.accessRights()).isEqualTo(AccessRights.PUBLIC);
        assertThat(m.frequency()).isNull();
        assertThat(m.quality().assessed()).isFalse();
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        DatasetForm bad = new DatasetForm(
                "Census",
                "",
                List.of(),
                List.of("HEALTH"),
                List.of("18.1", "5.x.1.1"),
                "",
                "not an address",
                "2020-12-31",
                "2020-01-01",
                List.of("XX"),
                "FORTNIGHTLY",
                "All rights reserved",
                "SECRET",
                List.of("javascript:alert(1)"),
                "",
                "",
                "",
                "ALIENS",
                "",
                "0",
                "6",
                "three",
                "",
                "",
                "",
                "");
        assertThat(refusals(bad))
                .containsOnlyKeys(
                        "themes",
                        "sdgCodes",
                        "contactEmail",
                        "temporalEnd",
                        "countries",
                        "frequency",
                        "licence",
                        "accessRights",
                        "conformsTo",
                        "producerType",
                        "relevance",
                        "accuracy",
                        "timeliness");
    }

    @Test
    void hugeAndHostileTextIsRefusedWithoutBeingRepeatedWhole() {
        String huge = "x".repeat(1_000_000);
        Map<String, String> refused =
                assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refusals(form(huge, huge, List.of(huge), "")));
        assertThat(refused).containsKeys("title", "description", "keywords");
        List<String> many = java.util.stream.IntStream.range(0, 1_000_000)
                .mapToObj(i -> "k" + i)
                .toList();
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refusals(form("ok", "", many, ""))))
                .containsOnlyKeys("keywords");
        assertThat(refusals(form("Bad\u202Etitle"))).containsOnlyKeys("title");
        assertThatThrownBy(() -> checker.check(form("ok", "", List.of(), "x".repeat(10_000))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).message())
                        .hasSizeLessThan(500));
        DatasetMetadata script = checker.check(form("<script>alert(1)</script>"));
        assertThat(script.title()).isEqualTo("<script>alert(1)</script>");
    }
}
