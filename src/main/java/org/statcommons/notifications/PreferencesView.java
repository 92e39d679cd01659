package org.statcommons.notifications;

import java.util.List;

/**
 * A person's choices as the account's screen and the API show them.
 *
 * @param ownDefault  the person's default, or null when they follow the server's
 * @param communities the person's communities, each with its own choice (null: the default)
 */
record PreferencesView(
        Choice serverDefault, Choice ownDefault, Choice effectiveDefault, List<CommunityChoice> communities) {

    record CommunityChoice(long id, String slug, String name, Choice choice) {}
}
