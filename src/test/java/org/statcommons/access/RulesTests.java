package org.statcommons.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RulesTests {

    private static final Actor ANONYMOUS = Actor.anonymous();
    private static final Actor SOMEONE = Actor.account(1, PlatformRole.NONE);
    private static final Actor PLATFORM_SECRETARIAT = Actor.account(2, PlatformRole.SECRETARIAT);
    private static final Actor ADMIN = Actor.account(3, PlatformRole.ADMINISTRATOR);

    @Test
    void aSeatGivesAMemberTheBodysOwnActionsOnlyWhileTheyAreAnUnsuspendedMember() {
        assertThat(Rules.standing(Action.PROPOSE_BODY_DECISION, Standing.BODY_MEMBER, CommunityRole.MEMBER, false))
                .isTrue();
        assertThat(Rules.standing(Action.PROPOSE_BODY_DECISION, Standing.BODY_MEMBER, CommunityRole.GUEST, false))
                .isTrue();
        assertThat(Rules.standing(Action.PROPOSE_BODY_DECISION, Standing.BODY_MEMBER, CommunityRole.MEMBER, true))
                .as("suspended")
                .isFalse();
        assertThat(Rules.standing(Action.PROPOSE_BODY_DECISION, Standing.BODY_MEMBER, null, false))
                .as("left the community, or an expired guest, with the seat still filled")
                .isFalse();
        assertThat(Rules.standing(Action.MANAGE_BODIES, Standing.BODY_MEMBER, CommunityRole.MEMBER, false))
                .as("a seat does not let one keep the body")
                .isFalse();
        assertThat(Rules.allowedRoles(Action.PROPOSE_BODY_DECISION)).containsExactly(CommunityRole.SECRETARIAT);
    }

    @Test
    void aSeatOpensTheBodysSpaceAndASuspensionKeepsOnlyItsReading() {
        for (Action action : EnumSet.of(Action.VIEW_BODY_SPACE, Action.EDIT_BODY_SPACE)) {
            assertThat(Rules.standing(action, Standing.BODY_MEMBER, CommunityRole.GUEST, false))
                    .as(action + " for a guest holding a seat")
                    .isTrue();
            assertThat(Rules.standing(action, Standing.BODY_MEMBER, null, false))
                    .as(action + " for a seat holder who left")
                    .isFalse();
            assertThat(Rules.standing(action, Standing.WORKSTREAM_LEAD, CommunityRole.MEMBER, false))
                    .as(action + " for a workstream's lead")
                    .isFalse();
            assertThat(Rules.allowedRoles(action)).containsExactly(CommunityRole.SECRETARIAT);
        }
        assertThat(Rules.standing(Action.VIEW_BODY_SPACE, Standing.BODY_MEMBER, CommunityRole.MEMBER, true))
                .as("a suspended seat holder still reads")
                .isTrue();
        assertThat(Rules.standing(Action.EDIT_BODY_SPACE, Standing.BODY_MEMBER, CommunityRole.MEMBER, true))
                .as("but does not write")
                .isFalse();
        assertThat(Rules.standing(Action.PROPOSE_BODY_DECISION, Standing.BODY_MEMBER, CommunityRole.MEMBER, true))
                .as("nor propose")
                .isFalse();
    }

    @Test
    void onlyThePlatformSecretariatAndAdministratorsCreateCommunities() {
        assertThat(Rules.platform(ANONYMOUS, Action.CREATE_COMMUNITY)).isFalse();
        assertThat(Rules.platform(SOMEONE, Action.CREATE_COMMUNITY)).isFalse();
        assertThat(Rules.platform(PLATFORM_SECRETARIAT, Action.CREATE_COMMUNITY))
                .isTrue();
        assertThat(Rules.platform(ADMIN, Action.CREATE_COMMUNITY)).isTrue();
        assertThat(Rules.platform(PLATFORM_SECRETARIAT, Action.MANAGE_PLATFORM)).isFalse();
    }

    @Test
    void anonymousVisitorsOnlySeeTheLandingPageAndAskForAnInvitation() {
        for (Action action : Action.values()) {
            if (action.communityScoped()) {
                assertThat(Rules.community(ANONYMOUS, action, null, JoinPolicy.OPEN))
                        .as(action.name())
                        .isEqualTo(action == Action.VIEW_COMMUNITY_LANDING || action == Action.REQUEST_INVITATION);
            }
        }
        assertThat(Rules.community(ANONYMOUS, Action.REQUEST_INVITATION, null, JoinPolicy.BY_INVITATION))
                .isFalse();
        assertThat(Rules.community(SOMEONE, Action.REQUEST_INVITATION, null, JoinPolicy.OPEN))
                .as("someone with an account joins or asks to join instead")
                .isFalse();
    }

    @Test
    void joiningDependsOnTheJoinPolicyAndOnNotBeingAMember() {
        assertThat(Rules.community(SOMEONE, Action.JOIN_COMMUNITY, null, JoinPolicy.OPEN))
                .isTrue();
        assertThat(Rules.community(SOMEONE, Action.JOIN_COMMUNITY, null, JoinPolicy.BY_REQUEST))
                .isFalse();
        assertThat(Rules.community(SOMEONE, Action.REQUEST_MEMBERSHIP, null, JoinPolicy.BY_REQUEST))
                .isTrue();
        assertThat(Rules.community(SOMEONE, Action.REQUEST_MEMBERSHIP, null, JoinPolicy.BY_INVITATION))
                .isFalse();
        assertThat(Rules.community(SOMEONE, Action.JOIN_COMMUNITY, CommunityRole.MEMBER, JoinPolicy.OPEN))
                .isFalse();
        assertThat(Rules.community(ADMIN, Action.JOIN_COMMUNITY, CommunityRole.SECRETARIAT, JoinPolicy.OPEN))
                .isFalse();
    }

    @Test
    void guestsSeeInsideButTakeNoPart() {
        assertThat(Rules.community(SOMEONE, Action.VIEW_COMMUNITY_INSIDE, CommunityRole.GUEST, JoinPolicy.OPEN))
                .isTrue();
        assertThat(Rules.community(SOMEONE, Action.NOMINATE_MEMBER, CommunityRole.GUEST, JoinPolicy.OPEN))
                .isFalse();
        assertThat(Rules.community(SOMEONE, Action.JOIN_TOPIC_GROUP, CommunityRole.GUEST, JoinPolicy.OPEN))
                .isFalse();
    }

    @Test
    void onlyTheSecretariatDecidesAboutPeople() {
        EnumSet<Action> secretariatOnly = EnumSet.of(
                Action.INVITE_WITH_ROLE,
                Action.DECIDE_MEMBERSHIP,
                Action.CHANGE_ROLE,
                Action.APPOINT_FOCAL_POINT,
                Action.REMOVE_MEMBER,
                Action.EDIT_COMMUNITY,
                Action.EDIT_CODE_OF_CONDUCT);
        for (Action action : secretariatOnly) {
            for (CommunityRole role : CommunityRole.values()) {
                assertThat(Rules.community(SOMEONE, action, role, JoinPolicy.OPEN))
                        .as(action + " for " + role)
                        .isEqualTo(role == CommunityRole.SECRETARIAT);
            }
            assertThat(Rules.community(ADMIN, action, null, JoinPolicy.OPEN))
                    .as("administrator " + action)
                    .isTrue();
        }
    }

    @Test
    void platformAndCommunityActionsAreNotMixedUp() {
        assertThatThrownBy(() -> Rules.platform(ADMIN, Action.EDIT_COMMUNITY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rules.allowedRoles(Action.CREATE_COMMUNITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesAreEditedByFacilitatorsModeratorsLeadersAndTheSecretariatUnlessMembersMayEditToo() {
        EnumSet<CommunityRole> editors = EnumSet.of(
                CommunityRole.SECRETARIAT, CommunityRole.LEADER, CommunityRole.MODERATOR, CommunityRole.FACILITATOR);
        for (CommunityRole role : CommunityRole.values()) {
            assertThat(Rules.community(SOMEONE, Action.EDIT_PAGE, role, JoinPolicy.OPEN, false))
                    .as(role.name())
                    .isEqualTo(editors.contains(role));
            assertThat(Rules.community(SOMEONE, Action.EDIT_PAGE, role, JoinPolicy.OPEN, true))
                    .as(role + " when members edit")
                    .isEqualTo(editors.contains(role) || role == CommunityRole.MEMBER);
            assertThat(Rules.community(SOMEONE, Action.VIEW_SPACE, role, JoinPolicy.BY_INVITATION))
                    .isTrue();
            assertThat(Rules.community(SOMEONE, Action.PROPOSE_CHANGE, role, JoinPolicy.OPEN))
                    .isEqualTo(role != CommunityRole.GUEST);
            assertThat(Rules.community(SOMEONE, Action.PUBLISH_PAGE, role, JoinPolicy.OPEN, true))
                    .isEqualTo(role == CommunityRole.SECRETARIAT || role == CommunityRole.FACILITATOR);
            // reviewing proposals is for those who publish and those who edit, whatever the members' setting
            assertThat(Rules.community(SOMEONE, Action.REVIEW_PROPOSAL, role, JoinPolicy.OPEN, true))
                    .as(role + " reviews")
                    .isEqualTo(editors.contains(role));
        }
        // the setting lets members edit, not guests, non-members or anonymous visitors
        assertThat(Rules.community(SOMEONE, Action.EDIT_PAGE, null, JoinPolicy.OPEN, true))
                .isFalse();
        assertThat(Rules.community(ANONYMOUS, Action.EDIT_PAGE, null, JoinPolicy.OPEN, true))
                .isFalse();
        assertThat(Rules.community(SOMEONE, Action.VIEW_SPACE, null, JoinPolicy.OPEN, true))
                .isFalse();
    }

    @Test
    void everyMemberIncludingGuestsCommentsAndModeratorsOrTheSecretariatHideComments() {
        for (CommunityRole role : CommunityRole.values()) {
            assertThat(Rules.community(SOMEONE, Action.COMMENT_ON_PAGE, role, JoinPolicy.OPEN))
                    .as(role + " comments")
                    .isTrue();
            assertThat(Rules.community(SOMEONE, Action.MODERATE_CONTENT, role, JoinPolicy.OPEN))
                    .as(role + " hides")
                    .isEqualTo(role == CommunityRole.MODERATOR || role == CommunityRole.SECRETARIAT);
        }
        assertThat(Rules.community(SOMEONE, Action.COMMENT_ON_PAGE, null, JoinPolicy.OPEN))
                .isFalse();
        assertThat(Rules.community(ANONYMOUS, Action.COMMENT_ON_PAGE, null, JoinPolicy.OPEN))
                .isFalse();
        assertThat(Rules.community(ADMIN, Action.MODERATE_CONTENT, null, JoinPolicy.OPEN))
                .isTrue();
    }

    @Test
    void dataEditorsPrepareAndOnlyReviewersReleaseWhileMembersAndNotSuspended() {
        for (Standing standing : EnumSet.of(Standing.DATA_EDITOR, Standing.DATA_REVIEWER)) {
            assertThat(Rules.standing(Action.EDIT_DATASETS, standing, CommunityRole.MEMBER, false))
                    .isTrue();
            assertThat(Rules.standing(Action.VIEW_DATA_DRAFTS, standing, CommunityRole.GUEST, false))
                    .isTrue();
            assertThat(Rules.standing(Action.EDIT_DATASETS, standing, CommunityRole.MEMBER, true))
                    .isFalse();
            assertThat(Rules.standing(Action.EDIT_DATASETS, standing, null, false))
                    .isFalse();
            assertThat(Rules.standing(Action.MANAGE_DATA_TEAM, standing, CommunityRole.MEMBER, false))
                    .isFalse();
        }
        assertThat(Rules.standing(Action.RELEASE_DATASETS, Standing.DATA_EDITOR, CommunityRole.MEMBER, false))
                .isFalse();
        assertThat(Rules.standing(Action.RELEASE_DATASETS, Standing.DATA_REVIEWER, CommunityRole.MEMBER, false))
                .isTrue();
    }

    @Test
    void anOrganisationsConfirmedPeopleAssessItsCapabilitiesAndNoCommunityStandingGivesIt() {
        assertThat(Rules.platformStanding(Action.ASSESS_CAPABILITIES, Standing.ORGANISATION_PERSON))
                .isTrue();
        assertThat(Rules.platformStanding(Action.MANAGE_ORGANISATIONS, Standing.ORGANISATION_PERSON))
                .isFalse();
        assertThat(Rules.platformStanding(Action.ASSESS_CAPABILITIES, Standing.DATA_EDITOR))
                .isFalse();
        assertThat(Rules.standing(
                        Action.ASSESS_CAPABILITIES, Standing.ORGANISATION_PERSON, CommunityRole.SECRETARIAT, false))
                .isFalse();
    }
}
