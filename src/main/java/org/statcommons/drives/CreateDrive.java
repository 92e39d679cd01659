package org.statcommons.drives;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/** The secretariat starts a drive. */
@Service
class CreateDrive {

    private final Permissions permissions;
    private final Drives drives;
    private final Clock clock;

    CreateDrive(Permissions permissions, Drives drives, Clock clock) {
        this.permissions = permissions;
        this.drives = drives;
        this.clock = clock;
    }

    @Transactional
    long create(Actor actor, Community community, NewDrive drive) {
        permissions.require(actor, Action.MANAGE_DRIVES, community.id());
        return drives.insert(community.id(), drive, actor.accountId(), clock.instant());
    }
}
