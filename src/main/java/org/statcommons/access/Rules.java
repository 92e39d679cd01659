package org.statcommons.access;

import static org.statcommons.access.CommunityRole.FACILITATOR;
import static org.statcommons.access.CommunityRole.LEADER;
import static org.statcommons.access.CommunityRole.MEMBER;
import static org.statcommons.access.CommunityRole.MODERATOR;
import static org.statcommons.access.CommunityRole.SECRETARIAT;

import java.util.EnumSet;
import java.util.Set;

/**
 * The rules themselves, as a pure function of who asks, what, and their role: easy to read next to
 * docs/roles.md and to test exhaustively.
 */
final class Rules {

    private static final Set<CommunityRole> EVERY_ROLE = EnumSet.allOf(CommunityRole.class);
    private static final Set<CommunityRole> FULL_MEMBERS =
            EnumSet.of(SECRETARIAT, LEADER, MODERATOR, FACILITATOR, MEMBER);
    private static final Set<CommunityRole> SECRETARIAT_ONLY = EnumSet.of(SECRETARIAT);

    private Rules() {}

    static boolean platform(Actor actor, Action action) {
        return switch (action) {
            case CREATE_COMMUNITY, INVITE_TO_PLATFORM -> actor.platformRole() != PlatformRole.NONE;
            case MANAGE_PLATFORM -> actor.administrator();
            // a person's own data and account are theirs alone; someone else's only an administrator handles
            case DOWNLOAD_OWN_DATA, CLOSE_OWN_ACCOUNT -> actor.signedIn();
            case ACT_ON_PERSONAL_DATA_REQUESTS -> actor.administrator();
            // a backup holds every private word of every community: the server's administrators' alone
            case BACK_UP -> actor.administrator();
            case VIEW_PROFILES, FLAG_CONTENT -> actor.signedIn();
            // organisation records are shared by every community: kept by the platform's secretariat
            case MANAGE_ORGANISATIONS -> actor.platformRole() != PlatformRole.NONE;
            // a platform-wide survey is the platform secretariat's, as organisation records are
            case MANAGE_PLATFORM_SURVEYS -> actor.platformRole() != PlatformRole.NONE;
            case CLAIM_AFFILIATION -> actor.signedIn();
            // for any organisation: the platform's secretariat keeps the records (a paper assessment typed in)
            case ASSESS_CAPABILITIES -> actor.platformRole() != PlatformRole.NONE;
            default -> throw new IllegalArgumentException(action + " concerns a community");
        };
    }

    /**
     * @param role the actor's role in the community, or null when not a member
     */
    static boolean community(Actor actor, Action action, CommunityRole role, JoinPolicy joinPolicy) {
        return community(actor, action, role, joinPolicy, false);
    }

    /**
     * @param role                the actor's role in the community, or null when not a member
     * @param membersEditDirectly the community lets plain members edit pages without a proposal
     */
    static boolean community(
            Actor actor, Action action, CommunityRole role, JoinPolicy joinPolicy, boolean membersEditDirectly) {
        return community(actor, action, role, false, joinPolicy, membersEditDirectly);
    }

    /**
     * @param role                the actor's role in the community, or null when not a member
     * @param suspended           the member is suspended: they keep reading, and lose everything else
     * @param membersEditDirectly the community lets plain members edit pages without a proposal
     */
    static boolean community(
            Actor actor,
            Action action,
            CommunityRole role,
            boolean suspended,
            JoinPolicy joinPolicy,
            boolean membersEditDirectly) {
        if (suspended && role != null && !action.allowedWhileSuspended() && !actor.administrator()) {
            return false;
        }
        if (action == Action.EDIT_PAGE && role == MEMBER && membersEditDirectly) {
            return true;
        }
        if (action == Action.VIEW_COMMUNITY_LANDING) {
            return true;
        }
        if (action == Action.REQUEST_INVITATION) {
            // for people without an account, where the community takes people without an invitation of its own
            return !actor.signedIn() && joinPolicy != JoinPolicy.BY_INVITATION;
        }
        if (!actor.signedIn()) {
            return false;
        }
        if (actor.administrator()
                && action != Action.JOIN_COMMUNITY
                && action != Action.REQUEST_MEMBERSHIP
                && action != Action.LEAVE_COMMUNITY) {
            return true;
        }
        if (role == null) {
            return switch (action) {
                case JOIN_COMMUNITY -> joinPolicy == JoinPolicy.OPEN;
                case REQUEST_MEMBERSHIP -> joinPolicy == JoinPolicy.BY_REQUEST;
                // the users of a community's data need not be its members (seed 004: stakeholders' needs)
                case REQUEST_DATA, COMMENT_ON_DATASETS -> true;
                // a public course is anyone's to study: enrolling in it needs no membership (the course's check)
                case ENROL_IN_COURSES -> true;
                default -> false;
            };
        }
        return allowedRoles(action).contains(role);
    }

