package org.statcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fairness rule: asleep first, then working hours weighed by each person's tally, then the answers. */
class FairnessRankingTests {

    private static final long HOUR = 3600;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId CHATHAM = ZoneId.of("Pacific/Chatham");

    // a winter Tuesday: Paris UTC+1, Kathmandu +05:45, New York −5, Chatham +13:45
    private static final Instant UTC_0800 = Instant.parse("2026-12-08T08:00:00Z");
    private static final Instant UTC_1300 = Instant.parse("2026-12-08T13:00:00Z");
    private static final Instant UTC_1600 = Instant.parse("2026-12-08T16:00:00Z");
    private static final Instant UTC_2100 = Instant.parse("2026-12-08T21:00:00Z");

    @Test
    void localHoursCountWorkingHoursAndSleepAtTheEdges() {
        // Kathmandu, 08:00 UTC = 13:45 local: within working hours
        assertThat(LocalHours.of(KATHMANDU, Weekend.SATURDAY_SUNDAY, UTC_0800, HOUR))
                .isEqualTo(new LocalHours(false, false));
        // New York, 08:00 UTC = 03:00 local: asleep (and so outside working hours)
        assertThat(LocalHours.of(NEW_YORK, Weekend.SATURDAY_SUNDAY, UTC_0800, HOUR))
                .isEqualTo(new LocalHours(true, true));
        // Paris, 16:00 UTC = 17:00–18:00 local: ends exactly at 18:00, still within
        assertThat(LocalHours.of(PARIS, Weekend.SATURDAY_SUNDAY, UTC_1600, HOUR))
                .isEqualTo(new LocalHours(false, false));
        // Paris 17:30–18:30: outside working hours, awake
        assertThat(LocalHours.of(PARIS, Weekend.SATURDAY_SUNDAY, UTC_1600.plusSeconds(1800), HOUR))
                .isEqualTo(new LocalHours(true, false));
        // Paris 21:30–22:30 local: reaches into the night
        assertThat(LocalHours.of(PARIS, Weekend.SATURDAY_SUNDAY, Instant.parse("2026-12-08T20:30:00Z"), HOUR))
                .isEqualTo(new LocalHours(true, true));
        // Paris 07:00–08:00: awake (sleep ends at 07:00) but before work
        assertThat(LocalHours.of(PARIS, Weekend.SATURDAY_SUNDAY, Instant.parse("2026-12-08T06:00:00Z"), HOUR))
                .isEqualTo(new LocalHours(true, false));
        // Chatham (+13:45): 21:00 UTC is 10:45 the next day
        assertThat(LocalHours.of(CHATHAM, Weekend.SATURDAY_SUNDAY, UTC_2100, HOUR))
                .isEqualTo(new LocalHours(false, false));
        // a meeting across local midnight is both
        assertThat(LocalHours.of(PARIS, Weekend.SATURDAY_SUNDAY, Instant.parse("2026-12-08T22:30:00Z"), HOUR))
                .isEqualTo(new LocalHours(true, true));
    }

    @Test
    void fewerPeopleAsleepBeatsEverythingElse() {
        List<FairnessRanking.Invitee> people =
                List.of(invitee(1, PARIS, 0), invitee(2, NEW_YORK, 0), invitee(3, KATHMANDU, 0));
        // 08:00 UTC: New York asleep; 13:00 UTC: Kathmandu 18:45 outside hours but awake, New York 08:00
        Map<Integer, Map<Long, Answer>> answers = Map.of(0, Map.of(1L, Answer.YES, 2L, Answer.YES, 3L, Answer.YES));
        List<FairnessRanking.Score> scores = FairnessRanking.rank(List.of(UTC_0800, UTC_1300), HOUR, people, answers);
        assertThat(scores.get(0).asleep()).isEqualTo(1);
        assertThat(scores.get(1).asleep()).isZero();
        assertThat(scores.get(1).outside()).isEqualTo(1);
        assertThat(FairnessRanking.suggestion(scores)).isEqualTo(1);
        assertThat(scores).extracting(FairnessRanking.Score::rank).containsExactly(2, 1);
    }

