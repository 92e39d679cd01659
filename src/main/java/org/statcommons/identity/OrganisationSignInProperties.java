package org.statcommons.identity;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OpenID Connect providers people may sign in with (their organisation's account: Keycloak, Microsoft Entra ID,
 * Google, …), by a short name used in addresses ({@code /sign-in/with/{name}}). None by default: password sign-in
 * only. Set by environment variables, one group per provider, for example {@code STATCOMMONS_OIDC_PROVIDERS_OFFICE_ISSUER},
 * {@code …_CLIENTID}, {@code …_CLIENTSECRET}, {@code …_NAME} (docs/operations.md).
 *
 * @param providers the providers by short name
 */
@ConfigurationProperties("statcommons.oidc")
record OrganisationSignInProperties(@DefaultValue Map<String, Provider> providers) {

    /**
     * @param name         what the sign-in button says ("Sign in with {name}"); the short name when empty
     * @param issuer       the provider's issuer URL, from which its endpoints and keys are discovered
     *                     ({@code /.well-known/openid-configuration})
     * @param clientId     this server's client id at the provider
     * @param clientSecret this server's client secret there
     * @param trustEmail   take the provider's e-mail address as confirmed even without its {@code email_verified}
     *                     claim (for providers that confirm every address but do not say so, such as some company
     *                     directories); off by default, so an unconfirmed address never reaches someone's account
     */
    record Provider(
            String name,
            String issuer,
            String clientId,
            String clientSecret,
            @DefaultValue("false") boolean trustEmail) {}
}