    /**
     * What a duty held on top of a role adds to it (never for a suspended member): a co-lead guides the community, so
     * they may facilitate its decisions as facilitators do (close early, correct, write the outcome).
     */
    static boolean grantedByDuty(Action action, Duty duty) {
        return duty == Duty.CO_LEAD && action == Action.FACILITATE_DECISIONS;
    }

    /** Whether any duty adds this action: only then is the duty looked up. */
    static boolean grantedByAnyDuty(Action action) {
        for (Duty duty : Duty.values()) {
            if (grantedByDuty(action, duty)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a standing on one thing of a community adds to the actor's role (a workstream's lead may lead it and take its
     * outputs through: declare them, open their review, ask for their approval): only
     * for a current member (any role, guests included) who is not suspended.
     */
    static boolean standing(Action action, Standing standing, CommunityRole role, boolean suspended) {
        if (role == null) {
            return false;
        }
        if (suspended) {
            // a suspended member keeps what reads, as with their role: their body's space too
            return standing == Standing.BODY_MEMBER && action == Action.VIEW_BODY_SPACE;
        }
        return switch (standing) {
            case WORKSTREAM_LEAD -> action == Action.LEAD_WORKSTREAM || action == Action.MANAGE_OUTPUTS;
            // a seat's holder proposes decisions to their body and reads and writes its members-only space
            // (docs/roles.md#body-members)
            case BODY_MEMBER ->
                action == Action.PROPOSE_BODY_DECISION
                        || action == Action.VIEW_BODY_SPACE
                        || action == Action.EDIT_BODY_SPACE;
            // a survey's owner runs it and reads it whole; an analyst reads its aggregates (docs/evaluation.md#surveys)
            case SURVEY_OWNER ->
                action == Action.MANAGE_SURVEYS
                        || action == Action.VIEW_SURVEY_RESULTS
                        || action == Action.VIEW_SURVEY_RESPONSES;
            case SURVEY_ANALYST -> action == Action.VIEW_SURVEY_RESULTS;
            // the data team (docs/open-data.md#roles): editors prepare, reviewers also release; both read drafts
            case DATA_EDITOR ->
                action == Action.EDIT_DATASETS
                        || action == Action.VIEW_DATA_DRAFTS
                        || action == Action.ANSWER_DATA_REQUESTS;
            case DATA_REVIEWER ->
                action == Action.EDIT_DATASETS
                        || action == Action.RELEASE_DATASETS
                        || action == Action.VIEW_DATA_DRAFTS
                        || action == Action.ANSWER_DATA_REQUESTS;
            // a standing outside communities: never granted through one
            case ORGANISATION_PERSON -> false;
        };
    }

    /**
     * What a standing on a thing outside any community adds to a signed-in person's platform role: an organisation's
     * confirmed people assess its capabilities (docs/academy.md#self-assessment).
     */
    static boolean platformStanding(Action action, Standing standing) {
        return standing == Standing.ORGANISATION_PERSON && action == Action.ASSESS_CAPABILITIES;
    }

    static Set<CommunityRole> allowedRoles(Action action) {
        return switch (action) {
            case VIEW_COMMUNITY_LANDING,
                    VIEW_COMMUNITY_INSIDE,
                    LEAVE_COMMUNITY,
                    VIEW_SPACE,
                    COMMENT_ON_PAGE,
                    VIEW_MEETINGS,
                    VIEW_DISCUSSIONS,
                    POST_IN_DISCUSSIONS -> EVERY_ROLE;
            case MODERATE_CONTENT, SUSPEND_MEMBER -> EnumSet.of(SECRETARIAT, MODERATOR);
            case ORGANISE_MEETING -> EnumSet.of(SECRETARIAT, FACILITATOR);
            case MANAGE_DISCUSSIONS -> EnumSet.of(SECRETARIAT, MODERATOR, FACILITATOR);
            case EDIT_PAGE -> EnumSet.of(SECRETARIAT, LEADER, MODERATOR, FACILITATOR);
            case PUBLISH_PAGE -> EnumSet.of(SECRETARIAT, FACILITATOR);
            case REVIEW_PROPOSAL -> EnumSet.of(SECRETARIAT, LEADER, MODERATOR, FACILITATOR);
            case JOIN_COMMUNITY, REQUEST_MEMBERSHIP, REQUEST_INVITATION -> EnumSet.noneOf(CommunityRole.class);
            case INVITE_MEMBER -> EnumSet.of(SECRETARIAT, LEADER, MODERATOR, FACILITATOR);
            case NOMINATE_MEMBER, JOIN_TOPIC_GROUP, PROPOSE_CHANGE -> FULL_MEMBERS;
            case MANAGE_TOPIC_GROUPS -> EnumSet.of(SECRETARIAT, FACILITATOR);
            case VIEW_AUDIT_LOG -> EnumSet.of(SECRETARIAT, MODERATOR);
            case INVITE_WITH_ROLE,
                    DECIDE_MEMBERSHIP,
                    CHANGE_ROLE,
                    APPOINT_FOCAL_POINT,
                    REMOVE_MEMBER,
                    EDIT_COMMUNITY,
                    EDIT_CODE_OF_CONDUCT,
                    SEND_NEWSLETTER -> SECRETARIAT_ONLY;
            case PROPOSE_DECISION -> FULL_MEMBERS;
            case VOTE_IN_DECISIONS -> EVERY_ROLE;
            case FACILITATE_DECISIONS -> EnumSet.of(SECRETARIAT, FACILITATOR);
            case MANAGE_MEMBER_ORGANISATIONS -> SECRETARIAT_ONLY;
            case MANAGE_BODIES -> SECRETARIAT_ONLY;
            // co-lead terms and elections are recorded by the secretariat; members stand and put others forward
            case MANAGE_CO_LEADS -> SECRETARIAT_ONLY;
            case NOMINATE_CANDIDATE -> FULL_MEMBERS;
            // in any body; a body's members may also propose in their own body (the body member's standing)
            case PROPOSE_BODY_DECISION -> SECRETARIAT_ONLY;
            // a body's space is its members' (the standing) and the secretariat's, who runs the body; nobody else's
            case VIEW_BODY_SPACE, EDIT_BODY_SPACE -> SECRETARIAT_ONLY;
            // a drive's decisions invite people to the community, which only the secretariat decides
            case MANAGE_DRIVES -> SECRETARIAT_ONLY;
            // those who publish pages take them to the community's body; the secretariat speaks for it outside
            case MANAGE_OUTPUTS -> EnumSet.of(SECRETARIAT, FACILITATOR);
            case RECORD_OUTPUT_SUBMISSION -> SECRETARIAT_ONLY;
            case PROPOSE_WORKSTREAM -> FULL_MEMBERS;
            // a lead holds it for their own workstream through the standing (see standing()); the secretariat for all
            case LEAD_WORKSTREAM, MANAGE_WORKPLANS -> SECRETARIAT_ONLY;
            // the report is the secretariat's (seed 001: it prepares the workplan and the report)
            case GENERATE_PROGRESS_REPORT -> SECRETARIAT_ONLY;
            // those who organise the community's life start surveys; each survey's owners run it (the standing)
            case CREATE_SURVEY -> EnumSet.of(SECRETARIAT, FACILITATOR);
            case MANAGE_SURVEYS, VIEW_SURVEY_RESULTS, VIEW_SURVEY_RESPONSES -> SECRETARIAT_ONLY;
            // whether one is in a survey's audience is the survey's own check
            case ANSWER_SURVEYS -> EVERY_ROLE;
            // counts only, no person's reading: for those who run the community and answer for its evaluation
            case VIEW_INSIGHTS -> EnumSet.of(SECRETARIAT, LEADER, FACILITATOR);
            // the report writes into the space's reports folder, as the progress report does: the secretariat's
            case GENERATE_EVALUATION_REPORT -> SECRETARIAT_ONLY;
            // a draft is the members' work in progress, as the space is; the public sees a dataset once released
            case VIEW_DATA_DRAFTS -> EVERY_ROLE;
            // the secretariat publishes for the community; data editors and reviewers are named (the standings)
            case EDIT_DATASETS, RELEASE_DATASETS, MANAGE_DATA_TEAM, MANAGE_HARVEST_SOURCES -> SECRETARIAT_ONLY;
            // anyone signed in may ask (non-members too, above); the publisher's data team answers (the standings)
            case REQUEST_DATA -> EVERY_ROLE;
            // questions on a dataset come from its users, as data requests do; members and guests may read it too
            case COMMENT_ON_DATASETS -> EVERY_ROLE;
            case ANSWER_DATA_REQUESTS -> SECRETARIAT_ONLY;
            // learners: every member reads the courses kept for members (public ones are anyone's, the course's check)
            case VIEW_COURSES -> EVERY_ROLE;
            // contributors: courses are co-written as the space is proposed to, by every full member
            case EDIT_COURSES -> FULL_MEMBERS;
            // maintainers: those who organise the community's life start courses and say which are public
            case MAINTAIN_COURSES -> EnumSet.of(SECRETARIAT, LEADER, FACILITATOR);
            // learners: every member studies the courses they may read (non-members too, above, for public ones)
            case ENROL_IN_COURSES -> EVERY_ROLE;
            default -> throw new IllegalArgumentException(action + " concerns the platform");
        };
    }
}
