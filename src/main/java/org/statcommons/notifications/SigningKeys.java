package org.statcommons.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The key that signs unsubscribe links ({@code notifications.signing_keys}): one for every server. */
@Repository
class SigningKeys {

    private final JdbcClient db;

    SigningKeys(JdbcClient db) {
        this.db = db;
    }

    /** The stored key; {@code fresh} becomes it when there is none yet (the first server to get here wins). */
    byte[] keyOr(byte[] fresh) {
        db.sql("insert into notifications.signing_keys (id, key) values (1, ?) on conflict (id) do nothing")
                .param(fresh)
                .update();
        return db.sql("select key from notifications.signing_keys where id = 1")
                .query(byte[].class)
                .single();
    }
}
