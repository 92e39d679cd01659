package org.statcommons.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The one HTTP client of the tests: a person visiting the running server without a browser. A visitor keeps its
 * own cookies (so its own session), reads pages, posts forms with their CSRF token, signs in, uploads and downloads
 * files, and calls the JSON API with its session or with a personal access token. Redirects are followed by
 * {@link #get}, {@link #post} and {@link #submit}, and not by their {@code *NoFollow} twins, which let a test look at
 * the redirect itself ({@link Page#location()}). Every answer is a {@link Page}; a request that gets no answer at all
 * throws {@link UncheckedIOException}.
 *
 * <pre>{@code
 * @Autowired Fixtures fixtures;
 *
 * Visitor amina = fixtures.signedIn(fixtures.account("Amina"));          // or fixtures.anonymous()
 * Page saved = amina.submit("/account", "/account/profile", fields("displayName", "Amina W."));  // CSRF of /account
 * Page refused = amina.submitNoFollow("/c/census/join", fields("acceptConduct", "true"));          // CSRF of the session
 * Page forged = amina.postNoFollow("/account/profile", fields("displayName", "x"));               // no CSRF: 403
 * Page created = amina.api("POST", "/api/v1/flags", "{\"item\":\"comment:1\",\"reason\":\"SPAM\"}");
 * Page listed = fixtures.bearer(fixtures.token(account)).api("GET", "/api/v1/me", null);   // a token, no cookies
 * }</pre>
 */
public final class Visitor {

    /** The hidden CSRF field of a form, its attributes in any order. */
    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*\\bname=\"_csrf\"[^>]*>");

    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]+)\"");
    /** Generous: the machine running the tests is shared, and some tests send a megabyte. */
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private static final int REDIRECTS = 10;

    private final String base;
    private final String token;
    private final CookieManager cookies;
    private final HttpClient client;

    /** An anonymous visitor of the server on this local port. */
    public Visitor(int port) {
        this(port, null, true);
    }

    private Visitor(int port, String token, boolean keepsCookies) {
        this.base = "http://localhost:" + port;
        this.token = token;
        this.cookies = keepsCookies ? new CookieManager(null, CookiePolicy.ACCEPT_ALL) : null;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        this.client = (cookies == null ? builder : builder.cookieHandler(cookies)).build();
    }

    /**
     * A script calling the API: it holds a personal access token (sent as {@code Authorization: Bearer} on every
     * request), or none when null, and keeps no cookies, so each call stands on the token alone.
     */
    static Visitor apiClient(int port, String token) {
        return new Visitor(port, token, false);
    }

    /** An answer: status, body as text, the address it came from (after redirects) and headers. */
    public record Page(int status, String body, URI uri, HttpHeaders headers) {

        /** The CSRF token of the first form on the page. */
        public String csrf() {
            Matcher input = CSRF_INPUT.matcher(body);
            if (input.find()) {
                Matcher value = VALUE.matcher(input.group());
                if (value.find()) {
                    return value.group(1);
                }
            }
            throw new AssertionError("No _csrf field on " + uri + " (status " + status + ")");
        }

        public boolean contains(String text) {
            return body.contains(text);
        }

        /** The {@code Location} header, or null. */
        public String location() {
            return header("Location");
        }

        /** The first value of a header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The {@code Content-Type} header, or the empty text. */
        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** The path (and query) of the final address. */
        public String path() {
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        }

        /** Text with tags removed and HTML entities for quotes and ampersands decoded, for message checks. */
        public String text() {
            return body.replaceAll("<[^>]+>", " ")
                    .replace("&#39;", "'")
                    .replace("&quot;", "\"")
                    .replace("&amp;", "&")
                    .replaceAll("\\s+", " ");
        }
    }

    /** An answer read as bytes (files). */
    public record Download(int status, byte[] body, HttpHeaders headers) {
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    // ---- pages

    public Page get(String path) {
        return follow(getNoFollow(path));
    }

    /** GETs without following a redirect, with extra request headers (name, value, …). */
    public Page getNoFollow(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return exchange(request);
    }

    // ---- forms

    /** POSTs exactly these form fields (no CSRF token added: add "_csrf" yourself, or use {@link #submit}). */
    public Page post(String path, Map<String, ?> fields) {
        return follow(postNoFollow(path, fields));
    }

    public Page postNoFollow(String path, Map<String, ?> fields) {
        return send("POST", path, fields);
    }

    /** Sends exactly these form fields with any method (a GET sends none); redirects are not followed. */
    public Page send(String method, String path, Map<String, ?> fields) {
        byte[] body = "GET".equals(method) ? null : form(fields).getBytes(StandardCharsets.ISO_8859_1);
        return bytes(request(path), method, "application/x-www-form-urlencoded", body);
    }

    /** GETs the page with the form, then POSTs the fields to {@code action} with that page's CSRF token. */
    public Page submit(String formPage, String action, Map<String, ?> fields) {
        return post(action, withCsrf(get(formPage).csrf(), fields));
    }

    public Page submitNoFollow(String formPage, String action, Map<String, ?> fields) {
        return postNoFollow(action, withCsrf(get(formPage).csrf(), fields));
    }

    /** POSTs the fields to {@code action} with this visitor's CSRF token, as any of its pages' forms would. */
    public Page submit(String action, Map<String, ?> fields) {
        return post(action, withCsrf(csrfToken(), fields));
    }

    public Page submitNoFollow(String action, Map<String, ?> fields) {
        return postNoFollow(action, withCsrf(csrfToken(), fields));
    }

    /** This visitor's CSRF token, for forms or the {@code X-CSRF-TOKEN} header of API calls made with its session. */
    public String csrfToken() {
        return get("/sign-in").csrf();
    }

    // ---- files

    /**
     * Uploads one file as {@code multipart/form-data} in the field {@code file}, with the CSRF token of
     * {@code formPage} in the field {@code _csrf}, as a browser's form does. Redirects are not followed.
     */
    public Page upload(String formPage, String action, String fileName, String contentType, byte[] content) {
        return multipart(
                action,
                Map.of("_csrf", get(formPage).csrf()),
                fileName.replace("\"", "%22").getBytes(StandardCharsets.UTF_8),
                contentType,
                content);
    }

    /** Uploads one file ({@code file} field) to the JSON API with this visitor's session and CSRF header, or its token. */
    public Page apiUpload(String path, String fileName, String contentType, byte[] content) {
        return apiUpload(path, fileName.replace("\"", "%22").getBytes(StandardCharsets.UTF_8), contentType, content);
    }

    /** {@link #apiUpload(String, String, String, byte[])} with the file's name sent as exactly these bytes. */
    public Page apiUpload(String path, byte[] fileName, String contentType, byte[] content) {
        Map<String, String> headers = new LinkedHashMap<>(Map.of("Accept", "application/json"));
        if (cookies != null && token == null) {
            headers.put("X-CSRF-TOKEN", csrfToken());
        }
        return multipart(path, Map.of(), headers, fileName, contentType, content);
    }

    /**
     * POSTs a multipart form: the fields (text, or raw bytes for a {@code byte[]} value) and one file in the field
     * {@code file}, whose name is sent as exactly these bytes. No CSRF token is added; redirects are not followed.
     */
    public Page multipart(String path, Map<String, ?> fields, byte[] fileName, String contentType, byte[] content) {
        return multipart(path, fields, Map.of(), fileName, contentType, content);
    }

    private Page multipart(
            String path,
            Map<String, ?> fields,
            Map<String, String> headers,
            byte[] fileName,
            String contentType,
            byte[] content) {
        String boundary = "----statcommons" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            body.writeBytes(
                    utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"));
            body.writeBytes(value instanceof byte[] bytes ? bytes : utf8(String.valueOf(value)));
            body.writeBytes(utf8("\r\n"));
        });
        body.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""));
        body.writeBytes(fileName);
        body.writeBytes(utf8("\"\r\nContent-Type: " + contentType + "\r\n\r\n"));
        body.writeBytes(content);
        body.writeBytes(utf8("\r\n--" + boundary + "--\r\n"));
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return exchange(request);
    }

    /** GETs a file as bytes, with extra request headers (name, value, …); redirects are not followed. */
    public Download download(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.body(), response.headers());
    }

    /** GETs a file and reads it as it arrives, keeping none of it: its status and how many bytes it had. */
    public long[] streamedSize(String path) {
        HttpResponse<java.io.InputStream> response =
                send(request(path).GET(), HttpResponse.BodyHandlers.ofInputStream());
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (java.io.InputStream in = response.body()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new long[] {response.statusCode(), size};
    }

    // ---- signing in

    /** Signs in through the sign-in form; returns the page it lands on (the sign-in page again on failure). */
    public Page signIn(String email, String password) {
        return submit("/sign-in", "/sign-in", Map.of("email", email, "password", password));
    }

    public Page signOut() {
        return submit("/", "/sign-out", Map.of());
    }

    // ---- the JSON API

    /**
     * A JSON API call ({@code json} null for none) with this visitor's token, or else its session's cookies, writes
     * then carrying the session's CSRF header as a page's script would. Redirects are not followed.
     */
    public Page api(String method, String path, String json) {
        return api(method, path, "application/json", json == null ? null : utf8(json));
    }

    /** An API call whose body is exactly these bytes (null for none), for bodies no JSON encoder would make. */
    public Page api(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder request = request(path).header("Accept", "application/json");
        if (cookies != null && token == null && !"GET".equals(method)) {
            request.header("X-CSRF-TOKEN", csrfToken());
        }
        return bytes(request, method, contentType, body);
    }

    private Page bytes(HttpRequest.Builder request, String method, String contentType, byte[] body) {
        if (body == null) {
            return exchange(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return exchange(request.header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Sends a request built by the test (any method and header), with this visitor's cookies or token; redirects are
     * not followed. Start it with {@link #request(String)}.
     */
    public Page exchange(HttpRequest.Builder request) {
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(response.statusCode(), response.body(), response.uri(), response.headers());
    }

    /** A request to a path of this server (or to a full address), with the visitors' time limit. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .timeout(TIMEOUT);
    }

    // ---- cookies

    /** The value of one of this visitor's cookies, or null. */
    public String cookie(String name) {
        return cookies == null
                ? null
                : cookies.getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals(name))
                        .map(HttpCookie::getValue)
                        .findFirst()
                        .orElse(null);
    }

    /** Puts a cookie in this visitor's jar, as if the server had set it (for a cookie copied from another visitor). */
    public void setCookie(String name, String value, String path) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath(path);
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base + "/"), cookie);
    }

    /** Form fields in the order given: {@code fields("title", "Guide", "body", "Text")}. */
    public static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static Map<String, Object> withCsrf(String csrf, Map<String, ?> fields) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf);
        return all;
    }

    private Page follow(Page page) {
        Page current = page;
        for (int i = 0;
                i < REDIRECTS && current.status() >= 300 && current.status() < 400 && current.location() != null;
                i++) {
            current = exchange(request(current.uri().resolve(current.location()).toString())
                    .GET());
        }
        return current;
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
        if (token != null) {
            builder.setHeader("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        try {
            return client.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /**
     * Form encoding; a collection value becomes a repeated field (checkboxes, multiple selects), a {@code byte[]}
     * value is sent as it is (already encoded, for bytes no encoder would make).
     */
    private static String form(Map<String, ?> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((name, value) -> {
            Iterable<?> values = value instanceof Iterable<?> many ? many : List.of(value == null ? "" : value);
            for (Object one : values) {
                parts.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + (one instanceof byte[] raw
                                ? new String(raw, StandardCharsets.ISO_8859_1)
                                : URLEncoder.encode(String.valueOf(one), StandardCharsets.UTF_8)));
            }
        });
        return String.join("&", parts);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
