package org.statcommons.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.statcommons.access.PlatformRole;
import org.statcommons.identity.Account;
import org.statcommons.identity.AccountForm;
import org.statcommons.identity.CreateAccessToken;
import org.statcommons.identity.CreateAccount;
import org.statcommons.identity.NewAccessToken;
import org.statcommons.identity.TokenScope;
import org.statcommons.platform.EmailAddress;

/**
 * Helpers for tests that drive the running application over HTTP: accounts made directly (the sign-up
 * pages are tested elsewhere), browser-like sessions that sign in and post forms with their CSRF token, and
 * API calls with a personal access token.
 */
public final class CommunityTestFixtures {

    public static final String PASSWORD = "lantern quietly orbits 42";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final int port;
    private final CreateAccount registration;
    private final CreateAccessToken tokens;

    public CommunityTestFixtures(int port, CreateAccount registration, CreateAccessToken tokens) {
        this.port = port;
        this.registration = registration;
        this.tokens = tokens;
    }

    /** A new account with a unique e-mail address built from {@code name}. */
    public Account account(String name, String country, String organisationKind, PlatformRole role) {
        String email = name.toLowerCase().replaceAll("[^a-z0-9]", "") + "." + SEQUENCE.incrementAndGet() + "@example.org";
        return registration.create(new AccountForm(email, PASSWORD,
                name, "Org of " + name, organisationKind, country, "Pacific/Fiji", List.of("en"), "").newAccount(new EmailAddress(email)), role);
    }

    public Account account(String name) {
        return account(name, "FJ", "NATIONAL_STATISTICAL_OFFICE", PlatformRole.NONE);
    }

    public String uniqueSlug(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }

    /** A read-write personal access token for the account. */
    public String token(Account account) {
        return token(account, EnumSet.of(TokenScope.READ, TokenScope.WRITE));
    }

    /** A personal access token for the account with exactly the given scopes. */
    public String token(Account account, java.util.Set<TokenScope> scopes) {
        return tokens.create(account.id(), new NewAccessToken("test", scopes, null)).secret();
    }

    public Session anonymous() {
        return new Session(port);
    }

    public Session signedIn(Account account) {
        Session session = new Session(port);
        HttpResponse<String> response = session.post("/sign-in", Map.of("email", account.email(), "password", PASSWORD));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Sign-in failed for " + account.email() + ": " + response.statusCode());
        }
        return session;
    }

    public Api api(String token) {
        return new Api(port, token);
    }

    public Api anonymousApi() {
        return new Api(port, null);
    }

    /** A browser without JavaScript: keeps cookies, follows no redirects, sends the form's CSRF token. */
    public static final class Session {

        private final int port;
        private final HttpClient client;

        Session(int port) {
            this.port = port;
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }

        public HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET().build());
        }

        /** Posts a form, first reading a CSRF token from a page of this session. */
        public HttpResponse<String> post(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf());
            return postRaw(path, all);
        }

        /** Posts exactly the given fields (to test a missing CSRF token, say). */
        public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
            List<String> pairs = new ArrayList<>();
            fields.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))).build());
        }

        public String csrf() {
            HttpResponse<String> page = get("/sign-in");
            Matcher matcher = CSRF.matcher(page.body());
            if (!matcher.find()) {
                throw new IllegalStateException("No CSRF token on the sign-in page");
            }
            return matcher.group(1);
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** JSON calls to /api/v1 with a bearer token (or none). */
    public static final class Api {

        private final int port;
        private final String token;
        private final HttpClient client = HttpClient.newHttpClient();

        Api(int port, String token) {
            this.port = port;
            this.token = token;
        }

        public HttpResponse<String> get(String path) {
            return send("GET", path, null);
        }

        public HttpResponse<String> post(String path, String json) {
            return send("POST", path, json);
        }

        public HttpResponse<String> patch(String path, String json) {
            return send("PATCH", path, json);
        }

        public HttpResponse<String> delete(String path, String json) {
            return send("DELETE", path, json);
        }

        /**
         * Sends a browser form (no CSRF token, no cookie) with this API's token: how a leaked token would be
         * tried against the HTML pages.
         */
        public HttpResponse<String> sendForm(String method, String path, Map<String, String> fields) {
            List<String> pairs = new ArrayList<>();
            fields.forEach((k, v) -> pairs.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(v, StandardCharsets.UTF_8)));
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .method(method, "GET".equals(method) ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(String.join("&", pairs)));
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return send(builder);
        }

        public HttpResponse<String> send(String method, String path, String json) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            if (json != null) {
                builder.header("Content-Type", "application/json");
            }
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            return send(builder);
        }

        private HttpResponse<String> send(HttpRequest.Builder builder) {
            try {
                return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
