package org.statcommons.identity;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing per e-mail address and per client address. It applies the same way whether
 * or not an account exists, so it reveals nothing about who has one.
 */
@Component
class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_EMAIL = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 30;

    private final JdbcClient db;

    SignInThrottle(JdbcClient db) {
        this.db = db;
    }

    boolean blocked(String email, String clientAddress) {
        return db.sql("""
                        select (select count(*) from identity.sign_in_attempts
                                where lower(email) = lower(:email) and not succeeded
                                  and attempted_at > now() - cast(:window as interval)) >= :perEmail
                            or (select count(*) from identity.sign_in_attempts
                                where client_address = :address and not succeeded
                                  and attempted_at > now() - cast(:window as interval)) >= :perAddress""")
                .param("email", email)
                .param("address", clientAddress)
                .param("window", WINDOW.toSeconds() + " seconds")
                .param("perEmail", MAX_FAILURES_PER_EMAIL)
                .param("perAddress", MAX_FAILURES_PER_ADDRESS)
                .query(Boolean.class).single();
    }

    /** Recorded in its own transaction so that a failed sign-in still counts. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(String email, String clientAddress, boolean succeeded) {
        db.sql("insert into identity.sign_in_attempts (email, client_address, succeeded) values (?, ?, ?)")
                .params(email, clientAddress, succeeded).update();
        if (succeeded) {
            // a successful sign-in forgives earlier failures for that address and e-mail
            db.sql("delete from identity.sign_in_attempts where lower(email) = lower(?) and not succeeded")
                    .param(email).update();
        }
    }

    /** Old attempts are only noise; keep a day for the operator's curiosity. */
    @org.springframework.scheduling.annotation.Scheduled(fixedDelayString = "PT1H")
    void forgetOldAttempts() {
        db.sql("delete from identity.sign_in_attempts where attempted_at < now() - interval '1 day'").update();
    }
}
