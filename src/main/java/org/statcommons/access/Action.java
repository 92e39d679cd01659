package org.statcommons.access;

/**
 * Everything the policy decides. Platform actions concern the whole server; community actions concern one
 * community and depend on the actor's role in it. docs/roles.md is the table of who may do what.
 */
public enum Action {
    // platform
    CREATE_COMMUNITY(false, "create a community"),
    INVITE_TO_PLATFORM(false, "invite people to StatCommons"),
    MANAGE_PLATFORM(false, "manage the platform"),
    VIEW_PROFILES(false, "see people's profiles"),
    FLAG_CONTENT(false, "flag content against a code of conduct"),

    // community
    VIEW_COMMUNITY_LANDING(true, "see this community's landing page"),
    VIEW_COMMUNITY_INSIDE(true, "see this community's members' area"),
    JOIN_COMMUNITY(true, "join this community"),
    REQUEST_MEMBERSHIP(true, "ask to join this community"),
    REQUEST_INVITATION(true, "ask for an invitation to this community, without an account"),
    LEAVE_COMMUNITY(true, "leave this community"),
    INVITE_MEMBER(true, "invite people to this community"),
    INVITE_WITH_ROLE(true, "invite people with a role above member"),
    NOMINATE_MEMBER(true, "nominate a colleague"),
    DECIDE_MEMBERSHIP(true, "decide on requests and nominations"),
    CHANGE_ROLE(true, "change members' roles"),
    APPOINT_FOCAL_POINT(true, "appoint country focal points"),
    REMOVE_MEMBER(true, "remove members"),
    EDIT_COMMUNITY(true, "edit this community"),
    EDIT_CODE_OF_CONDUCT(true, "edit the code of conduct"),
    MANAGE_TOPIC_GROUPS(true, "create and run topic groups"),
    JOIN_TOPIC_GROUP(true, "join topic groups"),
    VIEW_AUDIT_LOG(true, "read the audit log"),

    // knowledge space
    VIEW_SPACE(true, "read this community's pages"),
    EDIT_PAGE(true, "edit this community's pages directly"),
    PROPOSE_CHANGE(true, "propose changes to this community's pages"),
    PUBLISH_PAGE(true, "publish or unpublish this community's pages"),
    REVIEW_PROPOSAL(true, "review, merge and close proposed changes"),
    COMMENT_ON_PAGE(true, "comment on this community's pages"),

    // community life
    VIEW_MEETINGS(true, "see this community's meetings"),
    ORGANISE_MEETING(true, "organise meetings"),
    VIEW_DISCUSSIONS(true, "read this community's discussions"),
    POST_IN_DISCUSSIONS(true, "start discussions and reply"),
    MANAGE_DISCUSSIONS(true, "mark answers, close and pin discussions"),
    SEND_NEWSLETTER(true, "write and send newsletters"),

    // moderation
    MODERATE_CONTENT(true, "work the moderation queue: hide content, warn members"),
    SUSPEND_MEMBER(true, "suspend members for a time");

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
                VIEW_DISCUSSIONS);
    }

    private final boolean communityScoped;
    private final String description;

    Action(boolean communityScoped, String description) {
        this.communityScoped = communityScoped;
        this.description = description;
    }

    public boolean communityScoped() {
        return communityScoped;
    }

    public String description() {
        return description;
    }

    /** True for the actions a suspended member keeps: they change nothing others see. */
    public boolean allowedWhileSuspended() {
        return READING.contains(this);
    }
}
