package org.statcommons.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fairness rule that suggests a meeting time. For every candidate it counts who would be asleep
 * (22:00–07:00 locally) and who would be outside working hours (08:00–18:00 on a working day of their
 * country), and ranks the candidates:
 *
 * <ol>
 *   <li>fewest "no": what people said they cannot attend comes before any inference from their hours, so a
 *       time someone refused never outranks one nobody refused;</li>
 *   <li>fewest people asleep;</li>
 *   <li>smallest burden outside working hours, where each such person weighs 1 + their running tally (the
 *       meetings of this community already held at a bad time for them): a time that is hard for someone who
 *       carried the inconvenience last is avoided, so it rotates;</li>
 *   <li>most agreement: 2 per "yes", 1 per "if need be";</li>
 *   <li>the earlier time.</li>
 * </ol>
 *
 * Pure and fast: no database, no calendar objects in the loop.
 */
final class FairnessRanking {

    private FairnessRanking() {}

    /**
     * One invitee as the rule sees them: their zone (UTC when they set none), their country's weekend and
     * their tally so far.
     */
    record Invitee(long accountId, ZoneId zone, Weekend weekend, int tally) {}

    /** Where people are, as far as their hours go: invitees in one zone and with one weekend share it. */
    private record Place(ZoneRules rules, Weekend weekend) {}

    /** One candidate's figures; {@code rank} 1 is the suggestion. */
    record Score(
            int index, Instant start, int asleep, int outside, long burden, int yes, int ifNeedBe, int no, int rank) {
        Score ranked(int newRank) {
            return new Score(index, start, asleep, outside, burden, yes, ifNeedBe, no, newRank);
        }

        int agreement() {
            return 2 * yes + ifNeedBe;
        }
    }

    static final Comparator<Score> ORDER = Comparator.comparingInt(Score::no)
            .thenComparingInt(Score::asleep)
            .thenComparingLong(Score::burden)
            .thenComparing(Comparator.comparingInt(Score::agreement).reversed())
            .thenComparing(Score::start);

    /**
     * Scores and ranks the candidates, returned in the order given (each with its rank).
     *
     * @param answers per candidate index, each invitee's answer (absent: not answered)
     */
    static List<Score> rank(
            List<Instant> candidates,
            long durationSeconds,
            List<Invitee> invitees,
            Map<Integer, Map<Long, Answer>> answers) {
        // people share zones (500 invitees are in a few dozen): each zone's hours are worked out once per candidate
        Map<Place, Integer> zoneIndex = new HashMap<>();
        List<Place> locales = new ArrayList<>();
        int[] zoneOf = new int[invitees.size()];
        for (int i = 0; i < zoneOf.length; i++) {
            Place locale =
                    new Place(invitees.get(i).zone().getRules(), invitees.get(i).weekend());
            Integer index = zoneIndex.get(locale);
            if (index == null) {
                index = locales.size();
                zoneIndex.put(locale, index);
                locales.add(locale);
            }
            zoneOf[i] = index;
        }
        LocalHours[] hoursByZone = new LocalHours[locales.size()];
        List<Score> scores = new ArrayList<>(candidates.size());
        for (int c = 0; c < candidates.size(); c++) {
            Instant start = candidates.get(c);
            for (int z = 0; z < hoursByZone.length; z++) {
                hoursByZone[z] =
                        LocalHours.of(locales.get(z).rules(), locales.get(z).weekend(), start, durationSeconds);
            }
            int asleep = 0;
            int outside = 0;
            long burden = 0;
            for (int i = 0; i < zoneOf.length; i++) {
                LocalHours hours = hoursByZone[zoneOf[i]];
                if (hours.asleep()) {
                    asleep++;
                }
                if (hours.outsideWorkingHours()) {
                    outside++;
                    burden += 1L + invitees.get(i).tally();
                }
            }
            int yes = 0;
            int ifNeedBe = 0;
            int no = 0;
            for (Answer answer : answers.getOrDefault(c, Map.of()).values()) {
                if (answer == Answer.YES) {
                    yes++;
                } else if (answer == Answer.IF_NEED_BE) {
                    ifNeedBe++;
                } else if (answer == Answer.NO) {
                    no++;
                }
            }
            scores.add(new Score(c, start, asleep, outside, burden, yes, ifNeedBe, no, 0));
        }
        List<Score> sorted = new ArrayList<>(scores);
        sorted.sort(ORDER);
        Score[] ranked = new Score[scores.size()];
        for (int r = 0; r < sorted.size(); r++) {
            ranked[sorted.get(r).index()] = sorted.get(r).ranked(r + 1);
        }
        return List.of(ranked);
    }

    /** The index of the suggested candidate, or -1 when there is none. */
    static int suggestion(List<Score> scores) {
        return scores.stream()
                .filter(s -> s.rank() == 1)
                .mapToInt(Score::index)
                .findFirst()
                .orElse(-1);
    }
}
