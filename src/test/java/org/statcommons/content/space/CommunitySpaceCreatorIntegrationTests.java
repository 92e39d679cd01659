package org.statcommons.content.space;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/**
 * Spaces are made when a community is, and at start for those still without one; a visit to a space sets nothing
 * up.
 */
@StatCommonsIntegrationTest
class CommunitySpaceCreatorIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SpaceRepositories repositories;

    @Autowired
    CommunitySpaceCreator creator;

    @Autowired
    JdbcClient db;

    @Test
    void aNewCommunityHasItsSpaceAsSoonAsItIsCreated() throws IOException {
        Community community = fixtures.community("Spaced", JoinPolicy.OPEN);

        assertThat(hasMain(community)).isTrue();
        assertThat(creator.isRunning()).as("the start-up pass ran").isTrue();
    }

    @Test
    void aCommunityWithoutASpaceGetsItAtStartAndNotOnAVisit() throws IOException {
        Account founder = fixtures.account("Founder", PlatformRole.SECRETARIAT);
        Community community = fixtures.community("Spaceless", JoinPolicy.OPEN, founder);
        // as a community made before spaces were set up on creation: no repository, never written to
        repositories.delete(community.id());
        db.sql("delete from content.spaces where community_id = ?")
                .param(community.id())
                .update();
        Visitor visitor = fixtures.signedIn(founder);

        assertThat(visitor.get(Fixtures.space(community)).status()).isEqualTo(200);
        assertThat(visitor.get(Fixtures.space(community) + "/_templates/case-study")
                        .status())
                .isEqualTo(404);
        assertThat(hasMain(community)).as("a visit sets nothing up").isFalse();

        creator.createMissing();

        assertThat(hasMain(community)).isTrue();
        assertThat(visitor.get(Fixtures.space(community) + "/_templates/case-study")
                        .status())
                .isEqualTo(200);
    }

    private boolean hasMain(Community community) throws IOException {
        return repositories.open(community.id()).isPresent()
                && repositories.open(community.id()).get().exactRef(SpaceBranches.MAIN) != null;
    }
}
