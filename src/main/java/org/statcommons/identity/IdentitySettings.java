package org.statcommons.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.StatCommonsProperties;

/** The identity feature's settings kept in the database (table {@code identity.settings}, one value per name). */
@Repository
class IdentitySettings {

    private static final String SIGN_UP = "sign_up";
    private static final String DEVICE_COOKIE_KEY = "device_cookie_key";

    private final JdbcClient db;
    private final StatCommonsProperties properties;

    IdentitySettings(JdbcClient db, StatCommonsProperties properties) {
        this.db = db;
        this.properties = properties;
    }

    /**
     * The sign-up policy an administrator chose in the browser, else the configured one; anything but "open" in
     * the configuration means invitation only.
     */
    SignUpPolicy signUpPolicy() {
        String value = db.sql("select value from identity.settings where name = ?")
                .param(SIGN_UP)
                .query(String.class)
                .optional()
                .orElse(properties.signUp());
        return SignUpPolicy.parse(value).orElse(SignUpPolicy.INVITATION_ONLY);
    }

    void setSignUpPolicy(SignUpPolicy policy) {
        db.sql("""
                insert into identity.settings (name, value) values (?, ?)
                on conflict (name) do update set value = excluded.value""").params(SIGN_UP, policy.value()).update();
    }

    /**
     * The key device cookies are signed with: the one stored, or {@code proposed} when none is yet. Stored in a
     * transaction of its own, before a cookie signed with it leaves, whatever becomes of the caller's; the first
     * server to get here wins and every other one reads its key (all servers must sign alike).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    String deviceCookieKey(String proposed) {
        db.sql("insert into identity.settings (name, value) values (?, ?) on conflict (name) do nothing")
                .params(DEVICE_COOKIE_KEY, proposed)
                .update();
        return db.sql("select value from identity.settings where name = ?")
                .param(DEVICE_COOKIE_KEY)
                .query(String.class)
                .single();
    }
}
