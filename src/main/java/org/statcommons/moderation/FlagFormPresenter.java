package org.statcommons.moderation;

import org.springframework.stereotype.Component;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;

/**
 * The flag form: the item as the flagger sees it ("not found" when they may not see it), the code of conduct's
 * reasons, and what was typed; opened afresh, it starts from the person's earlier flag on the item, if any.
 */
@Component
class FlagFormPresenter {

    private final Permissions permissions;
    private final ModeratedItemRouter items;
    private final Flags flags;

    FlagFormPresenter(Permissions permissions, ModeratedItemRouter items, Flags flags) {
        this.permissions = permissions;
        this.items = items;
        this.flags = flags;
    }

    /**
     * @param form    what was typed, or only the item when the form is opened
     * @param earlier the person had flagged the item already (the form starts from their reason and says so)
     */
    record FlagFormView(ModeratedContent.FlaggedItem item, NewFlag form, FlagReason[] reasons, boolean earlier) {}

    FlagFormView present(Actor actor, NewFlag form) {
        permissions.require(actor, Action.FLAG_CONTENT);
        ModeratedContent.FlaggedItem item = items.describe(items.subject(form.item()), actor);
        NewFlag shown = new NewFlag(item.item().key(), form.reason(), form.note());
        if (form.reason() == null && actor.signedIn()) {
            FlagReason earlier =
                    flags.openReason(item.item().key(), actor.accountId()).orElse(null);
            if (earlier != null) {
                return new FlagFormView(
                        item, new NewFlag(shown.item(), earlier.name(), form.note()), FlagReason.values(), true);
            }
        }
        return new FlagFormView(item, shown, FlagReason.values(), false);
    }
}
