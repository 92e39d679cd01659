package org.statcommons.notifications;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.statcommons.community.Communities;
import org.statcommons.community.Membership;
import org.statcommons.community.Memberships;

/** A person's choices, for every community and for each of theirs, by name; for the account's screen and the API. */
@Component
class PreferencesPresenter {

    private final Preferences preferences;
    private final Memberships memberships;
    private final Communities communities;
    private final NotificationProperties properties;

    PreferencesPresenter(
            Preferences preferences,
            Memberships memberships,
            Communities communities,
            NotificationProperties properties) {
        this.preferences = preferences;
        this.memberships = memberships;
        this.communities = communities;
        this.properties = properties;
    }

    PreferencesView present(long accountId) {
        Choice own = preferences.ownDefault(accountId).orElse(null);
        Map<Long, Choice> overrides = preferences.overrides(accountId);
        List<PreferencesView.CommunityChoice> list = new ArrayList<>();
        for (Membership membership : memberships.ofAccount(accountId)) {
            communities
                    .byId(membership.communityId())
                    .ifPresent(c -> list.add(
                            new PreferencesView.CommunityChoice(c.id(), c.slug(), c.name(), overrides.get(c.id()))));
        }
        list.sort(Comparator.comparing(c -> c.name().toLowerCase(Locale.ROOT)));
        Choice server = properties.defaultChoice();
        return new PreferencesView(server, own, own == null ? server : own, list);
    }
}
