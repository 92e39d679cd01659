package org.statcommons.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor.Page;

/**
 * Every screen reads its times in the reader's zone: one in Kathmandu reads +05:45, one whose stored zone this
 * server does not know (kept from an older time-zone database, say) or who has none reads UTC with the offset, and
 * no screen fails over it.
 */
@StatCommonsIntegrationTest
class ReaderZoneIntegrationTests {

    private static final Pattern KATHMANDU = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\+05:45");
    private static final Pattern UTC = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC\\+00:00");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    private Account member(Community community, String name, String zone) {
        Account account = fixtures.member(community, name, CommunityRole.MEMBER);
        db.sql("update identity.accounts set time_zone = ? where id = ?")
                .params(zone, account.id())
                .update();
        return account;
    }

    @Test
    void aKnownZoneAnUnknownOneAndNoneEachReadTheirTimes() {
        Community community = fixtures.community("Zones everywhere");
        Account kathmandu = member(community, "Kamal Zone", "Asia/Kathmandu");
        Account unknown = member(community, "Olympus Zone", "Mars/Olympus_Mons");
        Account none = member(community, "Nobody Zone", null);
        String discussions = "/c/" + community.slug() + "/discussions";
        fixtures.signedIn(kathmandu)
                .submitNoFollow(
                        discussions + "/new",
                        discussions,
                        java.util.Map.of("topic", "", "title", "When is it?", "body", "Times, please."));

        Page mine = fixtures.signedIn(kathmandu).get(discussions);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(KATHMANDU.matcher(mine.text()).find()).as(mine.text()).isTrue();
        for (Account utc : new Account[] {unknown, none}) {
            Page theirs = fixtures.signedIn(utc).get(discussions);
            assertThat(theirs.status()).isEqualTo(200);
            assertThat(UTC.matcher(theirs.text()).find()).as(theirs.text()).isTrue();
            assertThat(fixtures.signedIn(utc)
                            .get("/c/" + community.slug() + "/meetings")
                            .status())
                    .isEqualTo(200);
        }
    }
}
