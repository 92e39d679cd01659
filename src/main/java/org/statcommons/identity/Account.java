package org.statcommons.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.statcommons.access.Actor;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.i18n.Language;

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
        boolean vouched,
        String interfaceLanguage) {

    /**
     * The interface language of this person: the one they chose, or else the first of the languages they work in
     * when it is one of the six; none otherwise (the browser's then decides).
     */
    public Optional<Language> language() {
        Optional<Language> chosen = Language.ofCode(interfaceLanguage);
        if (chosen.isPresent() || languages.isEmpty()) {
            return chosen;
        }
        return Language.ofCode(languages.get(0));
    }

    public Actor actor() {
        return Actor.account(id, platformRole);
    }
}
