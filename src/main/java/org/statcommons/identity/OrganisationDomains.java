package org.statcommons.identity;

import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.Text;

/**
 * Whether a password may be used for an address: not for the e-mail domains an administrator reserved for
 * organisation sign-in, as long as a provider is configured to sign them in (without one the rule would lock them
 * out, so it rests until one is).
 */
@Component
class OrganisationDomains {

    private final IdentitySettings settings;
    private final SignInProviders providers;

    OrganisationDomains(IdentitySettings settings, SignInProviders providers) {
        this.settings = settings;
        this.providers = providers;
    }

    /** Why a password cannot be used for this address, naming the providers to sign in with; empty when it can. */
    Optional<Text> passwordRefusal(EmailAddress email) {
        if (!providers.any() || !settings.requiresOrganisationSignIn(email)) {
            return Optional.empty();
        }
        String names =
                providers.listed().stream().map(SignInProviders.Listed::name).collect(Collectors.joining(", "));
        return Optional.of(Text.of(
                "identity.organisation-sign-in.required",
                email.value().substring(email.value().lastIndexOf('@') + 1),
                names));
    }
}
