package org.statcommons.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
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

    @Autowired
    TransactionTemplate transactions;

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

    @Test
    void askedAgainInOneTransactionTheAnswerIsReadOnceAndOnlyThere() {
        Community community = fixtures.community("Space changes asked twice");
        Visitor editor = fixtures.signedIn(fixtures.member(community, "Cleo Asker", CommunityRole.FACILITATOR));
        fixtures.page(editor, community, "first", "First", "One.");
        List<String> commits = commits(community);
        String head = commits.get(commits.size() - 1);
        String previous = commits.get(commits.size() - 2);
        List<ChangedPath> first = List.of(new ChangedPath("first.md", 'A', null));

        transactions.executeWithoutResult(status -> {
            assertThat(changes.between(community.id(), previous, head)).contains(first);
            // written behind the repository's back (the index never changes a commit's paths): the answer kept
            db.sql("update content.commit_paths set path = 'elsewhere.md' where community_id = ? and path = 'first.md'")
                    .param(community.id())
                    .update();
            assertThat(changes.between(community.id(), previous, head)).contains(first);
            // another question is read, and sees the transaction's own write
            assertThat(changes.between(community.id(), null, head).orElseThrow())
                    .contains(new ChangedPath("elsewhere.md", 'A', null));
            status.setRollbackOnly();
        });
        // the next transaction, and a question outside any, read again
        Optional<List<ChangedPath>> next =
                transactions.execute(status -> changes.between(community.id(), previous, head));
        assertThat(next).contains(first);
        db.sql("update content.commit_paths set path = 'elsewhere.md' where community_id = ? and path = 'first.md'")
                .param(community.id())
                .update();
        assertThat(changes.between(community.id(), previous, head))
                .contains(List.of(new ChangedPath("elsewhere.md", 'A', null)));
    }

    private List<String> commits(Community community) {
        return db.sql("select id from content.commits where community_id = ? order by seq")
                .param(community.id())
                .query(String.class)
                .list();
    }
}
