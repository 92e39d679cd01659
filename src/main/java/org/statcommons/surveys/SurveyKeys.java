package org.statcommons.surveys;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feature's server keys ({@code surveys.keys}): one per purpose, for every server. */
@Repository
class SurveyKeys {

    /** What a key is for. */
    enum Purpose {
        PSEUDONYM,
        RESUME,
        /** Makes the secrets of personal and public links from their nonces (LinkSigner). */
        INVITATION
    }

    private final JdbcClient db;

    SurveyKeys(JdbcClient db) {
        this.db = db;
    }

    /** The stored key; {@code fresh} becomes it when there is none yet (the first server to get here wins). */
    byte[] keyOr(Purpose purpose, byte[] fresh) {
        db.sql("insert into surveys.keys (purpose, key) values (?, ?) on conflict (purpose) do nothing")
                .params(purpose.name(), fresh)
                .update();
        return db.sql("select key from surveys.keys where purpose = ?")
                .param(purpose.name())
                .query(byte[].class)
                .single();
    }
}
