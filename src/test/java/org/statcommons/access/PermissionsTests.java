package org.statcommons.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PermissionsTests {

    /**
     * Three communities: the account 7 is a member of 1, a guest of 2, and not in 3; the account 11 is a
     * suspended facilitator of 1.
     */
    private final Permissions permissions = new Permissions(new CommunityFacts() {
        @Override
        public Optional<CommunitySettings> settings(long communityId) {
            return communityId <= 3
                    ? Optional.of(new CommunitySettings(communityId, JoinPolicy.OPEN, communityId == 1))
                    : Optional.empty();
        }

        @Override
        public List<CommunitySettings> settings(java.util.Collection<Long> communityIds) {
            return communityIds.stream()
                    .map(this::settings)
                    .flatMap(Optional::stream)
                    .toList();
        }

        @Override
        public Optional<Standing> standingOf(long accountId, long communityId) {
            return Optional.ofNullable(standingsOf(accountId).get(communityId));
        }

        @Override
        public Map<Long, Standing> standingsIn(long communityId, java.util.Collection<Long> accountIds) {
            Map<Long, Standing> standings = new java.util.HashMap<>();
            for (long accountId : accountIds) {
                standingOf(accountId, communityId).ifPresent(standing -> standings.put(accountId, standing));
            }
            return standings;
        }

        @Override
        public Map<Long, Standing> standingsOf(long accountId) {
            if (accountId == 11) {
                return Map.of(1L, new Standing(CommunityRole.FACILITATOR, true));
            }
            return accountId == 7
                    ? Map.of(1L, Standing.of(CommunityRole.MEMBER), 2L, Standing.of(CommunityRole.GUEST))
                    : Map.of();
        }

        @Override
        public List<Long> allCommunities() {
            return List.of(1L, 2L, 3L);
        }
    });

    @Test
    void aWorkstreamsLeadMayLeadItWhileAMemberAndNotSuspended() {
        Actor member = Actor.account(7, PlatformRole.NONE);
        Actor suspended = Actor.account(11, PlatformRole.NONE);
        Actor stranger = Actor.account(99, PlatformRole.NONE);
        assertThat(permissions.may(member, Action.LEAD_WORKSTREAM, 1)).isFalse();
        assertThat(permissions.may(
                        member, Action.LEAD_WORKSTREAM, 1, org.statcommons.access.Standing.WORKSTREAM_LEAD, true))
                .isTrue();
        assertThat(permissions.may(
                        member, Action.LEAD_WORKSTREAM, 1, org.statcommons.access.Standing.WORKSTREAM_LEAD, false))
                .isFalse();
        // and takes that workstream's outputs through (the outputs feature says whether the output is of it)
        assertThat(permissions.may(member, Action.MANAGE_OUTPUTS, 1)).isFalse();
        assertThat(permissions.may(
                        member, Action.MANAGE_OUTPUTS, 1, org.statcommons.access.Standing.WORKSTREAM_LEAD, true))
                .isTrue();
        assertThat(permissions.may(
                        suspended, Action.MANAGE_OUTPUTS, 1, org.statcommons.access.Standing.WORKSTREAM_LEAD, true))
                .isFalse();
        assertThat(permissions.may(
                        member,
                        Action.RECORD_OUTPUT_SUBMISSION,
                        1,
                        org.statcommons.access.Standing.WORKSTREAM_LEAD,
                        true))
                .as("the submission stays the secretariat's")
                .isFalse();
        // a guest may lead too (the standing is the workstream's); the standing adds nothing else
        assertThat(permissions.may(
                        member, Action.LEAD_WORKSTREAM, 2, org.statcommons.access.Standing.WORKSTREAM_LEAD, true))
                .isTrue();
        assertThat(permissions.may(
                        member, Action.MANAGE_WORKPLANS, 1, org.statcommons.access.Standing.WORKSTREAM_LEAD, true))
                .isFalse();
        assertThat(permissions.may(
                        suspended, Action.LEAD_WORKSTREAM, 1, org.statcommons.access.Standing.WORKSTREAM_LEAD, true))
                .isFalse();
        assertThat(permissions.may(
                        stranger, Action.LEAD_WORKSTREAM, 1, org.statcommons.access.Standing.WORKSTREAM_LEAD, true))
                .as("no longer a member")
                .isFalse();
        assertThat(permissions.may(
                        Actor.anonymous(),
                        Action.LEAD_WORKSTREAM,
                        1,
                        org.statcommons.access.Standing.WORKSTREAM_LEAD,
                        true))
                .isFalse();
    }

    @Test
    void communitiesWhereAnActionIsAllowedFollowTheRules() {
        Actor member = Actor.account(7, PlatformRole.NONE);
        assertThat(permissions.communitiesWhere(member, Action.VIEW_SPACE)).containsExactly(1L, 2L);
        assertThat(permissions.communitiesWhere(member, Action.PROPOSE_CHANGE)).containsExactly(1L);
        assertThat(permissions.communitiesWhere(member, Action.EDIT_PAGE))
                .as("members edit directly in 1 only")
                .containsExactly(1L);
        assertThat(permissions.communitiesWhere(Actor.account(8, PlatformRole.NONE), Action.VIEW_SPACE))
                .isEmpty();
        assertThat(permissions.communitiesWhere(Actor.anonymous(), Action.VIEW_SPACE))
                .isEmpty();
        assertThat(permissions.communitiesWhere(Actor.account(9, PlatformRole.ADMINISTRATOR), Action.VIEW_SPACE))
                .containsExactly(1L, 2L, 3L);
        for (long id = 1; id <= 3; id++) {
            assertThat(permissions.communitiesWhere(member, Action.VIEW_SPACE).contains(id))
                    .isEqualTo(permissions.may(member, Action.VIEW_SPACE, id));
        }
    }

    @Test
    void aSuspendedMemberKeepsReadingAndLosesEverythingElse() {
        Actor suspended = Actor.account(11, PlatformRole.NONE);
        assertThat(permissions.allowedIn(suspended, 1))
                .containsExactlyInAnyOrder(
                        Action.VIEW_COMMUNITY_LANDING,
                        Action.VIEW_COMMUNITY_INSIDE,
                        Action.LEAVE_COMMUNITY,
                        Action.VIEW_SPACE,
                        Action.VIEW_MEETINGS,
                        Action.VIEW_DISCUSSIONS,
                        Action.VIEW_DATA_DRAFTS,
                        Action.VIEW_COURSES);
        assertThat(permissions.may(suspended, Action.ORGANISE_MEETING, 1)).isFalse();
        assertThat(permissions.communitiesWhere(suspended, Action.VIEW_SPACE)).containsExactly(1L);
        assertThat(permissions.communitiesWhere(suspended, Action.POST_IN_DISCUSSIONS))
                .isEmpty();
    }

    /**
     * A dataset's users ask about it whether they are members or not (as they ask for data); the dataset's own check
     * narrows a draft's threads to its data team. A suspended member reads and asks nothing new.
     */
    @Test
    void anyoneSignedInMayCommentOnDatasetsButNotTheSuspended() {
        for (long community = 1; community <= 3; community++) {
            assertThat(permissions.may(Actor.account(7, PlatformRole.NONE), Action.COMMENT_ON_DATASETS, community))
                    .as("a member, a guest, a non-member in " + community)
                    .isTrue();
            assertThat(permissions.may(Actor.anonymous(), Action.COMMENT_ON_DATASETS, community))
                    .isFalse();
        }
        assertThat(permissions.may(Actor.account(8, PlatformRole.NONE), Action.COMMENT_ON_DATASETS, 1))
                .isTrue();
        assertThat(permissions.may(Actor.account(11, PlatformRole.NONE), Action.COMMENT_ON_DATASETS, 1))
                .as("suspended")
                .isFalse();
        assertThat(permissions.may(Actor.account(8, PlatformRole.NONE), Action.COMMENT_ON_PAGE, 1))
                .as("a page's comments stay the members'")
                .isFalse();
        assertThat(permissions.may(Actor.account(8, PlatformRole.NONE), Action.COMMENT_ON_DATASETS, 4))
                .as("no such community")
                .isFalse();
    }

    @Test
    void actionsOpenToNonMembersOrPlatformWideAreNotListed() {
        Actor member = Actor.account(7, PlatformRole.NONE);
        assertThatThrownBy(() -> permissions.communitiesWhere(member, Action.VIEW_COMMUNITY_LANDING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> permissions.communitiesWhere(member, Action.JOIN_COMMUNITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> permissions.communitiesWhere(member, Action.CREATE_COMMUNITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void whoMayDecidesForManyPeopleAsMayDoesForEach() {
        List<Actor> people = List.of(
                Actor.account(7, PlatformRole.NONE),
                Actor.account(8, PlatformRole.NONE),
                Actor.account(9, PlatformRole.ADMINISTRATOR),
                Actor.account(11, PlatformRole.NONE),
                Actor.anonymous());
        for (long community = 1; community <= 4; community++) {
            for (Action action : List.of(Action.VIEW_COMMUNITY_INSIDE, Action.REVIEW_PROPOSAL, Action.EDIT_PAGE)) {
                java.util.Set<Long> expected = new java.util.TreeSet<>();
                for (Actor actor : people) {
                    if (permissions.may(actor, action, community)) {
                        expected.add(actor.accountId());
                    }
                }
                assertThat(permissions.whoMay(people, action, community))
                        .as(action + " in " + community)
                        .isEqualTo(expected);
            }
        }
        assertThat(permissions.whoMay(people, Action.VIEW_COMMUNITY_INSIDE, 1)).containsExactly(7L, 9L, 11L);
        assertThat(permissions.whoMay(people, Action.VIEW_COMMUNITY_INSIDE, 4))
                .as("no such community")
                .isEmpty();
        assertThatThrownBy(() -> permissions.whoMay(people, Action.CREATE_COMMUNITY, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
