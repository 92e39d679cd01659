package org.statcommons.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;

/** What a move of main changed, read from the index in one query: the listeners of every save ask it. */
@StatCommonsIntegrationTest
class SpaceChangesIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient db;

    @Autowired
    SpaceChanges changes;

    @Test
    void thePathsBetweenTwoCommitsOfMainOrNothingWhenEitherIsNotOnIt() {
        Community community = fixtures.community("Space changes");
        Visitor editor = fixtures.signedIn(fixtures.member(community, "Cleo Editor", CommunityRole.FACILITATOR));
        List<String> before = commits(community);
        fixtures.page(editor, community, "first", "First", "One.");
        fixtures.page(editor, community, "second", "Second", "Two.");
        List<String> after = commits(community);
        assertThat(after).hasSize(before.size() + 2);
        String head = after.get(after.size() - 1);
        String previous = after.get(after.size() - 2);
        String older = after.get(after.size() - 3);

        assertThat(changes.between(community.id(), older, previous))
                .contains(List.of(new ChangedPath("first.md", 'A', null)));
        assertThat(changes.between(community.id(), older, head))
                .contains(List.of(new ChangedPath("first.md", 'A', null), new ChangedPath("second.md", 'A', null)));
        assertThat(changes.between(community.id(), head, head)).contains(List.of());
        assertThat(changes.between(community.id(), null, head).orElseThrow())
                .hasSize(changes.between(community.id(), null, older)
                                .orElseThrow()
                                .size()
                        + 2);
        assertThat(changes.between(community.id(), "0".repeat(40), head)).isEmpty();
        assertThat(changes.between(community.id(), older, "f".repeat(40))).isEmpty();
    }

    private List<String> commits(Community community) {
        return db.sql("select id from content.commits where community_id = ? order by seq")
                .param(community.id())
                .query(String.class)
                .list();
    }
}
