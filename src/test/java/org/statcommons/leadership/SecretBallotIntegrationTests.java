package org.statcommons.leadership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestClock;
import org.statcommons.support.Visitor;

/**
 * A secret ballot cannot be joined to its voter: eight electors vote in a known order, each with a ranking of their
 * own, and the tables are read as someone with the database would read them. No column of the ballots names a voter
 * or a time; nothing references the electors; the keys are random; the order the ballots lie in and their order by
 * key are not the order of voting; and one transaction wrote them all, so PostgreSQL's own transaction ids on the rows
 * ({@code xmin}) match no elector's vote but the last one's, which every ballot shares.
 */
@StatCommonsIntegrationTest
class SecretBallotIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient db;

    @Test
    void aBallotCannotBeJoinedToItsVoter() {
        Account keeper = fixtures.account("Ballot keeper", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Secret ballot", JoinPolicy.BY_REQUEST, keeper);
        List<Account> candidates = new ArrayList<>();
        for (String name : List.of("Ana", "Ben", "Cho")) {
            candidates.add(fixtures.member(community, name + " Secret", CommunityRole.MEMBER));
        }
        List<Account> voters = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            voters.add(fixtures.member(community, "Voter " + i, CommunityRole.MEMBER));
        }
        long body = LeadershipTestBodies.body(db, community, "Steering Committee", keeper, voters);
        Visitor secretariat = fixtures.signedIn(keeper);
        String base = "/api/v1/communities/" + community.slug() + "/elections";
        var created = secretariat.api(
                "POST",
                base,
                "{\"body\":\"" + body + "\",\"title\":\"Secret\",\"seats\":\"1\",\"nominationsEnd\":\""
                        + clock.instant().plus(Duration.ofDays(1)) + "\",\"votingEnd\":\""
                        + clock.instant().plus(Duration.ofDays(2)) + "\",\"termStartsOn\":\""
                        + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(10) + "\"}");
        assertThat(created.status()).isEqualTo(201);
        long election = Long.parseLong(created.location().replaceAll(".*/(\\d+)$", "$1"));
        String path = base + "/" + election;
        for (Account candidate : candidates) {
            fixtures.signedIn(candidate).api("POST", path + "/nominations", "{\"nominee\":\"" + candidate.id() + "\"}");
        }
        assertThat(secretariat.api("POST", path + "/voting", null).status()).isEqualTo(200);

        long a = candidates.get(0).id();
        long b = candidates.get(1).id();
        long c = candidates.get(2).id();
        long[][] rankings = {{a}, {b}, {c}, {a, b}, {a, c}, {b, a}, {b, c}, {c, a, b}};
        List<String> castOrder = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
            String ranking = Arrays.stream(rankings[i]).mapToObj(Long::toString).collect(Collectors.joining(","));
            assertThat(fixtures.signedIn(voters.get(i))
                            .api("POST", path + "/ballots", "{\"ranking\":[" + ranking + "]}")
                            .status())
                    .isEqualTo(204);
            castOrder.add("{" + ranking + "}");
        }

        // who voted is recorded; the ballots are all there
        assertThat(db.sql("select count(*)::int from leadership.electors where election_id = ? and voted")
                        .param(election)
                        .query(Integer.class)
                        .single())
                .isEqualTo(8);
        List<String> stored = db.sql("select ranking::text from leadership.ballots where election_id = ?")
                .param(election)
                .query(String.class)
                .list();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(castOrder);

        // no column of a ballot names a person or a time, and nothing points from a ballot to an elector
        Map<String, String> columns =
                db.sql("""
                        select column_name, data_type from information_schema.columns
                        where table_schema = 'leadership' and table_name = 'ballots'""").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(columns)
                .containsOnlyKeys("id", "election_id", "ranking")
                .containsEntry("id", "uuid")
                .containsEntry("ranking", "ARRAY");
        assertThat(db.sql("""
                        select count(*)::int from information_schema.columns
                        where table_schema = 'leadership' and table_name = 'electors'
                          and column_name not in ('election_id', 'account_id', 'voted')""").query(Integer.class).single())
                .as("the electors keep no time of voting")
                .isZero();
        assertThat(db.sql("""
                        select count(*)::int from information_schema.table_constraints tc
                        join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
                        where tc.table_schema = 'leadership' and tc.table_name = 'ballots'
                          and tc.constraint_type = 'FOREIGN KEY' and ccu.table_name <> 'elections'""").query(Integer.class).single()).isZero();
        assertThat(db.sql("select pg_get_serial_sequence('leadership.ballots', 'id') is null")
                        .query(Boolean.class)
                        .single())
                .as("no sequence numbers the ballots")
                .isTrue();

        // neither the order on disk nor the order of the random keys is the order of voting
        List<String> onDisk = db.sql("select ranking::text from leadership.ballots where election_id = ? order by ctid")
                .param(election)
                .query(String.class)
                .list();
        List<String> byKey = db.sql("select ranking::text from leadership.ballots where election_id = ? order by id")
                .param(election)
                .query(String.class)
                .list();
        assertThat(onDisk).isNotEqualTo(castOrder);
        assertThat(byKey).isNotEqualTo(castOrder);

        // one transaction (the last vote's) wrote every ballot: their transaction id tells nothing about any one
        List<String> ballotTransactions = db.sql(
                        "select distinct xmin::text from leadership.ballots where election_id = ?")
                .param(election)
                .query(String.class)
                .list();
        assertThat(ballotTransactions).hasSize(1);
        List<String> electorTransactions = db.sql(
                        "select distinct xmin::text from leadership.electors where election_id = ?")
                .param(election)
                .query(String.class)
                .list();
        assertThat(electorTransactions)
                .as("each vote marked its elector in its own transaction")
                .hasSize(8);
    }
}
