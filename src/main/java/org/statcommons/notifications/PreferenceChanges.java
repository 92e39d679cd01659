package org.statcommons.notifications;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.community.Membership;
import org.statcommons.community.Memberships;
import org.statcommons.platform.InvalidInputException;

/** Reading and changing a person's choices, for the page and the API alike. */
@Service
class PreferenceChanges {

    private final Preferences preferences;
    private final Memberships memberships;
    private final Communities communities;

    PreferenceChanges(Preferences preferences, Memberships memberships, Communities communities) {
        this.preferences = preferences;
        this.memberships = memberships;
        this.communities = communities;
    }

    /**
     * @param ownDefault  the person's default, or null when they follow the server's
     * @param communities the person's communities, each with its own choice (null: the default)
     */
    record View(Choice serverDefault, Choice ownDefault, Choice effectiveDefault, List<CommunityChoice> communities) {
    }

    record CommunityChoice(long id, String slug, String name, Choice choice) {
    }

    View view(long accountId) {
        Choice own = preferences.ownDefault(accountId).orElse(null);
        Map<Long, Choice> overrides = preferences.overrides(accountId);
        List<CommunityChoice> list = new ArrayList<>();
        for (Membership membership : memberships.ofAccount(accountId)) {
            communities.byId(membership.communityId()).ifPresent((Community c) ->
                    list.add(new CommunityChoice(c.id(), c.slug(), c.name(), overrides.get(c.id()))));
        }
        list.sort(Comparator.comparing(c -> c.name().toLowerCase(java.util.Locale.ROOT)));
        Choice server = preferences.serverDefault();
        return new View(server, own, own == null ? server : own, list);
    }

    /**
     * Saves the default and the choices for the person's communities; "" follows the server's default (for the
     * default) or the person's default (for a community). Nothing is saved when one value is wrong.
     */
    @Transactional
    void save(long accountId, String typedDefault, Map<Long, String> typedPerCommunity) {
        List<InvalidInputException.FieldMessage> errors = new ArrayList<>();
        Choice chosenDefault = parse("default", typedDefault, errors);
        Map<Long, Choice> chosen = new java.util.LinkedHashMap<>();
        typedPerCommunity.forEach((communityId, typed) -> chosen.put(communityId, parse("c" + communityId, typed, errors)));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (chosenDefault == null) {
            preferences.followServerDefault(accountId);
        } else {
            preferences.setDefault(accountId, chosenDefault);
        }
        chosen.forEach((communityId, choice) -> preferences.setFor(accountId, communityId, choice));
    }

    private static Choice parse(String field, String typed, List<InvalidInputException.FieldMessage> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Choice choice = Choice.parse(typed);
        if (choice == null) {
            errors.add(new InvalidInputException.FieldMessage(field,
                    "Choose one of: immediate, daily, weekly, off (or leave it to the default)."));
        }
        return choice;
    }
}
