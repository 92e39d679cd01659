package org.statcommons.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * Finds (or makes) the account of someone an organisation's provider has just vouched for. An identity linked before
 * names its account whatever the address says now; otherwise the provider's address, when the provider confirmed it,
 * links the account that has it; otherwise a new account is made (its address confirmed by the provider, no
 * password) when sign-up is open to anyone or the address was invited, to the platform (the invitation is used up) or
 * to a community ({@link InvitedAddresses}; accepted afterwards on its page), and refused otherwise. An invited
 * newcomer starts trusted, as after accepting by the link. A suspended account stays out.
 */
@Service
class SignInWithOrganisation {

    private final Accounts accounts;
    private final OrganisationIdentities identities;
    private final IdentitySettings settings;
    private final SignInProviders providers;
    private final LinkTokens links;
    private final List<InvitedAddresses> invitedElsewhere;
    private final Clock clock;

    SignInWithOrganisation(
            Accounts accounts,
            OrganisationIdentities identities,
            IdentitySettings settings,
            SignInProviders providers,
            LinkTokens links,
            List<InvitedAddresses> invitedElsewhere,
            Clock clock) {
        this.accounts = accounts;
        this.identities = identities;
        this.settings = settings;
        this.providers = providers;
        this.links = links;
        this.invitedElsewhere = invitedElsewhere;
        this.clock = clock;
    }

    /** The account to sign in; throws {@link SignInRefusedException} with what the person is told. */
    @Transactional
    Account signIn(OrganisationIdentity identity) {
        Optional<Long> linked = identities.account(identity.issuer(), identity.subject());
        Account account = linked.isPresent()
                ? accounts.byId(linked.get()).orElseThrow(() -> refused("identity.organisation-sign-in.no-account"))
                : accountFor(identity);
        if (!account.active()) {
            throw refused("identity.organisation-sign-in.suspended");
        }
        identities.link(identity, account.id(), clock.instant());
        return accounts.byId(account.id()).orElseThrow();
    }

    private Account accountFor(OrganisationIdentity identity) {
        EmailAddress email = address(identity.email())
                .orElseThrow(() -> refused("identity.organisation-sign-in.no-email", providerName(identity)));
        if (!identity.emailVerified() && !providers.trustsEmail(identity.provider())) {
            throw refused("identity.organisation-sign-in.unconfirmed-email", providerName(identity), email.value());
        }
        Optional<Account> existing = accounts.byEmail(email);
        if (existing.isPresent()) {
            if (!existing.get().emailVerified()) {
                // the provider proved the address, as the confirmation link would have
                accounts.markVerified(existing.get().id());
            }
            return existing.get();
        }
        boolean invitedToPlatform = links.useAllTo(LinkTokens.Purpose.SIGN_UP_INVITATION, email.value()) > 0;
        boolean invited = invitedToPlatform || invitedElsewhere.stream().anyMatch(place -> place.invited(email));
        if (!invited && settings.signUpPolicy() != SignUpPolicy.OPEN) {
            throw refused("identity.organisation-sign-in.invitation-only", email.value());
        }
        long id = accounts.insert(email, true, null, profile(identity.name(), email), PlatformRole.NONE)
                .orElseThrow(() -> refused("identity.organisation-sign-in.no-account"));
        if (invited) {
            accounts.vouch(id);
        }
        return accounts.byId(id).orElseThrow();
    }

    /** A first profile from the provider's name (one line, within the profile's limit), else the address's name. */
    private static Profile profile(String name, EmailAddress email) {
        String cleaned = name == null ? "" : name.replaceAll("\\p{Cntrl}", " ").strip();
        String displayName = cleaned.isEmpty()
                ? email.value().substring(0, email.value().indexOf('@'))
                : cleaned.substring(0, Math.min(cleaned.length(), AccountForm.NAME_MAX));
        return new Profile(displayName, "", OrganisationKind.INDIVIDUAL, null, null, List.of(), "", null);
    }

    private static Optional<EmailAddress> address(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(EmailAddress.parse("email", typed.strip()));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private String providerName(OrganisationIdentity identity) {
        return providers.name(identity.provider()).orElse(identity.provider());
    }

    private static SignInRefusedException refused(String key, String... arguments) {
        return new SignInRefusedException(Text.of(key, arguments));
    }
}
