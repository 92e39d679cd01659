package org.statcommons.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in the integration tests: real time, moved forward by a test that needs time to pass
 * ({@link #advance}) instead of sleeping. The server is shared by every test class, so a test that moves it calls
 * {@link #reset} when it is done (in an {@code @AfterEach}).
 */
public final class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves time forward (or back, with a negative amount) for everything the server does from now on. */
    public void advance(Duration amount) {
        offset = offset.plus(amount);
    }

    /** Back to real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
