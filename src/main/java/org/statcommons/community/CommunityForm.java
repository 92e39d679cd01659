package org.statcommons.community;

/** What a person types to create or edit a community; pages and the API bind it alike. */
public class CommunityForm {

    private String name = "";
    private String slug = "";
    private String purpose = "";
    private String description = "";
    private String joinPolicy = "BY_REQUEST";
    private boolean membersEditDirectly;

    static CommunityForm of(Community community) {
        CommunityForm form = new CommunityForm();
        form.name = community.name();
        form.slug = community.slug();
        form.purpose = community.purpose();
        form.description = community.description();
        form.joinPolicy = community.joinPolicy().name();
        form.membersEditDirectly = community.membersEditDirectly();
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getJoinPolicy() { return joinPolicy; }
    public void setJoinPolicy(String joinPolicy) { this.joinPolicy = joinPolicy; }
    public boolean isMembersEditDirectly() { return membersEditDirectly; }
    public void setMembersEditDirectly(boolean membersEditDirectly) { this.membersEditDirectly = membersEditDirectly; }
}
