package org.statcommons.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser-like visitor of the running server, without a browser: a {@link HttpClient} with its own cookies
 * (so its own session). It GETs pages, POSTs forms with the page's CSRF token, signs in, and calls the JSON
 * API with a session or a bearer token. Redirects are followed by {@link #get} and {@link #post}, and not by
 * the {@code *NoFollow} variants, which let a test look at {@code Location}.
 *
 * <pre>{@code
 * WebClientSession alice = new WebClientSession(port);
 * alice.signIn("alice@example.org", "a long enough password");
 * Page page = alice.submit("/account", "/account/profile", Map.of("displayName", "Alice"));
 * }</pre>
 */
public final class WebClientSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    public WebClientSession(int port) {
        this("http://localhost:" + port);
    }

    public WebClientSession(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A response: status, body, the address it came from (after redirects) and headers. */
    public record Page(int status, String body, URI uri, HttpHeaders headers) {

        /** The CSRF token of the first form on the page. */
        public String csrf() {
            Matcher m = CSRF.matcher(body);
            if (!m.find()) {
                throw new AssertionError("No _csrf field on " + uri + " (status " + status + ")");
            }
            return m.group(1) != null ? m.group(1) : m.group(2);
        }

        public boolean contains(String text) {
            return body.contains(text);
        }

        public String location() {
            return headers.firstValue("Location").orElse(null);
        }

        /** The path (and query) of the final address. */
        public String path() {
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        /** Text with tags removed and HTML entities for quotes and ampersands decoded, for message checks. */
        public String text() {
            return body.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"")
                    .replace("&amp;", "&").replaceAll("\\s+", " ");
        }
    }

    public Page get(String path) {
        return follow(send(HttpRequest.newBuilder(uri(path)).GET()), 10);
    }

    public Page getNoFollow(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** POSTs form fields as they are (add "_csrf" yourself, or use {@link #submit}). */
    public Page post(String path, Map<String, ?> fields) {
        return follow(postNoFollow(path, fields), 10);
    }

    public Page postNoFollow(String path, Map<String, ?> fields) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    /** GETs the page with the form, then POSTs the fields to {@code action} with the page's CSRF token. */
    public Page submit(String formPage, String action, Map<String, ?> fields) {
        return post(action, withCsrf(get(formPage), fields));
    }

    public Page submitNoFollow(String formPage, String action, Map<String, ?> fields) {
        return postNoFollow(action, withCsrf(get(formPage), fields));
    }

    /**
     * Uploads one file as {@code multipart/form-data} in the field {@code file}, with the CSRF token of
     * {@code formPage} in the field {@code _csrf}, as a browser's form does. Redirects are not followed.
     */
    public Page upload(String formPage, String action, String fileName, String contentType, byte[] content) {
        String csrf = get(formPage).csrf();
        return multipart(HttpRequest.newBuilder(uri(action)), Map.of("_csrf", csrf), fileName, contentType, content);
    }

    /** Uploads one file ({@code file} field) to the JSON API with this session and the CSRF header. */
    public Page apiUpload(String path, String fileName, String contentType, byte[] content) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrfToken());
        return multipart(request, Map.of(), fileName, contentType, content);
    }

    private Page multipart(HttpRequest.Builder request, Map<String, String> fields, String fileName, String contentType, byte[] content) {
        String boundary = "----statcommons" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName.replace("\"", "%22")).append("\"\r\n")
                .append("Content-Type: ").append(contentType).append("\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A response read as bytes (files). */
    public record Download(int status, byte[] body, HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** GETs a file as bytes, with extra request headers (name, value, …); redirects are not followed. */
    public Download download(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(30));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new AssertionError("Request to " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** Signs in through the sign-in form; returns the page it lands on (the sign-in page again on failure). */
    public Page signIn(String email, String password) {
        return submit("/sign-in", "/sign-in", Map.of("email", email, "password", password));
    }

    public Page signOut() {
        return submit("/", "/sign-out", Map.of());
    }

    /** A CSRF token for API calls made with this session's cookie ({@code X-CSRF-TOKEN} header). */
    public String csrfToken() {
        return get("/sign-in").csrf();
    }

    /** A JSON API call with this session's cookies; writes carry the CSRF header. */
    public Page api(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json");
        if (!"GET".equals(method)) {
            request.header("X-CSRF-TOKEN", csrfToken());
        }
        return send(withBody(request, method, json));
    }

    /** A JSON API call with a personal access token and no cookies. */
    public static Page bearer(int port, String token, String method, String path, String json) {
        HttpClient bare = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token);
        return send(bare, withBody(request, method, json).build());
    }

    /** The session cookie's value, to check that a session was replaced or ended. */
    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION")
                || c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The value of one of this browser's cookies, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Puts a cookie in this browser, as if the server had set it (for a cookie copied from another browser). */
    public void setCookie(String name, String value, String path) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath(path);
        cookie.setVersion(0);
        cookies.getCookieStore().add(uri("/"), cookie);
    }

    public static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> withCsrf(Page formPage, Map<String, ?> fields) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("_csrf", formPage.csrf());
        return all;
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder request, String method, String json) {
        if (json == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    private Page follow(Page page, int hops) {
        Page current = page;
        for (int i = 0; i < hops && current.status() >= 300 && current.status() < 400 && current.location() != null; i++) {
            current = send(HttpRequest.newBuilder(current.uri().resolve(current.location())).GET());
        }
        return current;
    }

    private Page send(HttpRequest.Builder request) {
        return send(client, request.timeout(Duration.ofSeconds(30)).build());
    }

    private static Page send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.body(), response.uri(), response.headers());
        } catch (IOException e) {
            throw new AssertionError("Request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    /** Form encoding; a collection value becomes a repeated field (checkboxes, multiple selects). */
    private static String form(Map<String, ?> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((name, value) -> {
            Iterable<?> values = value instanceof Iterable<?> many ? many : List.of(value == null ? "" : value);
            for (Object one : values) {
                parts.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(String.valueOf(one), StandardCharsets.UTF_8));
            }
        });
        return String.join("&", parts);
    }
}
