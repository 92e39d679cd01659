package org.statcommons.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser without the browser: keeps the session cookie, signs in through the real form and posts
 * forms with the CSRF token taken from a page, as a browser would. Redirects are not followed, so tests can
 * see them.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    private WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** Signs in with the sign-in form; fails the test when the server does not accept it. */
    public static WebSession signedIn(int port, String email, String password) {
        WebSession session = new WebSession(port);
        HttpResponse<String> answer = session.post("/sign-in", Map.of("email", email, "password", password));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new AssertionError("Sign-in as " + email + " failed: " + answer.statusCode() + " " + location);
        }
        return session;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET());
    }

    /** Posts a form with this session's CSRF token, as the page's own form would. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", csrfToken());
        return postWithoutCsrf(path, withToken);
    }

    /** Posts a form as a forged cross-site request would: without the CSRF token. */
    public HttpResponse<String> postWithoutCsrf(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * This session's CSRF token, for forms or the {@code X-CSRF-TOKEN} header. Every page for a signed-in person
     * has the sign-out form; the sign-in page has one for everyone else.
     */
    public String csrfToken() {
        for (String page : new String[] {"/", "/sign-in"}) {
            Matcher token = CSRF.matcher(get(page).body());
            if (token.find()) {
                return token.group(1);
            }
        }
        throw new AssertionError("No page offered a CSRF token");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
