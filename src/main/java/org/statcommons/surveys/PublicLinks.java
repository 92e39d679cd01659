package org.statcommons.surveys;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public links of waves ({@code surveys.public_links}): one per wave, found by the hash of its secret. */
@Repository
class PublicLinks {

    private final JdbcClient db;

    PublicLinks(JdbcClient db) {
        this.db = db;
    }

    /** The wave the link with this hash opens. */
    Optional<Long> waveOf(byte[] tokenHash) {
        return db.sql("select wave_id from surveys.public_links where token_hash = ?")
                .param(tokenHash)
                .query(Long.class)
                .optional();
    }

    java.util.Optional<byte[]> nonceOf(long waveId) {
        return db.sql("select nonce from surveys.public_links where wave_id = ?")
                .param(waveId)
                .query(byte[].class)
                .optional();
    }

    /** The nonce of the wave's link, made now with this one when it has none. */
    byte[] nonceOr(long waveId, byte[] nonce, byte[] tokenHash, Instant at) {
        db.sql("""
                        insert into surveys.public_links (wave_id, nonce, token_hash, created_at) values (?, ?, ?, ?)
                        on conflict (wave_id) do nothing""").params(waveId, nonce, tokenHash, Timestamp.from(at)).update();
        return db.sql("select nonce from surveys.public_links where wave_id = ?")
                .param(waveId)
                .query(byte[].class)
                .single();
    }
}
