package org.statcommons.identity;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.StatCommonsProperties;

/** The identity feature's settings kept in the database (table {@code identity.settings}, one value per name). */
@Repository
class IdentitySettings {

    private static final String SIGN_UP = "sign_up";
    private static final String DEVICE_COOKIE_KEY = "device_cookie_key";
    private static final String ORGANISATION_DOMAINS = "organisation_sign_in_domains";

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
     * The e-mail domains whose people sign in only with their organisation's account (no password sign-in, reset or
     * sign-up), lower case, as an administrator listed them.
     */
    List<String> organisationDomains() {
        return db.sql("select value from identity.settings where name = ?")
                .param(ORGANISATION_DOMAINS)
                .query(String.class)
                .optional()
                .map(value -> List.of(value.split(" ")).stream()
                        .filter(domain -> !domain.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    void setOrganisationDomains(List<String> domains) {
        db.sql("""
                insert into identity.settings (name, value) values (?, ?)
                on conflict (name) do update set value = excluded.value""").params(ORGANISATION_DOMAINS, String.join(" ", domains)).update();
    }

    /** Whether the address's people must sign in with their organisation's account. */
    boolean requiresOrganisationSignIn(EmailAddress email) {
        String domain = email.value().substring(email.value().lastIndexOf('@') + 1);
        return organisationDomains().contains(domain);
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
