package org.statcommons.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.Text;

/**
 * Slows down password guessing without letting a stranger lock a person out. It applies the same way whether or
 * not an account exists, so it reveals nothing about who has one.
 * <ul>
 * <li>From a browser where the person signed in before (a {@link DeviceCookieIssuer device cookie} for that
 * account): only that device's own failures count; after {@value #MAX_FAILURES_PER_DEVICE} in {@link #WINDOW} the
 * device waits out the window. Failures from elsewhere, however many, never hold it up.</li>
 * <li>From any other browser: growing delays instead of a lock. After {@value #FREE_FAILURES_PER_EMAIL} failures
 * for one e-mail address within the window, or {@value #FREE_FAILURES_PER_ADDRESS} from one client address, the
 * next attempt must wait {@link #FIRST_DELAY} after the last failure, twice as long after each further failure,
 * at most {@link #LONGEST_DELAY}. An attempt made too early is refused without looking at the password and is
 * not counted, so the person who waits gets their turn.</li>
 * </ul>
 * Time is the application's clock's, for the attempts recorded and the waits counted alike.
 */
@Component
class SignInThrottler {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_DEVICE = 5;
    static final int FREE_FAILURES_PER_EMAIL = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 30;
    static final Duration FIRST_DELAY = Duration.ofSeconds(2);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(5);
    /** Old attempts are only noise; a day is kept for the operator's curiosity. */
    static final Duration KEPT = Duration.ofDays(1);

    static final Text DEVICE_LOCKED = Text.of("identity.sign-in.device-locked", WINDOW.toMinutes());

    private final SignInAttempts attempts;
    private final Clock clock;

    SignInThrottler(SignInAttempts attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    /**
     * Why this attempt may not go ahead now, or empty when it may.
     *
     * @param device the device id of a valid device cookie for the account, or null
     */
    Optional<Text> refusal(String email, String clientAddress, String device) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(WINDOW);
        if (device != null) {
            return attempts.deviceFailuresSince(device, windowStart) >= MAX_FAILURES_PER_DEVICE
                    ? Optional.of(DEVICE_LOCKED)
                    : Optional.empty();
        }
        SignInAttempts.Failures byEmail = attempts.emailFailuresSince(email, windowStart);
        SignInAttempts.Failures byAddress = attempts.addressFailuresSince(clientAddress, windowStart);
        Instant allowedAt =
                later(allowedAt(byEmail, FREE_FAILURES_PER_EMAIL), allowedAt(byAddress, FREE_FAILURES_PER_ADDRESS));
        Duration wait = Duration.between(now, allowedAt);
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(pleaseWait(wait));
    }

    /** Recorded in its own transaction so that a failed sign-in still counts. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String email, String clientAddress, String device) {
        attempts.record(email, clientAddress, device, false);
    }

    /**
     * A successful sign-in forgives the failures made before from the same browser: with its device cookie, or
     * for this e-mail address from the same client address. Failures made elsewhere keep slowing their maker.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String email, String clientAddress, String device) {
        attempts.record(email, clientAddress, device, true);
        if (device != null) {
            attempts.forgetDeviceFailures(device);
        } else {
            attempts.forgetFailures(email, clientAddress);
        }
    }

    /** The wait after the last of {@code failures} failures: none for the first {@code free}, then doubling. */
    static Duration delayAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    /** "Please wait 8 seconds", "… 5 minutes": the message of an attempt made too early. */
    static Text pleaseWait(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return seconds <= 90
                ? Text.of("identity.sign-in.wait-seconds", seconds)
                : Text.of("identity.sign-in.wait-minutes", (seconds + 59) / 60);
    }

    @Scheduled(fixedDelayString = "PT1H")
    void forgetOldAttempts() {
        attempts.deleteBefore(clock.instant().minus(KEPT));
    }

    private static Instant allowedAt(SignInAttempts.Failures failures, int free) {
        return failures.last() == null ? Instant.EPOCH : failures.last().plus(delayAfter(failures.count(), free));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
