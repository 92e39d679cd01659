package org.statcommons.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * An administrator lists the e-mail domains whose people sign in only with their organisation's account (as GitLab
 * and Discourse let an operator require single sign-on for a company's domain).
 */
@Service
class SetOrganisationDomains {

    static final int MAX_DOMAINS = 100;
    private static final int MAX_TYPED = 10_000;
    /** A domain name of letters, digits and hyphens (an internationalised one in its xn-- form), with a dot. */
    private static final Pattern DOMAIN =
            Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    private final Permissions permissions;
    private final IdentitySettings settings;
    private final SignInProviders providers;

    SetOrganisationDomains(Permissions permissions, IdentitySettings settings, SignInProviders providers) {
        this.permissions = permissions;
        this.settings = settings;
        this.providers = providers;
    }

    /** The domains as typed, one per line or separated by spaces or commas; a leading {@code @} is allowed. */
    @Transactional
    List<String> set(Actor actor, String typed) {
        permissions.require(actor, Action.MANAGE_PLATFORM);
        List<String> domains = parse(typed);
        if (!domains.isEmpty() && !providers.any()) {
            throw new InvalidInputException("domains", Text.of("identity.admin.domains.no-provider"));
        }
        settings.setOrganisationDomains(domains);
        return domains;
    }

    static List<String> parse(String typed) {
        String text = typed == null ? "" : typed;
        if (text.length() > MAX_TYPED) {
            throw new InvalidInputException("domains", Text.of("identity.admin.domains.too-many", MAX_DOMAINS));
        }
        Set<String> domains = new LinkedHashSet<>();
        for (String word : text.split("[\\s,;]+")) {
            String domain = word.strip().toLowerCase(Locale.ROOT);
            if (domain.startsWith("@")) {
                domain = domain.substring(1);
            }
            if (domain.isEmpty()) {
                continue;
            }
            if (domain.length() > 253 || !DOMAIN.matcher(domain).matches()) {
                throw new InvalidInputException(
                        "domains",
                        Text.of(
                                "identity.admin.domains.bad",
                                domain.length() > 80 ? domain.substring(0, 80) + "…" : domain));
            }
            domains.add(domain);
        }
        if (domains.size() > MAX_DOMAINS) {
            throw new InvalidInputException("domains", Text.of("identity.admin.domains.too-many", MAX_DOMAINS));
        }
        return List.copyOf(domains);
    }
}
