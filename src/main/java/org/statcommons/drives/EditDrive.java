package org.statcommons.drives;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.community.Community;

/** The secretariat changes a drive's title, description and period. */
@Service
class EditDrive {

    private final Permissions permissions;
    private final Drives drives;

    EditDrive(Permissions permissions, Drives drives) {
        this.permissions = permissions;
        this.drives = drives;
    }

    @Transactional
    void edit(Actor actor, Community community, long id, NewDrive drive) {
        permissions.require(actor, Action.MANAGE_DRIVES, community.id());
        drives.update(drives.lock(community, id).id(), drive);
    }
}
