package org.statcommons.notifications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Turns notification e-mail off from a signed unsubscribe link: for the community the link names, or for every
 * community. The link's signature is the proof; there is nobody signed in.
 */
@Service
class Unsubscribe {

    private final UnsubscribeTokenSigner tokens;
    private final Preferences preferences;

    Unsubscribe(UnsubscribeTokenSigner tokens, Preferences preferences) {
        this.tokens = tokens;
        this.preferences = preferences;
    }

    /** Whom the link names; "not found" for a link that is not one of ours. */
    UnsubscribeTokenSigner.Scope scope(String token) {
        return tokens.read(token)
                .orElseThrow(() -> new NotFoundException(Text.of("notifications.unsubscribe.invalid")));
    }

    @Transactional
    UnsubscribeTokenSigner.Scope unsubscribe(String token) {
        UnsubscribeTokenSigner.Scope scope = scope(token);
        if (scope.everyCommunity()) {
            preferences.setDefault(scope.accountId(), Choice.OFF);
            preferences.clearOverrides(scope.accountId());
        } else {
            preferences.setFor(scope.accountId(), scope.communityId(), Choice.OFF);
        }
        return scope;
    }
}
