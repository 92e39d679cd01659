package org.statcommons.identity;

import java.time.Instant;
import java.util.List;
import org.statcommons.access.Actor;
import org.statcommons.access.PlatformRole;

/** A person's account and public profile (no secrets). */
public record Account(
        long id,
        String email,
        boolean emailVerified,
        String displayName,
        String organisation,
        OrganisationKind organisationKind,
        String country,
        String timeZone,
        List<String> languages,
        String bio,
        PlatformRole platformRole,
        boolean active,
        int sessionVersion,
        Instant createdAt,
        boolean vouched) {

    public Actor actor() {
        return Actor.account(id, platformRole);
    }
}
