package org.statcommons.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sign-in attempts, kept for the throttle ({@link SignInThrottler}): the e-mail address typed (cut to the longest
 * an address can be), the client's address, the device cookie shown, and whether the password was right. Attempts
 * are stamped and counted by the application's clock.
 */
@Repository
class SignInAttempts {

    private static final int MAX_KEY = 254;

    private final JdbcClient db;
    private final Clock clock;

    SignInAttempts(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Failures for one address, or from one client address, since a time: how many and the latest. */
    record Failures(int count, Instant last) {}

    /** Failures from a device since a time. */
    int deviceFailuresSince(String device, Instant since) {
        return db.sql(
                        "select count(*) from identity.sign_in_attempts where device = ? and not succeeded and attempted_at > ?")
                .params(device, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    Failures emailFailuresSince(String email, Instant since) {
        return db.sql("""
                        select count(*), max(attempted_at) from identity.sign_in_attempts
                         where lower(email) = lower(?) and not succeeded and attempted_at > ?""")
                .params(key(email), Timestamp.from(since))
                .query((rs, row) -> new Failures(rs.getInt(1), instant(rs.getTimestamp(2))))
                .single();
    }

    Failures addressFailuresSince(String clientAddress, Instant since) {
        return db.sql("""
                        select count(*), max(attempted_at) from identity.sign_in_attempts
                         where client_address = ? and not succeeded and attempted_at > ?""")
                .params(key(clientAddress), Timestamp.from(since))
                .query((rs, row) -> new Failures(rs.getInt(1), instant(rs.getTimestamp(2))))
                .single();
    }

    void record(String email, String clientAddress, String device, boolean succeeded) {
        db.sql("""
                        insert into identity.sign_in_attempts (email, client_address, device, succeeded, attempted_at)
                        values (?, ?, ?, ?, ?)""")
                .params(key(email), key(clientAddress), device, succeeded, Timestamp.from(clock.instant()))
                .update();
    }

    /** Forgets the failures made with this device cookie. */
    void forgetDeviceFailures(String device) {
        db.sql("delete from identity.sign_in_attempts where device = ? and not succeeded")
                .param(device)
                .update();
    }

    /** Forgets the failures for this address from this client address made without a device cookie. */
    void forgetFailures(String email, String clientAddress) {
        db.sql("""
                        delete from identity.sign_in_attempts
                         where lower(email) = lower(?) and client_address = ? and device is null and not succeeded""").params(key(email), key(clientAddress)).update();
    }

    void deleteBefore(Instant time) {
        db.sql("delete from identity.sign_in_attempts where attempted_at < ?")
                .param(Timestamp.from(time))
                .update();
    }

    /**
     * What the attempts are counted by: the typed address, cut to the longest an e-mail address can be, so that
     * whatever was typed fits the index (a 10,000-letter "address" once failed the sign-in with 500).
     */
    private static String key(String typed) {
        return typed.codePointCount(0, typed.length()) <= MAX_KEY
                ? typed
                : typed.substring(0, typed.offsetByCodePoints(0, MAX_KEY));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
