package org.statcommons.moderation;

import java.time.Duration;

/** Durations and counts as a sentence says them. */
final class Wording {

    private Wording() {}

    /** "40 seconds", "1 minute", "12 minutes", "2 hours", rounded up. */
    static String duration(Duration duration) {
        long seconds = Math.max(1, (duration.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return plural(seconds, "second");
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 120) {
            return plural(minutes, "minute");
        }
        return plural((minutes + 59) / 60, "hour");
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
