package org.statcommons.notifications;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.statcommons.identity.PersonalDataSource;

/** A person's notification settings, as their personal data lists them: their own default and each community's. */
@Component
class NotificationPersonalData implements PersonalDataSource {

    record Settings(Choice defaultChoice, Map<Long, Choice> byCommunity) {}

    private final Preferences preferences;

    NotificationPersonalData(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object of(long personId) {
        return new Settings(preferences.ownDefault(personId).orElse(null), preferences.overrides(personId));
    }
}
