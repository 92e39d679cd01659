package org.statcommons.access;

/**
 * Everything the policy decides. Platform actions concern the whole server; community actions concern one
 * community and depend on the actor's role in it. docs/roles.md is the table of who may do what.
 */
public enum Action {
    // platform
    CREATE_COMMUNITY(false),
    INVITE_TO_PLATFORM(false),
    MANAGE_PLATFORM(false),
    BACK_UP(false),
    VIEW_PROFILES(false),
    FLAG_CONTENT(false),
    /** Download one's own personal data (in a session of one's own: no access token reaches it). */
    DOWNLOAD_OWN_DATA(false),
    /** Close one's own account. */
    CLOSE_OWN_ACCOUNT(false),
    /** Download someone's personal data, or close their account, on their request (administrators, audited). */
    ACT_ON_PERSONAL_DATA_REQUESTS(false),

    // community
    VIEW_COMMUNITY_LANDING(true),
    VIEW_COMMUNITY_INSIDE(true),
    JOIN_COMMUNITY(true),
    REQUEST_MEMBERSHIP(true),
    REQUEST_INVITATION(true),
    LEAVE_COMMUNITY(true),
    INVITE_MEMBER(true),
    INVITE_WITH_ROLE(true),
    NOMINATE_MEMBER(true),
    DECIDE_MEMBERSHIP(true),
    CHANGE_ROLE(true),
    APPOINT_FOCAL_POINT(true),
    REMOVE_MEMBER(true),
    EDIT_COMMUNITY(true),
    EDIT_CODE_OF_CONDUCT(true),
    MANAGE_TOPIC_GROUPS(true),
    JOIN_TOPIC_GROUP(true),
    VIEW_AUDIT_LOG(true),

    // knowledge space
    VIEW_SPACE(true),
    EDIT_PAGE(true),
    PROPOSE_CHANGE(true),
    PUBLISH_PAGE(true),
    REVIEW_PROPOSAL(true),
    COMMENT_ON_PAGE(true),

    // community life
    VIEW_MEETINGS(true),
    ORGANISE_MEETING(true),
    VIEW_DISCUSSIONS(true),
    POST_IN_DISCUSSIONS(true),
    MANAGE_DISCUSSIONS(true),
    SEND_NEWSLETTER(true),

    // moderation
    MODERATE_CONTENT(true),
    SUSPEND_MEMBER(true),

    // decisions
    PROPOSE_DECISION(true),
    VOTE_IN_DECISIONS(true),
    FACILITATE_DECISIONS(true),

    // organisations (docs/governance.md#organisations)
    MANAGE_ORGANISATIONS(false),
    CLAIM_AFFILIATION(false),
    MANAGE_MEMBER_ORGANISATIONS(true),

    // bodies (docs/governance.md#bodies-co-leads-and-elections)
    MANAGE_BODIES(true),
    /** Propose a decision to a body's members; also allowed to the body's members in their body. */
    PROPOSE_BODY_DECISION(true),
    /**
     * Read a body's members-only space: its pages, their history and comparisons, a Git clone of it. The secretariat;
     * the body's members in their own body (the body member's standing).
     */
    VIEW_BODY_SPACE(true),
    /** Write a body's members-only space: create and edit its pages, push to it. As {@link #VIEW_BODY_SPACE}. */
    EDIT_BODY_SPACE(true),

    // co-leads and elections (docs/governance.md#bodies-co-leads-and-elections)
    MANAGE_CO_LEADS(true),
    NOMINATE_CANDIDATE(true),

    // membership drives
    MANAGE_DRIVES(true),

