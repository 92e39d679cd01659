package org.statcommons.bodies;

import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/** The community's secretariat sets up a body (the Steering Committee, or another by name). */
@Service
class CreateBody {

    static final int NAME_MAX = 120;
    static final int DESCRIPTION_MAX = 2000;

    private final Permissions permissions;
    private final Bodies bodies;
    private final Clock clock;

    CreateBody(Permissions permissions, Bodies bodies, Clock clock) {
        this.permissions = permissions;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** Returns the new body's id; a name the community's other body has is refused. */
    @Transactional
    long create(Actor actor, Community community, NewBody body) {
        permissions.require(actor, Action.MANAGE_BODIES, community.id());
        TextInput input = new TextInput();
        String name = input.line("name", Text.of("bodies.field.name"), body.name(), NAME_MAX, true);
        String description = input.block(
                "description", Text.of("bodies.field.description"), body.description(), DESCRIPTION_MAX, false);
        input.throwIfInvalid();
        try {
            return bodies.insert(community.id(), name, description, actor.accountId(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("name", Text.of("bodies.name.taken", name));
        }
    }
}
