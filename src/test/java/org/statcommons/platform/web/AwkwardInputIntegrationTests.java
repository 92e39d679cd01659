package org.statcommons.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.statcommons.access.Actor;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.CreateAccessToken;
import org.statcommons.identity.NewAccessToken;
import org.statcommons.identity.TokenScope;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 16, F6: input that answered 500 instead of a clear 400. First the three cases found (a search for 40
 * '-' in a row, anonymous too; a NUL in a page path through the web form; a NUL in an attachment's name), then a
 * corpus of awkward inputs — NUL, half a surrogate pair, malformed UTF-8 and the wrong encoding as raw bytes, 10,000
 * operators, a very long word, 1 MB of text — sent to every text field of every form, query and JSON body, and
 * every text path variable, of every endpoint the handler mappings list, as a signed-in administrator (pages) and
 * with the administrator's token (API), so that each request gets past the permission check. No answer may be 5xx.
 * One awkward value in one input per request, the others plausible, so that the value reaches as far as it can; the
 * features are walked side by side (three at a time), which also puts the server under concurrent load.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwkwardInputIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Fixtures fixtures;

    @Autowired
    CreateAccessToken tokens;

    @Autowired
    JdbcClient db;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Account admin;
    Account target;
    Community community;
    /** The administrator, signed in, and the CSRF token of that session. */
    Visitor browser;

    String csrf;
    /** The administrator's token, for the API. */
    Visitor api;

    String token;
    /** Ids of things that exist, by the name of the path variable or the segment before {@code {id}}. */
    final Map<String, String> ids = new LinkedHashMap<>();

    /**
     * One awkward value, as each channel carries it: percent-encoded in a form body, query or path ({@code url};
     * null when it cannot fit in a request line), a JSON value as raw bytes, a file name as raw header bytes.
     */
    record Awkward(String name, byte[] form, byte[] json, byte[] fileName, String url, boolean notText) {

        static Awkward text(String name, String text, boolean inUrl) {
            String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
            return new Awkward(
                    name,
                    ascii(encoded),
                    ascii(jsonString(text)),
                    (text + ".csv").getBytes(StandardCharsets.UTF_8),
                    inUrl ? encoded : null,
                    false);
        }

        static Awkward raw(String name, String formAndUrl, String jsonEscaped, byte[] rawBytes) {
            return new Awkward(
                    name,
                    ascii(formAndUrl),
                    jsonEscaped != null
                            ? ascii("\"" + jsonEscaped + "\"")
                            : concat(ascii("\"a"), rawBytes, ascii("b\"")),
                    concat(ascii("a"), rawBytes, ascii("b.csv")),
                    formAndUrl,
                    true);
        }
    }

    static final List<Awkward> CORPUS = List.of(
            Awkward.raw("NUL", "a%00b", "a\\u0000b", new byte[] {0}),
            Awkward.raw("half a surrogate pair", "a%ED%A0%80b", "a\\ud800b", new byte[] {
                (byte) 0xED, (byte) 0xA0, (byte) 0x80
            }),
            Awkward.raw("malformed UTF-8", "a%FF%FEb", null, new byte[] {(byte) 0xFF, (byte) 0xFE}),
            Awkward.raw("Latin-1 sent as UTF-8", "caf%E9", null, new byte[] {(byte) 0xE9}),
            Awkward.text("10,000 '-'", "-".repeat(10_000), true),
            Awkward.text("10,000 search operators", "-\"!():or ".repeat(1_111), false),
            Awkward.text("a 100,000-letter word", letters(100_000, false), false),
            Awkward.text("a 10,000-letter word", letters(10_000, false), true),
            Awkward.text("1 MB of text", letters(1_000_000, true), false));

    private static final String SIGN_IN = "/sign-in";

    /** Features walked at once: a few, so that the server's threads and the database work side by side. */
    private static final int WALKERS = 3;

    private static final Pattern DESTRUCTIVE =
            Pattern.compile("delete|detach|remove|cancel|revoke|leave|close|move|suspend|unpublish|"
                    + "send|merge|decision|hide|reports|DELETE");

    /** Endpoints that would end the administrator's session: not walked. */
    private static final Set<String> LEFT_OUT = Set.of("/sign-out", "/error");

    /** What a form bound to a {@code Map} reads, which its signature does not name. */
    private static final Map<String, List<String>> MAP_FIELDS = Map.of(
            "MeetingController.create",
                    List.of(
                            "title",
                            "kind",
                            "agenda",
                            "duration",
                            "onlineLink",
                            "place",
                            "candidates",
                            "invite",
                            "topicGroupId",
                            "people"),
            "MeetingController.edit", List.of("title", "kind", "agenda", "duration", "onlineLink", "place", "start"),
            "MeetingController.answer", List.of("answer-1"),
            "AnswerLinkController.answer", List.of("answer-1"),
            "ProposalController.propose",
                    List.of("path", "title", "body", "baseCommit", "proposalTitle", "proposalDescription"),
            "PreferencesController.save", List.of("default", "c1"));

    @BeforeAll
    void setUp() throws Exception {
        admin = fixtures.account("Corpus Administrator", "FJ", "INTERNATIONAL", PlatformRole.ADMINISTRATOR);
        community = fixtures.community("Awkward input");
        target = fixtures.member(community, "Corpus Target", org.statcommons.access.CommunityRole.MEMBER);
        token = tokens.create(
                        admin.id(), new NewAccessToken("corpus", EnumSet.of(TokenScope.READ, TokenScope.WRITE), null))
                .secret();
        browser = fixtures.signedIn(admin);
        // one token for the whole walk: fetching it again for each of thousands of forms would double the requests
        csrf = browser.csrfToken();
        api = fixtures.bearer(token);
        assertThat(form(
                                browser,
                                csrf,
                                "POST",
                                "/c/" + community.slug() + "/topics",
                                Map.of(
                                        "topic",
                                        ascii("corpus-topic"),
                                        "name",
                                        ascii("Corpus topic"),
                                        "description",
                                        ascii("")))
                        .status())
                .isEqualTo(302);

        String api = "/api/v1/communities/" + community.slug();
        expectCreated(api(
                "PUT",
                api + "/pages/guide",
                "{\"title\":\"Guide\",\"body\":\"A page with @mentions and [[links]].\"}"));
        expectCreated(multipart(
                "/c/" + community.slug() + "/space/-/attach/guide",
                Map.of(),
                "data.csv".getBytes(StandardCharsets.UTF_8),
                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        JsonNode thread = json(api("POST", api + "/page-comments/guide", "{\"body\":\"A comment\"}"));
        ids.put("threads", thread.get("id").asString());
        ids.put("comments", thread.get("comments").get(0).get("id").asString());
        JsonNode discussion =
                json(api("POST", api + "/discussions", "{\"title\":\"A discussion\",\"body\":\"Its first post\"}"));
        ids.put("discussions", discussion.get("id").asString());
        ids.put("postId", discussion.findValue("posts").get(0).get("id").asString());
        JsonNode meeting = json(api(
                "POST",
                api + "/meetings",
                "{\"title\":\"A meeting\",\"candidates\":[\"" + LocalDate.now().plusDays(40) + " 10:00\"]}"));
        ids.put("meetings", meeting.get("id").asString());
        ids.put("candidate", meeting.get("candidates").get(0).get("id").asString());
        ids.put(
                "newsletters",
                json(api("POST", api + "/newsletters", "{\"subject\":\"News\",\"body\":\"Body\"}"))
                        .get("id")
                        .asString());
        ids.put(
                "proposals",
                json(api(
                                "POST",
                                api + "/proposals",
                                "{\"path\":\"proposed.md\",\"title\":\"Proposed\","
                                        + "\"body\":\"Text\",\"proposalTitle\":\"A proposal\"}"))
                        .findValue("id")
                        .asString());
        ids.put(
                "invitations",
                json(api("POST", api + "/invitations", "{\"email\":\"invited@example.org\",\"role\":\"MEMBER\"}"))
                        .get("id")
                        .asString());
        ids.put(
                "reports",
                json(api(
                                "POST",
                                "/api/v1/flags",
                                "{\"item\":\"comment:" + ids.get("comments") + "\",\"reason\":\"SPAM\"}"))
                        .get("entry")
                        .asString());
        ids.put("flags", ids.get("reports"));
        ids.put(
                "tokens",
                String.valueOf(
                        tokens.create(admin.id(), new NewAccessToken("to revoke", EnumSet.of(TokenScope.READ), null))
                                .token()
                                .id()));
        ids.put("accounts", String.valueOf(target.id()));
        ids.put("members", String.valueOf(target.id()));
        ids.put("memberships", String.valueOf(target.id()));
        ids.put("accountId", String.valueOf(target.id()));
    }

    @AfterAll
    void forgetSignInFailures() {
        // every request comes from 127.0.0.1: the corpus's failed sign-ins must not slow the next test class
        db.sql("delete from identity.sign_in_attempts").update();
    }

    @Test
    void aSearchForFortyDashesInARowIsAClearBadRequestForAnyone() {
        String dashes = "-".repeat(40);
        Page page = fixtures.anonymous().getNoFollow("/search?q=" + dashes);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Too many &#39;-&#39; in a row");
        Page api = fixtures.anonymous()
                .api(
                        "GET",
                        "/api/v1/search?q=" + URLEncoder.encode("census " + dashes + " data", StandardCharsets.UTF_8),
                        null);
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.contentType()).contains("application/problem+json");
        assertThat(api.body()).contains("\"field\":\"q\"", "Too many '-' in a row");
        assertThat(browser.getNoFollow("/search?q=" + dashes + "census").status())
                .as("signed in")
                .isEqualTo(400);
        assertThat(browser.getNoFollow(
                                "/search?q=" + URLEncoder.encode("census -agriculture --trade", StandardCharsets.UTF_8))
                        .status())
                .as("a few '-' still search")
                .isEqualTo(200);
    }

    @Test
    void aNulInAPagePathThroughTheFormIsAClearBadRequest() {
        Page answer = form(
                browser,
                csrf,
                "POST",
                "/c/" + community.slug() + "/space/-/new",
                Map.of("path", ascii("gu%00ide.md"), "title", ascii("Guide"), "body", ascii("Text")));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Please check what you entered", "contains a character that is not text");
    }

    @Test
    void aNulInAnAttachmentsFileNameIsAClearBadRequest() {
        byte[] name = concat(ascii("re"), new byte[] {0}, ascii("port.pdf"));
        Page page = multipart("/c/" + community.slug() + "/space/-/attach/guide", Map.of(), name, ascii("%PDF-1.4"));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("The file&#39;s name contains a character that is not text");
        Page api = this.api.apiUpload(
                "/api/v1/communities/" + community.slug() + "/pages/guide/attachments",
                name,
                "application/octet-stream",
                ascii("%PDF-1.4"));
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.contentType()).contains("application/problem+json");
    }

    @Test
    void aNulOrHalfASurrogatePairInJsonIsAClearBadRequestNamingTheField() {
        String api = "/api/v1/communities/" + community.slug() + "/discussions";
        for (String awkward : List.of("a\\u0000b", "a\\ud800b", "a\\udc00b")) {
            Page answer = api("POST", api, "{\"title\":\"Fine\",\"body\":\"" + awkward + "\"}");
            assertThat(answer.status()).as(awkward).isEqualTo(400);
            assertThat(answer.body()).as(awkward).contains("\"field\":\"body\"", "not text");
        }
        assertThat(api("POST", api, "{\"title\":\"Emoji are text\",\"body\":\"\\ud83d\\udcca\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void everyTextFieldAndSearchBoxAnswersAwkwardInputWithoutAServerError() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints.size()).as("endpoints with text input").isGreaterThan(150);
        Tally tally = new Tally();
        // Features are walked side by side, each in its own order (a feature's inputs may find what its earlier
        // requests made); what deletes, moves, closes or sends comes after, one request at a time, in the order of
        // endpoints(), so that the rest found its page, thread and meeting.
        Map<String, List<Endpoint>> features = new TreeMap<>();
        endpoints.stream()
                .filter(endpoint -> !endpoint.destructive())
                .forEach(endpoint -> features.computeIfAbsent(endpoint.feature(), f -> new ArrayList<>())
                        .add(endpoint));
        ExecutorService walkers = Executors.newFixedThreadPool(WALKERS);
        try {
            List<Future<?>> walks = new ArrayList<>();
            for (List<Endpoint> feature : features.values()) {
                walks.add(walkers.submit(() -> feature.forEach(endpoint -> walk(endpoint, tally))));
            }
            for (Future<?> walk : walks) {
                walk.get();
            }
        } finally {
            walkers.shutdownNow();
        }
        endpoints.stream().filter(Endpoint::destructive).forEach(endpoint -> walk(endpoint, tally));

        // the walk stayed signed in, past the permission checks
        assertThat(browser.getNoFollow("/account").status()).isEqualTo(200);
        System.out.printf(
                "Awkward input: %d endpoints, %d requests, answers by status %s; slowest %d ms (%s)%n",
                endpoints.size(), tally.requests, tally.statuses, tally.slowest, tally.slowestRequest);
        System.out.printf("Awkward input: milliseconds by value %s%n", tally.millisByValue);
        assertThat(tally.failures).as("answers 5xx").isEmpty();
        // a generous bound on this shared machine: no input makes one request slow
        assertThat(tally.slowest)
                .as("the slowest request, " + tally.slowestRequest)
                .isLessThan(20_000);
        assertThat(tally.statuses.getOrDefault(403, 0) + tally.statuses.getOrDefault(401, 0))
                .as("refused by permission")
                .isLessThan(tally.requests / 20);
    }

    /**
     * Every awkward value in every text input of one endpoint, one request each; but a value that is not text (a NUL,
     * half a surrogate pair, bytes that are not UTF-8) goes into one parameter only once it was refused there:
     * {@link TextOnlyRequests} checks every parameter of every request before anything reads them
     * ({@code TextOnlyRequestsTests}), so the endpoint's other parameters would only repeat that check — a third of the
     * walk's requests. Path variables and JSON properties, read elsewhere, still get each value.
     */
    private void walk(Endpoint endpoint, Tally tally) {
        Set<String> refusedAtTheEdge = new HashSet<>();
        for (Field field : endpoint.fields()) {
            for (Awkward awkward : CORPUS) {
                boolean checkedAtTheEdge = awkward.notText() && field.where() == Where.PARAMETER;
                if (checkedAtTheEdge && refusedAtTheEdge.contains(awkward.name())) {
                    continue;
                }
                long started = System.nanoTime();
                Page answer = send(endpoint, field, awkward);
                if (answer != null) {
                    tally.add(
                            endpoint.method() + " " + endpoint.pattern() + " " + field.name() + " = " + awkward.name(),
                            awkward.name(),
                            answer,
                            (System.nanoTime() - started) / 1_000_000);
                    if (checkedAtTheEdge && answer.status() == 400) {
                        refusedAtTheEdge.add(awkward.name());
                    }
                }
            }
        }
    }

    /** What the walk found, added to from several threads. */
    static final class Tally {

        int requests;
        long slowest;
        String slowestRequest = "";
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        /** Milliseconds spent on each awkward value, all requests together: where the walk's time goes. */
        final Map<String, Long> millisByValue = new TreeMap<>();

        synchronized void add(String request, String value, Page answer, long millis) {
            requests++;
            millisByValue.merge(value, millis, Long::sum);
            statuses.merge(answer.status(), 1, Integer::sum);
            if (millis > slowest) {
                slowest = millis;
                slowestRequest = request;
            }
            if (answer.status() >= 500) {
                failures.add(request + " -> " + answer.status() + " "
                        + answer.body().substring(0, Math.min(200, answer.body().length())));
            }
        }
    }

    /** One text input of an endpoint: a form or query parameter, a JSON property, a path variable or a file's name. */
    record Field(String name, Where where, boolean list) {}

    enum Where {
        PARAMETER,
        JSON,
        PATH,
        FILE_NAME
    }

    /** A mapped handler, with every input it reads, and the feature it belongs to. */
    record Endpoint(String method, String pattern, boolean api, List<Field> fields, Class<?> bodyType, String feature) {

        /** What deletes, moves, closes or sends: walked last, so that the rest finds its page, thread and meeting. */
        boolean destructive() {
            return DESTRUCTIVE.matcher(method + " " + pattern).find();
        }
    }

    private List<Endpoint> endpoints() {
        DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
        List<Endpoint> list = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getName().startsWith("org.statcommons.")) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                if (LEFT_OUT.contains(pattern)) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    Endpoint endpoint = endpoint(method.name(), pattern, handler, names);
                    if (!endpoint.fields().isEmpty()) {
                        list.add(endpoint);
                    }
                }
            }
        }
        // the sign-in form is Spring Security's, not a handler's; sent from a browser of its own
        list.add(new Endpoint(
                "POST",
                SIGN_IN,
                false,
                List.of(
                        new Field("email", Where.PARAMETER, false),
                        new Field("password", Where.PARAMETER, false),
                        new Field("continue", Where.PARAMETER, false)),
                null,
                "identity"));
        list.sort(Comparator.comparing(Endpoint::destructive)
                .thenComparing(Endpoint::pattern)
                .thenComparing(Endpoint::method));
        return list;
    }

    private Endpoint endpoint(
            String method, String pattern, HandlerMethod handler, DefaultParameterNameDiscoverer names) {
        boolean api = pattern.startsWith("/api/");
        List<Field> fields = new ArrayList<>();
        Class<?> bodyType = null;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(names);
            Class<?> type = parameter.getParameterType();
            String name = parameter.getParameterName();
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
                String variable =
                        !path.name().isEmpty() ? path.name() : !path.value().isEmpty() ? path.value() : name;
                if (type == String.class) {
                    fields.add(new Field(variable, Where.PATH, false));
                }
            } else if (parameter.hasParameterAnnotation(RequestBody.class)) {
                bodyType = type;
                for (Map.Entry<String, Type> property : properties(type).entrySet()) {
                    if (isText(property.getValue())) {
                        fields.add(
                                new Field(property.getKey(), Where.JSON, !(property.getValue() instanceof Class<?>)));
                    }
                }
            } else if (MultipartFile.class.isAssignableFrom(type)) {
                fields.add(new Field(name, Where.FILE_NAME, false));
            } else if (Map.class.isAssignableFrom(type) && parameter.hasParameterAnnotation(RequestParam.class)) {
                String key = handler.getBeanType().getSimpleName() + "."
                        + handler.getMethod().getName();
                MAP_FIELDS
                        .getOrDefault(key, List.of("x"))
                        .forEach(field -> fields.add(new Field(field, Where.PARAMETER, false)));
            } else if (parameter.hasParameterAnnotation(RequestParam.class)
                    || BeanUtils.isSimpleProperty(type)
                    || Collection.class.isAssignableFrom(type)) {
                if (parameter.hasParameterAnnotation(RequestHeader.class)) {
                    continue;
                }
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                String field = param != null && !param.name().isEmpty()
                        ? param.name()
                        : param != null && !param.value().isEmpty() ? param.value() : name;
                fields.add(new Field(field, Where.PARAMETER, false));
            } else if (!isFramework(type) && !parameter.hasParameterAnnotation(RequestHeader.class)) {
                // a form object bound from the request's parameters
                properties(type).keySet().forEach(property -> fields.add(new Field(property, Where.PARAMETER, false)));
            }
        }
        // the feature: the first package under org.statcommons
        String feature = handler.getBeanType().getName().split("\\.")[2];
        return new Endpoint(method, pattern, api, fields, bodyType, feature);
    }

    private static boolean isFramework(Class<?> type) {
        return Actor.class.isAssignableFrom(type)
                || Model.class.isAssignableFrom(type)
                || RedirectAttributes.class.isAssignableFrom(type)
                || BindingResult.class.isAssignableFrom(type)
                || type.getName().startsWith("jakarta.")
                || type.getName().startsWith("org.springframework.")
                || type.getName().startsWith("java.");
    }

    /** The properties a body or form binds: a record's components, or a bean's writable properties. */
    private static Map<String, Type> properties(Class<?> type) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                properties.put(component.getName(), component.getGenericType());
            }
        } else {
            for (var descriptor : BeanUtils.getPropertyDescriptors(type)) {
                if (descriptor.getWriteMethod() != null) {
                    properties.put(
                            descriptor.getName(), descriptor.getWriteMethod().getGenericParameterTypes()[0]);
                }
            }
        }
        return properties;
    }

    /** A string, or a list or map of strings. */
    private static boolean isText(Type type) {
        if (type == String.class) {
            return true;
        }
        return type instanceof ParameterizedType generic
                && List.of(generic.getActualTypeArguments()).contains(String.class);
    }

    // ---- sending

    /**
     * Null when this kind of input cannot be sent there (a megabyte in a request line); status 0 when the server
     * closed the connection instead of answering.
     */
    private Page send(Endpoint endpoint, Field awkwardField, Awkward awkward) {
        try {
            return sendOnce(endpoint, awkwardField, awkward);
        } catch (UncheckedIOException e) {
            return new Page(
                    0,
                    "connection failed: " + e.getCause(),
                    URI.create(endpoint.pattern()),
                    HttpHeaders.of(Map.of(), (n, v) -> true));
        }
    }

    private Page sendOnce(Endpoint endpoint, Field awkwardField, Awkward awkward) {
        if (awkwardField.where() == Where.FILE_NAME && !"POST".equals(endpoint.method())) {
            return null;
        }
        String path = path(endpoint, awkwardField, awkward);
        if (path == null) {
            return null;
        }
        if (endpoint.fields().stream().anyMatch(f -> f.where() == Where.FILE_NAME)) {
            byte[] fileName = awkwardField.where() == Where.FILE_NAME ? awkward.fileName() : ascii("data.csv");
            Map<String, byte[]> fields = new LinkedHashMap<>();
            parameters(endpoint, awkwardField, awkward, true).forEach(fields::put);
            return endpoint.api()
                    ? api.apiUpload(path, fileName, "application/octet-stream", ascii("a,b\n"))
                    : multipart(path, fields, fileName, ascii("a,b\n"));
        }
        if (endpoint.bodyType() != null) {
            byte[] json = json(endpoint, awkwardField, awkward);
            String query = query(endpoint, awkwardField, awkward);
            if (query == null) {
                return null;
            }
            return api.api(endpoint.method(), path + query, "application/json", json);
        }
        if (endpoint.api()) {
            String query = query(endpoint, awkwardField, awkward);
            return query == null ? null : api.api(endpoint.method(), path + query, null, null);
        }
        if ("GET".equals(endpoint.method())) {
            String query = query(endpoint, awkwardField, awkward);
            return query == null ? null : browser.getNoFollow(path + query);
        }
        if (SIGN_IN.equals(endpoint.pattern())) {
            Visitor stranger = fixtures.anonymous();
            return form(
                    stranger,
                    stranger.csrfToken(),
                    endpoint.method(),
                    path,
                    parameters(endpoint, awkwardField, awkward, true));
        }
        return form(browser, csrf, endpoint.method(), path, parameters(endpoint, awkwardField, awkward, true));
    }

    private String path(Endpoint endpoint, Field awkwardField, Awkward awkward) {
        Matcher variables = Pattern.compile("\\{(\\*?)([A-Za-z0-9]+)(:[^}]*)?}").matcher(endpoint.pattern());
        StringBuilder path = new StringBuilder();
        String previous = "";
        int last = 0;
        while (variables.find()) {
            String before = endpoint.pattern().substring(last, variables.start());
            String[] segments = (previous + before).split("/");
            previous = segments.length == 0 ? "" : segments[segments.length - 1];
            path.append(before);
            String name = variables.group(2);
            String value;
            if (awkwardField.where() == Where.PATH && awkwardField.name().equals(name)) {
                if (awkward.url() == null) {
                    return null;
                }
                value = (variables.group(1).isEmpty() ? "" : "/") + awkward.url();
            } else {
                value = (variables.group(1).isEmpty() ? "" : "/") + variable(name, previous, endpoint.pattern());
            }
            path.append(value);
            last = variables.end();
        }
        path.append(endpoint.pattern().substring(last));
        return path.toString();
    }

    /** A path variable's value that names something that exists. */
    private String variable(String name, String segmentBefore, String pattern) {
        return switch (name) {
            case "slug" -> community.slug();
            case "rest" ->
                pattern.contains("/files/") || pattern.contains("/detach/") ? "guide.files/data.csv" : "guide";
            case "topic" -> "corpus-topic";
            case "change" -> "close";
            case "name" -> "data.csv";
            case "postId", "accountId" -> ids.get(name);
            case "id" -> ids.getOrDefault(segmentBefore, "1");
            default -> name.matches("p\\d") ? "guide" : "x";
        };
    }

    /** The query string of a GET or an API call: the parameters, one of them awkward; null when it cannot fit. */
    private String query(Endpoint endpoint, Field awkwardField, Awkward awkward) {
        Map<String, byte[]> parameters = parameters(endpoint, awkwardField, awkward, false);
        if (parameters.isEmpty()) {
            return "";
        }
        if (awkwardField.where() == Where.PARAMETER && awkward.url() == null) {
            return null;
        }
        StringBuilder query = new StringBuilder("?");
        parameters.forEach((name, value) -> query.append(query.length() > 1 ? "&" : "")
                .append(name)
                .append('=')
                .append(new String(value, StandardCharsets.ISO_8859_1)));
        return query.toString();
    }

    private Map<String, byte[]> parameters(Endpoint endpoint, Field awkwardField, Awkward awkward, boolean inBody) {
        Map<String, byte[]> parameters = new LinkedHashMap<>();
        for (Field field : endpoint.fields()) {
            if (field.where() != Where.PARAMETER) {
                continue;
            }
            if (field.equals(awkwardField)) {
                parameters.put(
                        field.name(),
                        inBody ? awkward.form() : awkward.url() == null ? new byte[0] : ascii(awkward.url()));
            } else {
                parameters.put(field.name(), ascii(URLEncoder.encode(benign(field.name()), StandardCharsets.UTF_8)));
            }
        }
        return parameters;
    }

    private byte[] json(Endpoint endpoint, Field awkwardField, Awkward awkward) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("{"));
        boolean first = true;
        for (Map.Entry<String, Type> property : properties(endpoint.bodyType()).entrySet()) {
            String name = property.getKey();
            Type type = property.getValue();
            byte[] value;
            boolean awkwardHere =
                    awkwardField.where() == Where.JSON && awkwardField.name().equals(name);
            if (isText(type)) {
                byte[] text = awkwardHere ? awkward.json() : ascii(jsonString(benign(name)));
                value = !(type instanceof ParameterizedType generic)
                        ? text
                        : Map.class.isAssignableFrom((Class<?>) generic.getRawType())
                                ? concat(ascii("{\"" + ids.getOrDefault("candidate", "1") + "\":"), text, ascii("}"))
                                : concat(ascii("["), text, ascii("]"));
            } else {
                value = ascii(jsonBenign(name, type));
                if (value.length == 0) {
                    continue;
                }
            }
            out.writeBytes(ascii((first ? "" : ",") + "\"" + name + "\":"));
            out.writeBytes(value);
            first = false;
        }
        out.writeBytes(ascii("}"));
        return out.toByteArray();
    }

    /** A plausible value, so that the awkward one is what the endpoint looks at. */
    private String benign(String name) {
        String lower = name.toLowerCase();
        if (lower.contains("email")) {
            return "someone@example.org";
        }
        if (lower.contains("password")) {
            return "not the password 1234";
        }
        return switch (name) {
            case "slug" -> community.slug();
            case "path", "to", "versionPath", "fromPath", "toPath" -> "guide";
            case "role" -> "MEMBER";
            case "joinPolicy" -> "BY_REQUEST";
            case "kind" -> "REGULAR";
            case "organisationKind" -> "NATIONAL_STATISTICAL_OFFICE";
            case "country" -> "FJ";
            case "timeZone" -> "UTC";
            case "duration", "durationMinutes" -> "60";
            case "candidates", "start", "newStart" -> LocalDate.now().plusDays(50) + " 10:00";
            case "decision" -> "dismiss";
            case "state" -> "MUTED";
            case "scopes" -> "read";
            case "version", "page", "conductVersion", "codeOfConductVersion", "days" -> "1";
            case "policy" -> "invitation";
            case "default", "c1" -> "DAILY";
            case "q" -> "census";
            case "topic" -> "corpus-topic";
            case "item" -> "comment:" + ids.getOrDefault("comments", "1");
            case "invite" -> "ALL_MEMBERS";
            case "answer", "answer-1" -> "YES";
            case "accountId", "post", "candidate", "candidateId" -> ids.getOrDefault(name, "1");
            case "receive", "acceptConduct", "appoint", "join", "add", "follow" -> "true";
            case "action" -> "save";
            case "languages" -> "en";
            case "baseCommit", "occurrence", "expires", "guestUntil", "from" -> "";
            default -> "Some text";
        };
    }

    private String jsonBenign(String name, Type type) {
        Class<?> raw = type instanceof ParameterizedType generic ? (Class<?>) generic.getRawType() : (Class<?>) type;
        if (raw == boolean.class || raw == Boolean.class) {
            return "true";
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return switch (name) {
                case "durationMinutes" -> "60";
                case "candidateId" -> ids.getOrDefault("candidate", "1");
                case "post" -> ids.getOrDefault("postId", "1");
                default -> "1";
            };
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return "[" + target.id() + "]";
        }
        return "";
    }

    private Page api(String method, String path, String json) {
        return api.api(method, path, json);
    }

    /** A form of exactly these (already encoded) bytes, with the visitor's CSRF token. */
    private Page form(Visitor who, String csrf, String method, String path, Map<String, byte[]> fields) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("_csrf", csrf);
        all.putAll(fields);
        return who.send(method, path, all);
    }

    /** A multipart form with one file, whose name is sent as these raw bytes, with the administrator's CSRF token. */
    private Page multipart(String path, Map<String, byte[]> fields, byte[] fileName, byte[] content) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("_csrf", csrf);
        fields.forEach((name, value) -> all.put(name, decoded(value)));
        return browser.multipart(path, all, fileName, "application/octet-stream", content);
    }

    private static void expectCreated(Page answer) {
        assertThat(answer.status()).as(answer.body()).isBetween(200, 303);
    }

    private static JsonNode json(Page answer) {
        expectCreated(answer);
        return JSON.readTree(answer.body());
    }

    // ---- bytes

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A form value's bytes without their percent-encoding, as a multipart field carries them. */
    static byte[] decoded(byte[] urlEncoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < urlEncoded.length; i++) {
            if (urlEncoded[i] == '%' && i + 2 < urlEncoded.length) {
                out.write(Integer.parseInt(new String(urlEncoded, i + 1, 2, StandardCharsets.ISO_8859_1), 16));
                i += 2;
            } else {
                out.write(urlEncoded[i] == '+' ? ' ' : urlEncoded[i]);
            }
        }
        return out.toByteArray();
    }

    /**
     * Random letters (in words of up to 12 when {@code words}): text PostgreSQL cannot compress, so that a long
     * value reaches an index at its full size.
     */
    static String letters(int length, boolean words) {
        java.util.Random random = new java.util.Random(length);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(words && random.nextInt(8) == 0 ? ' ' : (char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    /** A JSON string literal, with every character outside printable ASCII escaped. */
    static String jsonString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
