package org.statcommons.community;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** Saves a new version of a community's code of conduct; members are asked to accept it on their next visit. */
@Service
class EditCodeOfConduct {

    static final int CONDUCT_MAX = 20_000;

    private final Permissions permissions;
    private final Communities communities;
    private final CodesOfConduct conduct;
    private final Memberships memberships;
    private final AuditEntries audit;
    private final Clock clock;

    EditCodeOfConduct(
            Permissions permissions,
            Communities communities,
            CodesOfConduct conduct,
            Memberships memberships,
            AuditEntries audit,
            Clock clock) {
        this.permissions = permissions;
        this.communities = communities;
        this.conduct = conduct;
        this.memberships = memberships;
        this.audit = audit;
        this.clock = clock;
    }

    /** Returns the new version's number. */
    @Transactional
    int edit(Actor actor, Community community, String body) {
        permissions.require(actor, Action.EDIT_CODE_OF_CONDUCT, community.id());
        TextInput input = new TextInput();
        String text = input.block("body", Text.of("community.field.code-of-conduct"), body, CONDUCT_MAX, true);
        input.throwIfInvalid();
        communities.lock(community.id());
        if (text.equals(conduct.current(community.id()).body())) {
            throw new ConflictException(Text.of("community.conduct.unchanged"));
        }
        Instant now = clock.instant();
        int version = conduct.add(community.id(), text, actor.accountId(), now);
        // the editor has read what they wrote
        if (memberships.find(community.id(), actor.accountId()).isPresent()) {
            memberships.acceptConduct(community.id(), actor.accountId(), version, now);
        }
        audit.record(
                community.id(), actor.accountId(), null, "CONDUCT_EDITED", "Code of conduct version " + version, "");
        return version;
    }
}
