package org.statcommons.identity;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;
import org.statcommons.platform.StatCommonsProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The configured OpenID Connect providers, each read from its issuer's discovery document on first use rather
 * than at start-up: a provider that is down or mistyped then costs its own button a clear message
 * ({@link ProviderUnavailableException}), not the whole server its start. A provider read once is kept; one that
 * could not be read is asked again next time.
 */
@Component
public class SignInProviders implements ClientRegistrationRepository {

    /** A provider as the sign-in page lists it. */
    public record Listed(String id, String name) {}

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_DOCUMENT = 256 * 1024;

    private final Map<String, OrganisationSignInProperties.Provider> configured;
    private final StatCommonsProperties properties;
    private final Map<String, ClientRegistration> read = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final JsonMapper json = JsonMapper.builder().build();

    SignInProviders(OrganisationSignInProperties settings, StatCommonsProperties properties) {
        this.configured = Map.copyOf(settings.providers());
        this.properties = properties;
    }

    boolean any() {
        return !configured.isEmpty();
    }

    /** The sign-in buttons, by name (also offered where an invitation is accepted). */
    public List<Listed> listed() {
        return configured.entrySet().stream()
                .map(e -> new Listed(e.getKey(), nameOf(e.getKey(), e.getValue())))
                .sorted(Comparator.comparing(Listed::name))
                .toList();
    }

    Optional<String> name(String id) {
        return Optional.ofNullable(configured.get(id)).map(p -> nameOf(id, p));
    }

    boolean trustsEmail(String id) {
        OrganisationSignInProperties.Provider provider = configured.get(id);
        return provider != null && provider.trustEmail();
    }

    /** Null for a provider that is not configured or cannot be read now (as Spring Security expects). */
    @Override
    public ClientRegistration findByRegistrationId(String id) {
        try {
            return configured.containsKey(id) ? registration(id) : null;
        } catch (ProviderUnavailableException e) {
            return null;
        }
    }

    /**
     * The provider's registration, reading its discovery document if not yet read. Throws
     * {@link ProviderUnavailableException} when it cannot be reached, answers something else than a discovery
     * document, or names another issuer than the one configured (which would let another provider's tokens in).
     */
    ClientRegistration registration(String id) {
        ClientRegistration known = read.get(id);
        if (known != null) {
            return known;
        }
        OrganisationSignInProperties.Provider provider = configured.get(id);
        if (provider == null || provider.issuer() == null || provider.issuer().isBlank()) {
            throw new ProviderUnavailableException(id, "no issuer is configured");
        }
        String issuer = provider.issuer().strip();
        Map<String, Object> metadata = discover(id, issuer);
        if (!issuer.equals(metadata.get("issuer"))) {
            throw new ProviderUnavailableException(
                    id,
                    "its discovery document names the issuer '" + metadata.get("issuer") + "', not '" + issuer + "'");
        }
        ClientRegistration registration;
        try {
            registration = ClientRegistrations.fromOidcConfiguration(metadata)
                    .registrationId(id)
                    .clientName(nameOf(id, provider))
                    .clientId(provider.clientId() == null ? "" : provider.clientId())
                    .clientSecret(provider.clientSecret())
                    .scope("openid", "profile", "email")
                    .redirectUri(properties.link("/login/oauth2/code/{registrationId}"))
                    .build();
        } catch (RuntimeException e) {
            throw new ProviderUnavailableException(id, "its discovery document cannot be used: " + e.getMessage());
        }
        read.put(id, registration);
        return registration;
    }

    private Map<String, Object> discover(String id, String issuer) {
        String address = (issuer.endsWith("/") ? issuer : issuer + "/") + ".well-known/openid-configuration";
        try {
            HttpResponse<InputStream> answer = http.send(
                    HttpRequest.newBuilder(URI.create(address))
                            .timeout(TIMEOUT)
                            .header("Accept", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] body;
            try (InputStream in = answer.body()) {
                // read no more than a discovery document can be: an issuer answering without end fills no memory
                body = in.readNBytes(MAX_DOCUMENT + 1);
            }
            if (answer.statusCode() != 200 || body.length > MAX_DOCUMENT) {
                throw new ProviderUnavailableException(
                        id, address + " answered " + answer.statusCode() + " with " + body.length + "+ bytes");
            }
            return json.readValue(body, new TypeReference<Map<String, Object>>() {});
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            throw new ProviderUnavailableException(id, address + " could not be read: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException(id, "interrupted");
        }
    }

    private static String nameOf(String id, OrganisationSignInProperties.Provider provider) {
        return provider.name() == null || provider.name().isBlank()
                ? id
                : provider.name().strip();
    }

    /** A provider that cannot be used now; the reason is for the operator's log, not the person signing in. */
    static final class ProviderUnavailableException extends RuntimeException {

        private final String provider;

        ProviderUnavailableException(String provider, String reason) {
            super("The OpenID Connect provider '" + provider + "' cannot be used: " + reason);
            this.provider = provider;
        }

        String provider() {
            return provider;
        }
    }
}
