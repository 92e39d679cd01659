package org.statcommons.community;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /**
     * One version in the history: who wrote it and when, and how many members' accepted version it is now (a member
     * who accepted version 1 and then version 2 counts for version 2 only).
     */
    record Version(int version, Instant writtenAt, long writtenBy, int acceptedBy) {}

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

    /** One version, if the community has it. */
    Optional<Conduct> version(long communityId, int version) {
        return db.sql("""
                        select version, body, written_at from community.codes_of_conduct
                        where community_id = ? and version = ?""")
                .params(communityId, version)
                .query((rs, n) -> new Conduct(
                        rs.getInt("version"),
                        rs.getString("body"),
                        rs.getTimestamp("written_at").toInstant()))
                .optional();
    }

    /** Every version, the latest first, with the members whose accepted version each one is. */
    List<Version> versions(long communityId) {
        return db.sql("""
                        select c.version, c.written_at, c.written_by, count(m.account_id) as accepted_by
                        from community.codes_of_conduct c
                        left join community.memberships m
                          on m.community_id = c.community_id and m.conduct_version = c.version
                        where c.community_id = ?
                        group by c.version, c.written_at, c.written_by
                        order by c.version desc""")
                .param(communityId)
                .query((rs, n) -> new Version(
                        rs.getInt("version"),
                        rs.getTimestamp("written_at").toInstant(),
                        rs.getLong("written_by"),
                        rs.getInt("accepted_by")))
                .list();
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