    // outputs (docs/governance.md#outputs-review-approval-endorsement)
    MANAGE_OUTPUTS(true),
    RECORD_OUTPUT_SUBMISSION(true),
    // workstreams and workplans (docs/governance.md#workstreams-workplans-and-progress-reports)
    PROPOSE_WORKSTREAM(true),
    /** A workstream's lead's work (edit, add people, submit, report, close); also the standing {@link Standing#WORKSTREAM_LEAD}. */
    LEAD_WORKSTREAM(true),
    MANAGE_WORKPLANS(true),
    // the annual progress report (docs/governance.md#the-annual-progress-report)
    GENERATE_PROGRESS_REPORT(true),
    // surveys (docs/evaluation.md#surveys)
    /** Start a survey of the community (the creator becomes its owner, {@link Standing#SURVEY_OWNER}). */
    CREATE_SURVEY(true),
    /** Build a survey, its waves, its respondent mode, its owners and analysts, and send it; also its owners. */
    MANAGE_SURVEYS(true),
    /** Answer the surveys of the community one is asked to answer (the feature checks the audience). */
    ANSWER_SURVEYS(true),
    /** Read a survey's results: aggregates, small cells suppressed; also its owners and analysts. */
    VIEW_SURVEY_RESULTS(true),
    /** Read a survey's single responses (who answered what, in identified mode); also its owners. */
    VIEW_SURVEY_RESPONSES(true),
    /** Start and build surveys of the whole platform (belonging to no community). */
    MANAGE_PLATFORM_SURVEYS(false),
    // the activity figures (docs/evaluation.md)
    VIEW_INSIGHTS(true),
    // the evaluation report: a draft page of the space written from the activity figures (docs/evaluation.md)
    GENERATE_EVALUATION_REPORT(true),
    // open data (docs/open-data.md#roles)
    /** Read the community's datasets that are not out yet: drafts, and releases scheduled ahead (embargoed). */
    VIEW_DATA_DRAFTS(true),
    /** Describe datasets and prepare their releases; also the standings {@link Standing#DATA_EDITOR} and reviewer. */
    EDIT_DATASETS(true),
    /** Release a dataset now or schedule its release; also the standing {@link Standing#DATA_REVIEWER}. */
    RELEASE_DATASETS(true),
    /** Name the community's data editors and reviewers. */
    MANAGE_DATA_TEAM(true),
    /** Register other portals (CKAN, DCAT catalogues) whose datasets the community's catalogue harvests. */
    MANAGE_HARVEST_SOURCES(true),
    /** Ask the community for data ("I need X by district") and support others' requests; anyone signed in. */
    REQUEST_DATA(true),
    /** Answer data requests (planned, released with a dataset, declined); also the data team's standings. */
    ANSWER_DATA_REQUESTS(true),
    /**
     * Ask and answer questions on the datasets one may read (threads of comments under a dataset); anyone signed in. A
     * draft's or an embargoed release's threads are its data team's only: the dataset's check ({@code data}).
     */
    COMMENT_ON_DATASETS(true),
    // the academy (docs/academy.md#who-may-do-what)
    /** Read the community's courses kept for its members (learners); a public course is read by anyone. */
    VIEW_COURSES(true),
    /** Write a course's episodes and pages: save them, push to the course's Git repository (contributors). */
    EDIT_COURSES(true),
    /** Create a course and decide whether it is public, make learning paths, start course runs (maintainers). */
    MAINTAIN_COURSES(true),
    /**
     * Enrol in a course one may read, mark its episodes done and earn its certificate (learners); anyone signed in, as
     * a public course is anyone's: whether the course may be read is the course's own check ({@code academy}).
     */
    ENROL_IN_COURSES(true),
    /**
     * Assess an organisation's capabilities against a framework, and read its assessments: the platform's secretariat
     * (who keep organisation records) on any organisation's behalf, and the organisation's confirmed people
     * ({@link Standing#ORGANISATION_PERSON}) for their own (docs/academy.md#self-assessment).
     */
    ASSESS_CAPABILITIES(false);

    /** What a suspended member may still do: read and leave. Everything else is refused while suspended. */
    private static final java.util.Set<Action> READING = java.util.EnumSet.noneOf(Action.class);

    static {
        java.util.Collections.addAll(
                READING,
                VIEW_COMMUNITY_LANDING,
                VIEW_COMMUNITY_INSIDE,
                LEAVE_COMMUNITY,
                VIEW_SPACE,
                VIEW_MEETINGS,
                VIEW_DISCUSSIONS,
                VIEW_DATA_DRAFTS,
                VIEW_COURSES);
    }

    private final boolean communityScoped;

    /** What each action is, as a refusal names it ("You may not create a community."), is in the access bundle. */
    Action(boolean communityScoped) {
        this.communityScoped = communityScoped;
    }

    public boolean communityScoped() {
        return communityScoped;
    }

    /** True for the actions a suspended member keeps: they change nothing others see. */
    public boolean allowedWhileSuspended() {
        return READING.contains(this);
    }
}