    @Test
    void theBurdenGoesToWhoeverCarriedItLessSoItRotates() {
        // two candidates, each bad for one person: 08:00 UTC is 03:00 in New York... use two awake-but-outside times
        Instant parisEvening = Instant.parse("2026-12-08T17:30:00Z"); // Paris 18:30, New York 12:30
        Instant newYorkMorning = Instant.parse("2026-12-08T12:30:00Z"); // Paris 13:30, New York 07:30
        List<Instant> candidates = List.of(parisEvening, newYorkMorning);
        // nobody carried anything yet: equal burden, the earlier time wins
        List<FairnessRanking.Score> fresh = FairnessRanking.rank(
                candidates, HOUR, List.of(invitee(1, PARIS, 0), invitee(2, NEW_YORK, 0)), Map.of());
        assertThat(fresh.get(0).burden()).isEqualTo(fresh.get(1).burden());
        assertThat(FairnessRanking.suggestion(fresh)).isEqualTo(1);
        // New York carried the last meetings: spare them, Paris takes the evening
        List<FairnessRanking.Score> rotated = FairnessRanking.rank(
                candidates, HOUR, List.of(invitee(1, PARIS, 0), invitee(2, NEW_YORK, 3)), Map.of());
        assertThat(rotated.get(1).burden()).isEqualTo(4);
        assertThat(rotated.get(0).burden()).isEqualTo(1);
        assertThat(FairnessRanking.suggestion(rotated)).isZero();
        // and when Paris has carried more, it swings back
        List<FairnessRanking.Score> back = FairnessRanking.rank(
                candidates, HOUR, List.of(invitee(1, PARIS, 5), invitee(2, NEW_YORK, 3)), Map.of());
        assertThat(FairnessRanking.suggestion(back)).isEqualTo(1);
    }

    @Test
    void answersDecideBetweenEquallyFairTimes() {
        Instant a = Instant.parse("2026-12-08T09:00:00Z");
        Instant b = Instant.parse("2026-12-08T10:00:00Z");
        Instant c = Instant.parse("2026-12-08T11:00:00Z");
        List<FairnessRanking.Invitee> people =
                List.of(invitee(1, PARIS, 0), invitee(2, PARIS, 0), invitee(3, PARIS, 0));
        Map<Integer, Map<Long, Answer>> answers = Map.of(
                0, Map.of(1L, Answer.YES, 2L, Answer.NO, 3L, Answer.NO),
                1, Map.of(1L, Answer.YES, 2L, Answer.IF_NEED_BE, 3L, Answer.YES),
                2, Map.of(1L, Answer.YES, 2L, Answer.YES, 3L, Answer.IF_NEED_BE));
        List<FairnessRanking.Score> scores = FairnessRanking.rank(List.of(a, b, c), HOUR, people, answers);
        assertThat(scores.get(1).agreement()).isEqualTo(5);
        assertThat(scores.get(2).agreement()).isEqualTo(5);
        // equal agreement: the earlier of the two; the one with two "no" comes last
        assertThat(scores).extracting(FairnessRanking.Score::rank).containsExactly(3, 1, 2);
    }

    @Test
    void anInviteeWithoutATimeZoneCountsAsUtc() {
        FairnessRanking.Score score = FairnessRanking.rank(
                        List.of(Instant.parse("2026-12-08T05:00:00Z")),
                        HOUR,
                        List.of(invitee(1, PersonFinder.UTC, 0)),
                        Map.of())
                .get(0);
        assertThat(score.asleep()).isEqualTo(1);
    }

    @Test
    void aMeetingOnSomeonesWeekendIsOutsideTheirWorkingHours() {
        Instant saturdayMorning = Instant.parse("2026-12-12T09:00:00Z"); // Paris 10:00, Riyadh 12:00
        Instant fridayMorning = Instant.parse("2026-12-11T09:00:00Z");
        Instant sundayMorning = Instant.parse("2026-12-13T05:00:00Z"); // Delhi 10:30
        assertThat(LocalHours.of(PARIS, Weekend.ofCountry("FR"), saturdayMorning, HOUR))
                .isEqualTo(new LocalHours(true, false, true));
        assertThat(LocalHours.of(PARIS, Weekend.ofCountry("FR"), fridayMorning, HOUR))
                .isEqualTo(new LocalHours(false, false));
        ZoneId riyadh = ZoneId.of("Asia/Riyadh");
        assertThat(LocalHours.of(riyadh, Weekend.ofCountry("sa"), fridayMorning, HOUR)
                        .outsideWorkingHours())
                .isTrue();
        assertThat(LocalHours.of(riyadh, Weekend.ofCountry("SA"), saturdayMorning, HOUR)
                        .outsideWorkingHours())
                .isTrue();
        assertThat(LocalHours.of(riyadh, Weekend.ofCountry("SA"), Instant.parse("2026-12-13T07:00:00Z"), HOUR)
                        .outsideWorkingHours())
                .as("Sunday is a working day in Saudi Arabia")
                .isFalse();
        ZoneId delhi = ZoneId.of("Asia/Kolkata");
        assertThat(LocalHours.of(delhi, Weekend.ofCountry("IN"), sundayMorning, HOUR)
                        .outsideWorkingHours())
                .isTrue();
        assertThat(LocalHours.of(delhi, Weekend.ofCountry("IN"), Instant.parse("2026-12-12T05:00:00Z"), HOUR)
                        .outsideWorkingHours())
                .as("Saturday is a working day in India")
                .isFalse();
        assertThat(Weekend.ofCountry(null)).isEqualTo(Weekend.SATURDAY_SUNDAY);
        assertThat(Weekend.ofCountry("AF").days())
                .containsExactlyInAnyOrder(java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.FRIDAY);
    }

