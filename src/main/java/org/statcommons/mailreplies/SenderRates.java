package org.statcommons.mailreplies;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many messages each remote address started at the SMTP listener in the current minute: a sender over the
 * limit is told to come back later ({@code 450}), as mail hosts do, so that one host cannot flood the inbound
 * table. Kept in memory: each server counts its own connections, and a restart forgets (a limit, not a record).
 */
class SenderRates {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    /** The minute a sender's count started in, and the count. */
    private record Window(Instant start, int count) {}

    private final Map<InetAddress, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    SenderRates(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one message from this address; false when it is over the limit. */
    boolean take(InetAddress remote) {
        Instant now = clock.instant();
        if (windows.size() > 10_000) {
            // many senders at once: the finished windows go, so that the map stays small
            windows.values().removeIf(window -> !window.start().plus(WINDOW).isAfter(now));
        }
        Window window = windows.merge(
                remote,
                new Window(now, 1),
                (old, first) ->
                        old.start().plus(WINDOW).isAfter(now) ? new Window(old.start(), old.count() + 1) : first);
        return window.count() <= perMinute;
    }
}
