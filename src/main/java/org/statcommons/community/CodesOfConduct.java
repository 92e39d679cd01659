package org.statcommons.community;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each community's code of conduct. Every edit adds a version; memberships record the version accepted, so
 * people who accepted an older one can be asked to accept the current text.
 */
@Repository
class CodesOfConduct {

    /** One version of a community's code of conduct. */
    record Conduct(int version, String body, Instant writtenAt) {}

    private final JdbcClient db;
    private final String defaultText;

    CodesOfConduct(JdbcClient db) {
        this.db = db;
        try (InputStream in = new ClassPathResource("community/code-of-conduct.md").getInputStream()) {
            this.defaultText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The default code of conduct is missing from the application", e);
        }
    }

    String defaultText() {
        return defaultText;
    }

    Conduct current(long communityId) {
        return db.sql("""
                        select version, body, written_at from community.codes_of_conduct
                        where community_id = ? order by version desc limit 1""")
                .param(communityId)
                .query((rs, n) -> new Conduct(
                        rs.getInt("version"),
                        rs.getString("body"),
                        rs.getTimestamp("written_at").toInstant()))
                .single();
    }

    /** Adds the next version (the caller holds the community's lock) and returns its number. */
    int add(long communityId, String body, long writtenBy, Instant at) {
        return db.sql("""
                        insert into community.codes_of_conduct (community_id, version, body, written_by, written_at)
                        values (:community, (select coalesce(max(version), 0) + 1 from community.codes_of_conduct
                                             where community_id = :community), :body, :by, :at)
                        returning version""")
                .param("community", communityId)
                .param("body", body)
                .param("by", writtenBy)
                .param("at", Timestamp.from(at))
                .query(Integer.class)
                .single();
    }
}
