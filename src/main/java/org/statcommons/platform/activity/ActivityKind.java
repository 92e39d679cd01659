package org.statcommons.platform.activity;

/** What happened. The label reads in a stream line, a digest heading and the notification settings. */
public enum ActivityKind {
    MENTION("You were mentioned"),
    REPLY("Replies"),
    PAGE_COMMENT("Comments on pages"),
    PAGE_PUBLISHED("Pages published"),
    PAGE_CHANGED("Pages changed"),
    PROPOSAL_TO_REVIEW("Proposals to review"),
    PROPOSAL_CHANGES_REQUESTED("Changes asked for in your proposals"),
    PROPOSAL_MERGED("Proposals accepted"),
    DISCUSSION_STARTED("New discussions"),
    ANSWER_MARKED("Answers marked"),
    MEETING_INVITATION("Meeting invitations"),
    MEETING_POLL("Meeting time polls"),
    MEETING_CHANGED("Meeting changes"),
    MEETING_CANCELLED("Meetings cancelled"),
    MEMBER_JOINED("New members"),
    MEMBERSHIP_DECISION("Membership decisions"),
    MODERATION_DECISION("Moderation decisions"),
    NEWSLETTER_SENT("Newsletters"),
    DECISION_PROPOSED("Decisions proposed"),
    DECISION_REMINDER("Decisions waiting for your vote"),
    DECISION_CLOSED("Decisions closed"),
    CO_LEAD_TERM_ENDING("Co-lead terms ending"),
    ELECTION("Elections: nominations and votes"),
    OUTPUT_REVIEW("Outputs open for review"),
    WORKSTREAM_REPORT_DUE("Workstream reports due"),
    WORKSTREAM_APPROVED("Workstreams and workplans approved"),
    OUTPUT_ENDORSED("Outputs endorsed and submitted"),
    ELECTION_RESULT("Election results"),
    DATA_REQUEST_ANSWERED("Answers to data requests"),
    DATASET_COMMENT("Questions and comments on datasets");

    private final String label;

    ActivityKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