    @Test
    void theSuggestionAvoidsTheWeekendOfEachInvitee() {
        // Saturday and Monday at the same hour: for people in Paris and Cairo, only Monday is a working day for both
        Instant saturday = Instant.parse("2026-12-12T10:00:00Z");
        Instant monday = Instant.parse("2026-12-14T10:00:00Z");
        List<FairnessRanking.Invitee> invitees = List.of(
                new FairnessRanking.Invitee(1, PARIS, Weekend.ofCountry("FR"), 0),
                new FairnessRanking.Invitee(2, ZoneId.of("Africa/Cairo"), Weekend.ofCountry("EG"), 0));
        List<FairnessRanking.Score> scores = FairnessRanking.rank(List.of(saturday, monday), HOUR, invitees, Map.of());
        assertThat(scores.get(0).outside()).isEqualTo(2);
        assertThat(scores.get(1).outside()).isZero();
        assertThat(FairnessRanking.suggestion(scores)).isEqualTo(1);
    }

    @Test
    void aTimeSomeoneRefusedNeverOutranksOneEveryoneCanAttend() {
        // the first time has fewer people asleep, but Paris answered "No"; the second, everyone can attend
        List<FairnessRanking.Invitee> people =
                List.of(invitee(1, PARIS, 0), invitee(2, NEW_YORK, 0), invitee(3, KATHMANDU, 0));
        Instant refusedButFair = Instant.parse("2026-12-08T10:00:00Z"); // Paris 11:00, New York 05:00, Kathmandu 15:45
        Instant acceptedButEarly =
                Instant.parse("2026-12-08T04:00:00Z"); // Paris 05:00, New York 23:00, Kathmandu 09:45
        Map<Integer, Map<Long, Answer>> answers = Map.of(
                0, Map.of(1L, Answer.NO, 2L, Answer.YES, 3L, Answer.YES),
                1, Map.of(1L, Answer.IF_NEED_BE, 2L, Answer.IF_NEED_BE, 3L, Answer.YES));
        List<FairnessRanking.Score> scores =
                FairnessRanking.rank(List.of(refusedButFair, acceptedButEarly), HOUR, people, answers);
        assertThat(scores.get(0).asleep()).isLessThan(scores.get(1).asleep());
        assertThat(FairnessRanking.suggestion(scores))
                .as("the time all can attend")
                .isEqualTo(1);
    }

    @Test
    void aSaturdayNightInApiaIsMarkedAsWeekendForTheApiaInvitee() {
        ZoneId apia = ZoneId.of("Pacific/Apia");
        Instant saturdayTwoAm = ZonedDateTime.of(2026, 12, 12, 2, 0, 0, 0, apia).toInstant();
        LocalHours inApia = LocalHours.of(apia, Weekend.ofCountry("WS"), saturdayTwoAm, HOUR);
        assertThat(inApia).isEqualTo(new LocalHours(true, true, true));
        // the same instant is Friday afternoon in Paris: a working day there
        assertThat(LocalHours.of(PARIS, Weekend.ofCountry("FR"), saturdayTwoAm, HOUR)
                        .weekend())
                .isFalse();
    }

    @Test
    void noCandidatesNoSuggestion() {
        assertThat(FairnessRanking.suggestion(
                        FairnessRanking.rank(List.of(), HOUR, List.of(invitee(1, PARIS, 0)), Map.of())))
                .isEqualTo(-1);
    }

    private static FairnessRanking.Invitee invitee(long id, ZoneId zone, int tally) {
        return new FairnessRanking.Invitee(id, zone, Weekend.SATURDAY_SUNDAY, tally);
    }
}
