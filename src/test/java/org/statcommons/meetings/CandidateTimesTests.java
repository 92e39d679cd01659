package org.statcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.TextInput;

/** Candidate times as organisers type them, and the bad ones refused with a message naming the line. */
class CandidateTimesTests {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    private static List<Instant> parse(String... lines) {
        TextInput input = new TextInput();
        List<Instant> times =
                CandidateTimes.parse(input, "candidates", List.of(String.join("\n", lines)), PARIS, HOUR, NOW);
        input.throwIfInvalid();
        return times;
    }

    @Test
    void localTimesInTheOrganisersZoneAndInstantsFromTheApi() {
        assertThat(parse("2026-12-01 14:00", "2026-12-01T16:00", "2026-12-02T09:00:00Z"))
                .containsExactly(
                        Instant.parse("2026-12-01T13:00:00Z"),
                        Instant.parse("2026-12-01T15:00:00Z"),
                        Instant.parse("2026-12-02T09:00:00Z"));
    }

    @Test
    void aTimeInThePastIsRefused() {
        assertThatThrownBy(() -> parse("2026-11-20 14:00"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("")
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).message())
                        .contains("“2026-11-20 14:00” is in the past"));
    }

    @Test
    void overlappingTimesAreRefused() {
        assertThatThrownBy(() -> parse("2026-12-01 14:00", "2026-12-01 14:30"))
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).message())
                        .contains("“2026-12-01 14:00” and “2026-12-01 14:30” overlap"));
        assertThatThrownBy(() -> parse("2026-12-01 14:00", "2026-12-01 14:00"))
                .isInstanceOf(InvalidInputException.class);
        // back to back is fine
        assertThat(parse("2026-12-01 14:00", "2026-12-01 15:00")).hasSize(2);
    }

    @Test
    void anHourTheClocksSkipDoesNotExist() {
        assertThatThrownBy(() -> parse("2027-03-28 02:30"))
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).message())
                        .contains("does not exist in Europe/Paris"));
    }

    @Test
    void noneTooManyOrNonsense() {
        assertThatThrownBy(() -> parse(""))
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).message())
                        .isEqualTo("Propose at least one time."));
        assertThatThrownBy(() -> parse("next Tuesday"))
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).message())
                        .contains("is not a time"));
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add(Instant.parse("2026-12-01T00:00:00Z")
                    .plus(Duration.ofHours(i))
                    .toString());
        }
        assertThatThrownBy(() -> parse(many.toArray(String[]::new)))
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).errors().get(0).message())
                        .contains("at most 200"));
        assertThat(parse(many.subList(0, 200).toArray(String[]::new))).hasSize(200);
    }
}
