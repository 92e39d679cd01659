package org.statcommons.moderation;

import java.time.Duration;
import org.statcommons.platform.Text;

/** Durations as a sentence says them, in the reader's language. */
final class Wording {

    private Wording() {}

    /** "40 seconds", "1 minute", "12 minutes", "2 hours", rounded up. */
    static Text duration(Duration duration) {
        long seconds = Math.max(1, (duration.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return Text.of("moderation.wait.seconds", seconds);
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 120) {
            return Text.of("moderation.wait.minutes", minutes);
        }
        return Text.of("moderation.wait.hours", (minutes + 59) / 60);
    }
}
