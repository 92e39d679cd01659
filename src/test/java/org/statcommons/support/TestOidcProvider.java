package org.statcommons.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real OpenID Connect provider in the test's process (NAV's mock-oauth2-server: discovery, authorisation, token,
 * keys and user info endpoints, tokens signed with its own keys), on the port the build reserved for this fork, where
 * the test configuration's provider {@code office} expects it ({@link StatCommonsIntegrationTest}). Each sign-in
 * takes the next identity queued with {@link #willSignIn}; the provider's login screen is skipped, as for someone
 * already signed in at their office.
 *
 * <pre>{@code
 * @RegisterExtension static TestOidcProvider office = new TestOidcProvider();
 * office.willSignIn("sub-1", Map.of("email", "ana@stats.example.org", "email_verified", true));
 * }</pre>
 */
public final class TestOidcProvider implements BeforeAllCallback, AfterAllCallback {

    public static final String ISSUER_ID = "office";
    public static final String CLIENT_ID = "statcommons";

    private final MockOAuth2Server server = new MockOAuth2Server();

    @Override
    public void beforeAll(ExtensionContext context) throws UnknownHostException {
        server.start(
                InetAddress.getByName("localhost"),
                Integer.getInteger(
                        "statcommons.test.oidc-port." + Integer.getInteger("statcommons.test.fork", 1), 8089));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.shutdown();
    }

    /**
     * The next sign-in is of this subject with these claims, in tokens valid for an hour. A claim given here replaces
     * the provider's own ({@code iss}, {@code aud}, {@code iat}, {@code exp}): a token for another application, from
     * another issuer or expired.
     */
    public void willSignIn(String subject, Map<String, Object> claims) {
        server.enqueueCallback(
                new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }
}
