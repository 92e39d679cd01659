package org.statcommons.community;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Creates a community. The creator becomes its first secretariat member and accepts version 1 of the default
 * code of conduct; {@link CommunityCreated} tells the features that set up a community's parts.
 */
@Service
class CreateCommunity {

    private final Permissions permissions;
    private final Communities communities;
    private final CodesOfConduct conduct;
    private final Memberships memberships;
    private final AuditEntries audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CreateCommunity(
            Permissions permissions,
            Communities communities,
            CodesOfConduct conduct,
            Memberships memberships,
            AuditEntries audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.permissions = permissions;
        this.communities = communities;
        this.conduct = conduct;
        this.memberships = memberships;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    Community create(Actor actor, NewCommunity community) {
        permissions.require(actor, Action.CREATE_COMMUNITY);
        String slug = community.slug();
        if (communities.slugTaken(slug)) {
            throw new InvalidInputException("slug", Text.of("community.new.slug-taken", slug));
        }
        Instant now = clock.instant();
        long id;
        try {
            id = communities.insert(community, actor.accountId(), now);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(Text.of("community.new.slug-taken-meanwhile", slug));
        }
        int version = conduct.add(id, conduct.defaultText(), actor.accountId(), now);
        memberships.upsert(id, actor.accountId(), CommunityRole.SECRETARIAT, null, version, now);
        audit.record(
                id,
                actor.accountId(),
                null,
                "COMMUNITY_CREATED",
                "Created the community '" + community.name() + "'",
                "");
        audit.record(id, actor.accountId(), actor.accountId(), "JOINED", "Joined as Secretariat (creator)", "");
        events.publishEvent(new CommunityCreated(id, slug, actor.accountId()));
        return communities.byId(id).orElseThrow();
    }
}
