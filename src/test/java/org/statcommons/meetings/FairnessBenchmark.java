package org.statcommons.meetings;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Fairness benchmark (not a test): the suggestion for 500 invitees spread over real time zones (the unusual
 * offsets included), each with a running tally, over 168 hourly candidates (a whole week), a third of the
 * invitees having answered every candidate. Prints the time of one ranking over many runs. Run with
 * {@code bench/meetings.sh [runs] [invitees] [candidates]}; goal under 50 ms.
 */
public final class FairnessBenchmark {

    private static final String[] ZONES = {
        "Europe/Paris",
        "Europe/London",
        "Europe/Lisbon",
        "Africa/Dakar",
        "Africa/Abidjan",
        "Africa/Lagos",
        "Africa/Nairobi",
        "Africa/Addis_Ababa",
        "Africa/Johannesburg",
        "Africa/Cairo",
        "Asia/Amman",
        "Asia/Beirut",
        "Asia/Dubai",
        "Asia/Tehran",
        "Asia/Kabul",
        "Asia/Karachi",
        "Asia/Kolkata",
        "Asia/Kathmandu",
        "Asia/Dhaka",
        "Asia/Yangon",
        "Asia/Bangkok",
        "Asia/Jakarta",
        "Asia/Manila",
        "Asia/Ulaanbaatar",
        "Asia/Tokyo",
        "Australia/Adelaide",
        "Australia/Sydney",
        "Pacific/Port_Moresby",
        "Pacific/Noumea",
        "Pacific/Fiji",
        "Pacific/Tongatapu",
        "Pacific/Apia",
        "Pacific/Chatham",
        "Pacific/Kiritimati",
        "Pacific/Auckland",
        "Pacific/Honolulu",
        "America/Anchorage",
        "America/Los_Angeles",
        "America/Mexico_City",
        "America/Bogota",
        "America/Lima",
        "America/New_York",
        "America/Santiago",
        "America/Sao_Paulo",
        "America/St_Johns",
        "Atlantic/Azores",
        "UTC"
    };

    /** Mostly Saturday–Sunday, as in the world; a few Friday–Saturday and Sunday-only countries. */
    private static final Weekend[] WEEKENDS = {
        Weekend.SATURDAY_SUNDAY,
        Weekend.SATURDAY_SUNDAY,
        Weekend.SATURDAY_SUNDAY,
        Weekend.SATURDAY_SUNDAY,
        Weekend.SATURDAY_SUNDAY,
        Weekend.FRIDAY_SATURDAY,
        Weekend.SUNDAY_ONLY
    };

    private FairnessBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int people = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int hours = args.length > 2 ? Integer.parseInt(args[2]) : 168;
        Random random = new Random(42);
        List<FairnessRanking.Invitee> invitees = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            invitees.add(new FairnessRanking.Invitee(
                    i + 1,
                    ZoneId.of(ZONES[random.nextInt(ZONES.length)]),
                    WEEKENDS[random.nextInt(WEEKENDS.length)],
                    random.nextInt(6)));
        }
        Instant monday = LocalDate.now(ZoneOffset.UTC)
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant();
        List<Instant> candidates = new ArrayList<>();
        for (int h = 0; h < hours; h++) {
            candidates.add(monday.plusSeconds(3600L * h));
        }
        Map<Integer, Map<Long, Answer>> answers = new HashMap<>();
        Answer[] choices = Answer.values();
        for (int c = 0; c < hours; c++) {
            Map<Long, Answer> byPerson = new HashMap<>();
            for (int i = 0; i < people / 3; i++) {
                byPerson.put((long) i + 1, choices[random.nextInt(choices.length)]);
            }
            answers.put(c, byPerson);
        }
        // warm up the JIT as a running server would be
        int suggestion = -1;
        for (int i = 0; i < 20; i++) {
            suggestion = FairnessRanking.suggestion(FairnessRanking.rank(candidates, 3600, invitees, answers));
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            suggestion = FairnessRanking.suggestion(FairnessRanking.rank(candidates, 3600, invitees, answers));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        FairnessRanking.Score best =
                FairnessRanking.rank(candidates, 3600, invitees, answers).get(suggestion);
        System.out.printf(
                Locale.ROOT,
                "Fairness suggestion: %d invitees in %d time zones, %d hourly candidates, %d runs (Java %s, %d cores)%n",
                people,
                ZONES.length,
                hours,
                runs,
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "| %-10s | %8s | %8s | %8s | %8s |%n", "", "min", "p50", "p95", "max");
        System.out.printf(
                Locale.ROOT,
                "| %-10s | %8s | %8s | %8s | %8s |%n",
                "----------",
                "--------",
                "--------",
                "--------",
                "--------");
        System.out.printf(
                Locale.ROOT,
                "| %-10s | %5.2f ms | %5.2f ms | %5.2f ms | %5.2f ms |%n",
                "ranking",
                ms(nanos[0]),
                ms(percentile(nanos, 50)),
                ms(percentile(nanos, 95)),
                ms(nanos[runs - 1]));
        System.out.printf(
                Locale.ROOT,
                "Suggested: %s — %d asleep, %d outside working hours (goal: p95 under 50 ms: %s)%n",
                best.start(),
                best.asleep(),
                best.outside(),
                ms(percentile(nanos, 95)) < 50 ? "met" : "NOT met");
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
