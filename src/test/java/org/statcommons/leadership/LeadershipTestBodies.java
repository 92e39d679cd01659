package org.statcommons.leadership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;

/**
 * A body with seats put in place directly, as the permission matrix puts roles in place: the bodies feature's own
 * tests walk its forms; these tests are about what the body's members do.
 */
final class LeadershipTestBodies {

    private static final AtomicLong ORGANISATIONS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);

    private LeadershipTestBodies() {}

    /** A body whose seats are held by these people, one seat each as representatives. */
    static long body(JdbcClient db, Community community, String name, Account by, List<Account> members) {
        long body = db.sql("""
                        insert into bodies.bodies (community_id, name, description, created_by, created_at)
                        values (?, ?, '', ?, ?) returning id""")
                .params(community.id(), name, by.id(), Timestamp.from(Instant.now()))
                .query(Long.class)
                .single();
        for (Account member : members) {
            db.sql("""
                            insert into bodies.seats (body_id, organisation_id, representative_id, updated_by, updated_at)
                            values (?, ?, ?, ?, ?)""")
                    .params(body, ORGANISATIONS.incrementAndGet(), member.id(), by.id(), Timestamp.from(Instant.now()))
                    .update();
        }
        return body;
    }
}
