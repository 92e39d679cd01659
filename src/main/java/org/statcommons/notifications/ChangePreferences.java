package org.statcommons.notifications;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.community.Membership;
import org.statcommons.community.Memberships;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/** Saves a person's choices: their default and those of communities they belong to, all or nothing. */
@Service
class ChangePreferences {

    private final Preferences preferences;
    private final Memberships memberships;

    ChangePreferences(Preferences preferences, Memberships memberships) {
        this.preferences = preferences;
        this.memberships = memberships;
    }

    @Transactional
    void change(long accountId, PreferenceChange change) {
        Set<Long> theirs = memberships.ofAccount(accountId).stream()
                .map(Membership::communityId)
                .collect(Collectors.toSet());
        for (long communityId : change.communities().keySet()) {
            if (!theirs.contains(communityId)) {
                throw new InvalidInputException(
                        "communities", Text.of("notifications.preferences.not-member", communityId));
            }
        }
        preferences.setDefault(accountId, change.defaultChoice());
        change.communities().forEach((communityId, choice) -> preferences.setFor(accountId, communityId, choice));
    }
}
