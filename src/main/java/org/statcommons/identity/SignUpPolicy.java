package org.statcommons.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.StatCommonsProperties;

/**
 * Whether people may create an account without an invitation. The configuration gives the default; an
 * administrator may change it in the browser, and that choice is kept in the database.
 */
@Component
public class SignUpPolicy {

    private static final String SETTING = "sign_up";

    private final JdbcClient db;
    private final StatCommonsProperties properties;

    SignUpPolicy(JdbcClient db, StatCommonsProperties properties) {
        this.db = db;
        this.properties = properties;
    }

    public boolean open() {
        String value = db.sql("select value from identity.settings where name = ?").param(SETTING)
                .query(String.class).optional().orElse(properties.signUp());
        return "open".equalsIgnoreCase(value.strip());
    }

    @Transactional
    public void set(boolean open) {
        db.sql("""
                insert into identity.settings (name, value) values (?, ?)
                on conflict (name) do update set value = excluded.value""")
                .params(SETTING, open ? "open" : "invitation").update();
    }
}
