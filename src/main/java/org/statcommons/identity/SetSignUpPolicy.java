package org.statcommons.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

/** An administrator chooses who may create an account; the choice is kept and wins over the configuration. */
@Service
class SetSignUpPolicy {

    private final Permissions permissions;
    private final IdentitySettings settings;

    SetSignUpPolicy(Permissions permissions, IdentitySettings settings) {
        this.permissions = permissions;
        this.settings = settings;
    }

    @Transactional
    void set(Actor actor, SignUpPolicy policy) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        settings.setSignUpPolicy(policy);
    }
}
