package org.statcommons.moderation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.identity.Account;
import org.statcommons.identity.Accounts;
import org.statcommons.platform.Text;
import org.statcommons.platform.activity.Subject;

/**
 * Profiles as flaggable items ({@code profile:<account id>}). Profiles belong to no community, so their
 * flags go to the platform administrators' queue; hiding one hides its free text (the bio) wherever
 * profiles show, through the identity feature. It lives here rather than in identity because moderation
 * already depends on identity (for names and e-mail addresses) and the reverse would close a cycle.
 */
@Component
class ProfileModeration implements ModeratedContent {

    static final String KIND = "profile";
    /** Profiles belong to no community: their entries have no community and go to the administrators. */
    static final long NO_COMMUNITY = 0;

    private final Accounts accounts;
    private final Permissions permissions;

    ProfileModeration(Accounts accounts, Permissions permissions) {
        this.accounts = accounts;
        this.permissions = permissions;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<FlaggedItem> describe(Subject item, Actor viewer) {
        long id;
        try {
            id = Long.parseLong(item.id());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (!permissions.may(viewer, Action.VIEW_PROFILES)) {
            return Optional.empty();
        }
        return accounts.byId(id)
                .filter(a -> a.active() || permissions.may(viewer, Action.MANAGE_PLATFORM))
                .map(a -> new FlaggedItem(
                        Subject.of(KIND, a.id()),
                        NO_COMMUNITY,
                        a.id(),
                        a.displayName(),
                        Text.of("moderation.profile.title", a.displayName()),
                        excerpt(a),
                        "/people/" + a.id(),
                        accounts.bioHidden(a.id())));
    }

    @Override
    public void hide(Subject item, boolean hidden) {
        accounts.hideBio(Long.parseLong(item.id()), hidden);
    }

    private static String excerpt(Account account) {
        String about = account.organisation().isBlank() ? "" : account.organisation() + ". ";
        return about + account.bio();
    }
}
