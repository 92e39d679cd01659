package org.statcommons.community;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.TextInput;

/**
 * Creates communities and edits their settings and code of conduct. The creator becomes the community's
 * first secretariat member and accepts version 1 of the default code of conduct.
 */
@Service
class CommunitySettingsService {

    static final int NAME_MAX = 120;
    static final int PURPOSE_MAX = 500;
    static final int DESCRIPTION_MAX = 20_000;
    static final int CONDUCT_MAX = 20_000;

    private final Permissions permissions;
    private final Communities communities;
    private final CodesOfConduct conduct;
    private final Memberships memberships;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    CommunitySettingsService(Permissions permissions, Communities communities, CodesOfConduct conduct,
                             Memberships memberships, AuditLog audit, ApplicationEventPublisher events) {
        this.events = events;
        this.permissions = permissions;
        this.communities = communities;
        this.conduct = conduct;
        this.memberships = memberships;
        this.audit = audit;
    }

    @Transactional
    public Community create(Actor actor, CommunityForm form) {
        permissions.require(actor, Action.CREATE_COMMUNITY);
        TextInput input = new TextInput();
        String slug = CommunitySlug.check(input, form.getSlug());
        Fields fields = check(input, form);
        input.throwIfInvalid();
        if (communities.slugTaken(slug)) {
            throw new org.statcommons.platform.InvalidInputException("slug",
                    "The address '" + slug + "' is taken by another community; please choose another.");
        }
        long id;
        try {
            id = communities.insert(slug, fields.name(), fields.purpose(), fields.description(), fields.policy(),
                    actor.accountId());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ConflictException("The address '" + slug + "' was taken a moment ago; please choose another.");
        }
        int version = conduct.add(id, conduct.defaultText(), actor.accountId());
        memberships.upsert(id, actor.accountId(), CommunityRole.SECRETARIAT, null, version);
        audit.record(id, actor.accountId(), null, "COMMUNITY_CREATED", "Created the community '" + fields.name() + "'", "");
        audit.record(id, actor.accountId(), actor.accountId(), "JOINED", "Joined as Secretariat (creator)", "");
        events.publishEvent(new CommunityCreated(id, slug, actor.accountId()));
        return communities.byId(id).orElseThrow();
    }

    @Transactional
    public Community edit(Actor actor, Community community, CommunityForm form) {
        permissions.require(actor, Action.EDIT_COMMUNITY, community.id());
        TextInput input = new TextInput();
        Fields fields = check(input, form);
        input.throwIfInvalid();
        communities.update(community.id(), fields.name(), fields.purpose(), fields.description(), fields.policy(),
                form.isMembersEditDirectly());
        if (form.isMembersEditDirectly() != community.membersEditDirectly()) {
            audit.record(community.id(), actor.accountId(), null, "MEMBERS_EDIT_DIRECTLY_CHANGED", form.isMembersEditDirectly()
                    ? "Members may now edit pages directly" : "Members now propose changes to pages", "");
        }
        if (fields.policy() != community.joinPolicy()) {
            audit.record(community.id(), actor.accountId(), null, "JOIN_POLICY_CHANGED",
                    community.joinPolicy().label() + " → " + fields.policy().label(), "");
        }
        return communities.byId(community.id()).orElseThrow();
    }

    /** Saves a new version of the code of conduct; members are asked to accept it on their next visit. */
    @Transactional
    public int editConduct(Actor actor, Community community, String body) {
        permissions.require(actor, Action.EDIT_CODE_OF_CONDUCT, community.id());
        TextInput input = new TextInput();
        String text = input.block("body", "Code of conduct", body, CONDUCT_MAX, true);
        input.throwIfInvalid();
        communities.lock(community.id());
        if (text.equals(conduct.current(community.id()).body())) {
            throw new ConflictException("The code of conduct is unchanged, so no new version was made.");
        }
        int version = conduct.add(community.id(), text, actor.accountId());
        // the editor has read what they wrote
        memberships.find(community.id(), actor.accountId())
                .ifPresent(m -> memberships.acceptConduct(community.id(), actor.accountId(), version));
        audit.record(community.id(), actor.accountId(), null, "CONDUCT_EDITED", "Code of conduct version " + version, "");
        return version;
    }

    private record Fields(String name, String purpose, String description, JoinPolicy policy) {
    }

    private static Fields check(TextInput input, CommunityForm form) {
        String name = input.line("name", "Name", form.getName(), NAME_MAX, true);
        String purpose = input.line("purpose", "Purpose", form.getPurpose(), PURPOSE_MAX, true);
        String description = input.block("description", "Description", form.getDescription(), DESCRIPTION_MAX, false);
        JoinPolicy policy = null;
        try {
            policy = JoinPolicy.valueOf(form.getJoinPolicy() == null ? "" : form.getJoinPolicy().strip());
        } catch (IllegalArgumentException e) {
            input.error("joinPolicy", "Choose how people join: open, by request or by invitation only.");
        }
        return new Fields(name, purpose, description, policy);
    }
}
