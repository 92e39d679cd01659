package org.statcommons.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting a stranger lock a person out. It applies the same way whether or
 * not an account exists, so it reveals nothing about who has one.
 * <ul>
 * <li>From a browser where the person signed in before (a {@link DeviceCookies device cookie} for that account):
 * only that device's own failures count; after {@value #MAX_FAILURES_PER_DEVICE} in {@link #WINDOW} the device
 * waits out the window. Failures from elsewhere, however many, never hold it up.</li>
 * <li>From any other browser: growing delays instead of a lock. After {@value #FREE_FAILURES_PER_EMAIL} failures
 * for one e-mail address within the window, or {@value #FREE_FAILURES_PER_ADDRESS} from one client address, the
 * next attempt must wait {@link #FIRST_DELAY} after the last failure, twice as long after each further failure,
 * at most {@link #LONGEST_DELAY}. An attempt made too early is refused without looking at the password and is
 * not counted, so the person who waits gets their turn.</li>
 * </ul>
 */
@Component
class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_DEVICE = 5;
    static final int FREE_FAILURES_PER_EMAIL = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 30;
    static final Duration FIRST_DELAY = Duration.ofSeconds(2);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(5);
    private static final int MAX_KEY = 254;

    static final String DEVICE_LOCKED = "Too many wrong passwords from this browser. Please wait 15 minutes and try again, "
            + "or reset your password.";

    private final JdbcClient db;

    SignInThrottle(JdbcClient db) {
        this.db = db;
    }

    /**
     * Why this attempt may not go ahead now, or empty when it may.
     *
     * @param device the device id of a valid device cookie for the account, or null
     */
    Optional<String> refusal(String email, String clientAddress, String device) {
        if (device != null) {
            int failures = db.sql("""
                            select count(*) from identity.sign_in_attempts
                             where device = ? and not succeeded and attempted_at > now() - cast(? as interval)""")
                    .params(device, interval()).query(Integer.class).single();
            return failures >= MAX_FAILURES_PER_DEVICE ? Optional.of(DEVICE_LOCKED) : Optional.empty();
        }
        Failures failures = db.sql("""
                        select e.count, e.last, a.count, a.last, now()
                          from (select count(*) as count, max(attempted_at) as last from identity.sign_in_attempts
                                 where lower(email) = lower(:email) and not succeeded
                                   and attempted_at > now() - cast(:window as interval)) e,
                               (select count(*) as count, max(attempted_at) as last from identity.sign_in_attempts
                                 where client_address = :address and not succeeded
                                   and attempted_at > now() - cast(:window as interval)) a""")
                .param("email", key(email))
                .param("address", key(clientAddress))
                .param("window", interval())
                .query((rs, row) -> new Failures(rs.getInt(1), instant(rs.getTimestamp(2)), rs.getInt(3),
                        instant(rs.getTimestamp(4)), rs.getTimestamp(5).toInstant()))
                .single();
        Instant allowedAt = later(allowedAt(failures.byEmail(), failures.lastByEmail(), FREE_FAILURES_PER_EMAIL),
                allowedAt(failures.byAddress(), failures.lastByAddress(), FREE_FAILURES_PER_ADDRESS));
        Duration wait = Duration.between(failures.now(), allowedAt);
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(pleaseWait(wait));
    }

    /** Recorded in its own transaction so that a failed sign-in still counts. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String email, String clientAddress, String device) {
        db.sql("insert into identity.sign_in_attempts (email, client_address, device, succeeded) values (?, ?, ?, false)")
                .params(key(email), key(clientAddress), device).update();
    }

    /**
     * A successful sign-in forgives the failures made before from the same browser: with its device cookie, or
     * for this e-mail address from the same client address. Failures made elsewhere keep slowing their maker.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String email, String clientAddress, String device) {
        db.sql("insert into identity.sign_in_attempts (email, client_address, device, succeeded) values (?, ?, ?, true)")
                .params(key(email), key(clientAddress), device).update();
        if (device != null) {
            db.sql("delete from identity.sign_in_attempts where device = ? and not succeeded").param(device).update();
        } else {
            db.sql("""
                            delete from identity.sign_in_attempts
                             where lower(email) = lower(?) and client_address = ? and device is null and not succeeded""")
                    .params(key(email), key(clientAddress)).update();
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
    static String pleaseWait(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        String time = seconds <= 90 ? seconds + (seconds == 1 ? " second" : " seconds")
                : ((seconds + 59) / 60) + " minutes";
        return "Too many sign-in attempts. Please wait " + time + " and try again, or reset your password.";
    }

    /** Old attempts are only noise; keep a day for the operator's curiosity. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT1H")
    void forgetOldAttempts() {
        db.sql("delete from identity.sign_in_attempts where attempted_at < now() - interval '1 day'").update();
    }

    /**
     * What the attempts are counted by: the typed address, cut to the longest an e-mail address can be, so that
     * whatever was typed fits the index (a 10,000-letter "address" once failed the sign-in with 500).
     */
    private static String key(String typed) {
        return typed.codePointCount(0, typed.length()) <= MAX_KEY ? typed : typed.substring(0, typed.offsetByCodePoints(0, MAX_KEY));
    }

    private record Failures(int byEmail, Instant lastByEmail, int byAddress, Instant lastByAddress, Instant now) {
    }

    private static Instant allowedAt(int failures, Instant last, int free) {
        return last == null ? Instant.EPOCH : last.plus(delayAfter(failures, free));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String interval() {
        return WINDOW.toSeconds() + " seconds";
    }
}
