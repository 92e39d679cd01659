package org.statcommons.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;

/**
 * The members over a period read in one pass ({@link MembershipChanges#over}) are exactly those each figure's own
 * query counts ({@link MembershipsRecounted}): people who stayed, left, were removed, left and came back, left with no
 * joining in the log, joined and left in the current, unclosed month; over periods that end today, in the past, or
 * hold only this month.
 */
@StatCommonsIntegrationTest
class MembershipChangesIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient db;

    @Autowired
    MembershipChanges changes;

    @Test
    void theSpellsReadOnceGiveTheSameFiguresAsEachFigureCountedOnItsOwn() {
        Account office = fixtures.account("Spell Office", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Spells", JoinPolicy.BY_REQUEST, office);
        // to the second, as the database keeps times to the microsecond: a period's ends are whole days anyway
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant thisMonth = today.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant tomorrow = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        long stayed = person("Stayed");
        joins(community, stayed, now.minus(Duration.ofDays(700)));
        stays(community, stayed, now.minus(Duration.ofDays(700)));
        long left = person("Left");
        joins(community, left, now.minus(Duration.ofDays(400)));
        leaves(community, left, "LEFT", now.minus(Duration.ofDays(100)));
        long removed = person("Removed");
        joins(community, removed, now.minus(Duration.ofDays(90)));
        leaves(community, removed, "REMOVED", now.minus(Duration.ofDays(80)));
        long cameBack = person("Came back");
        joins(community, cameBack, now.minus(Duration.ofDays(300)));
        leaves(community, cameBack, "LEFT", now.minus(Duration.ofDays(200)));
        joins(community, cameBack, now.minus(Duration.ofDays(50)));
        stays(community, cameBack, now.minus(Duration.ofDays(50)));
        long beforeTheLog = person("Before the log");
        leaves(community, beforeTheLog, "LEFT", now.minus(Duration.ofDays(30)));
        // the current month: one joined and left again, one joined and stays, one joined at the very start of it
        long briefly = person("Briefly");
        joins(community, briefly, thisMonth.plusSeconds(60));
        leaves(community, briefly, "LEFT", thisMonth.plusSeconds(120));
        long newcomer = person("Newcomer");
        joins(community, newcomer, now.minusSeconds(5));
        stays(community, newcomer, now.minusSeconds(5));
        long onTheHour = person("On the hour");
        joins(community, onTheHour, thisMonth);
        stays(community, onTheHour, thisMonth);

        MembershipsRecounted recounted = new MembershipsRecounted(db);
        List<Instant[]> periods = List.of(
                new Instant[] {Instant.parse("2000-01-01T00:00:00Z"), tomorrow},
                new Instant[] {now.minus(Duration.ofDays(365)), tomorrow},
                new Instant[] {thisMonth, tomorrow},
                new Instant[] {now.minus(Duration.ofDays(500)), now.minus(Duration.ofDays(85))},
                new Instant[] {now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(80))});
        for (Instant[] period : periods) {
            MembershipsRecounted.Figures expected = recounted.count(community.id(), period[0], period[1]);
            assertThat(MembershipsRecounted.of(changes.over(community.id(), period[0], period[1])))
                    .as("%s to %s", period[0], period[1])
                    .isEqualTo(expected);
        }
        // and the figures are the ones the story says, not merely equal: the whole history up to tomorrow
        MembershipChanges.Period all = changes.over(community.id(), Instant.parse("2000-01-01T00:00:00Z"), tomorrow);
        assertThat(all.membersAtEnd())
                .contains(stayed, cameBack, newcomer, onTheHour)
                .doesNotContain(left, briefly);
        assertThat(all.left()).containsExactlyInAnyOrder(left, removed, cameBack, beforeTheLog, briefly);
        MembershipChanges.Period month = changes.over(community.id(), thisMonth, tomorrow);
        assertThat(month.joined()).contains(briefly, newcomer, onTheHour).doesNotContain(stayed, cameBack);
        assertThat(month.left()).containsExactly(briefly);
        assertThat(month.byMonth()).singleElement().satisfies(m -> {
            assertThat(m.month()).isEqualTo(today.withDayOfMonth(1));
            assertThat(m.joined()).isEqualTo(month.joined().size());
            assertThat(m.left()).isEqualTo(1);
        });
        assertThat(month.membersAtStart()).contains(stayed, cameBack).doesNotContain(onTheHour, newcomer);
    }

    private long person(String name) {
        return fixtures.account(name, "WS", "CIVIL_SOCIETY", PlatformRole.NONE).id();
    }

    private void joins(Community community, long person, Instant at) {
        log(community, person, "JOINED", at);
    }

    private void leaves(Community community, long person, String action, Instant at) {
        log(community, person, action, at);
    }

    private void stays(Community community, long person, Instant since) {
        db.sql("""
                        insert into community.memberships (community_id, account_id, role, conduct_version,
                            conduct_accepted_at, joined_at)
                        values (?, ?, 'MEMBER', 1, ?, ?)""")
                .params(community.id(), person, Timestamp.from(since), Timestamp.from(since))
                .update();
    }

    private void log(Community community, long person, String action, Instant at) {
        db.sql("""
                        insert into community.audit_log (community_id, actor_id, subject_id, action, detail, at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(community.id(), person, person, action, action, Timestamp.from(at))
                .update();
    }
}
