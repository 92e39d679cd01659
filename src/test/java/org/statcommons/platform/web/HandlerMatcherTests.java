package org.statcommons.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

class HandlerMatcherTests {

    private final HandlerMatcher matcher = new HandlerMatcher();

    private static RequestMappingInfo mapping(String... patterns) {
        RequestMappingInfo.BuilderConfiguration options = new RequestMappingInfo.BuilderConfiguration();
        options.setPatternParser(PathPatternParser.defaultInstance);
        return RequestMappingInfo.paths(patterns).options(options).build();
    }

    @Test
    void theFixedBeginningEndsAtTheFirstVariableOrWildcard() {
        assertThat(HandlerMatcher.fixedBeginning("/c/{slug}/space/{*rest}")).isEqualTo("/c/");
        assertThat(HandlerMatcher.fixedBeginning("/search")).isEqualTo("/search");
        assertThat(HandlerMatcher.fixedBeginning("/files/*.pdf")).isEqualTo("/files/");
        assertThat(HandlerMatcher.fixedBeginning("/a?c")).isEqualTo("/a");
        assertThat(HandlerMatcher.fixedBeginning("/**")).isEqualTo("/");
    }

    @Test
    void aMappingIsTriedOnlyForAddressesWithTheFixedBeginningOfOneOfItsPatterns() {
        RequestMappingInfo page = mapping("/c/{slug}/space/{*rest}");
        assertThat(matcher.mayMatch(page, "/c/statistics/space/guidelines/one")).isTrue();
        assertThat(matcher.mayMatch(page, "/communities/new")).isFalse();
        assertThat(matcher.mayMatch(page, "/notifications")).isFalse();

        RequestMappingInfo two = mapping("/account/tokens", "/api/v1/me/tokens");
        assertThat(matcher.mayMatch(two, "/api/v1/me/tokens")).isTrue();
        assertThat(matcher.mayMatch(two, "/account/tokens")).isTrue();
        assertThat(matcher.mayMatch(two, "/account")).isFalse();
    }

    @Test
    void aMappingIsTriedOnlyForAddressesWithItsFixedSegmentsAfterAVariable() {
        assertThat(HandlerMatcher.fixedSegments("/c/{slug}/space/{*rest}")).containsExactly("", "c", null, "space");
        assertThat(HandlerMatcher.fixedSegments("/c/{slug}/p/**")).containsExactly("", "c", null, "p");
        assertThat(HandlerMatcher.fixedSegments("/c/{slug}/x/*/y")).containsExactly("", "c", null, "x");
        assertThat(HandlerMatcher.fixedSegments("/c/{slug}/{id}.json")).containsExactly("", "c");

        RequestMappingInfo page = mapping("/c/{slug}/space/{*rest}");
        assertThat(matcher.mayMatch(page, "/c/statistics/space")).isTrue();
        assertThat(matcher.mayMatch(page, "/c/statistics/space/")).isTrue();
        assertThat(matcher.mayMatch(page, "/c/statistics/space/a/b")).isTrue();
        assertThat(matcher.mayMatch(page, "/c/statistics/spaces/a")).isFalse();
        assertThat(matcher.mayMatch(page, "/c/statistics/spac")).isFalse();
        assertThat(matcher.mayMatch(page, "/c/statistics")).isFalse();
        assertThat(matcher.mayMatch(page, "/c/statistics/discussions/4")).isFalse();

        RequestMappingInfo thread = mapping("/c/{slug}/discussions/{id}/replies");
        assertThat(matcher.mayMatch(thread, "/c/x/discussions/4/replies")).isTrue();
        assertThat(matcher.mayMatch(thread, "/c/x/discussions/4/edit")).isFalse();
        assertThat(matcher.mayMatch(thread, "/c/x/space/discussions/4/replies")).isFalse();
        // a variable inside a segment leaves that segment unchecked
        assertThat(matcher.mayMatch(mapping("/c/{slug}/v{n}/x"), "/c/s/v2/x")).isTrue();
    }

    @Test
    void aMappingWithoutPatternsIsAlwaysTried() {
        assertThat(matcher.mayMatch(RequestMappingInfo.paths().build(), "/anything"))
                .isTrue();
    }

    @Test
    void anAddressIsLookedForAmongTheMappingsWhoseFixedSegmentsItHas() {
        RequestMappingInfo page = mapping("/c/{slug}/space/{*rest}");
        RequestMappingInfo thread = mapping("/c/{slug}/discussions/{id}/replies");
        RequestMappingInfo two = mapping("/c/{slug}/space/-/edit/{*rest}", "/c/{slug}/space/-/new");
        RequestMappingInfo none = RequestMappingInfo.paths().build();
        HandlerMatcher.Segments segments = HandlerMatcher.Segments.of(
                java.util.Map.of(page, handler(), thread, handler(), two, handler(), none, handler()));

        assertThat(segments.candidates("/c/x/space/-/edit/a/b")).containsExactlyInAnyOrder(page, two, none);
        assertThat(segments.candidates("/c/x/space/-/new")).containsExactlyInAnyOrder(page, two, none);
        assertThat(segments.candidates("/c/x/space/a")).containsExactlyInAnyOrder(page, none);
        assertThat(segments.candidates("/c/x/discussions/4/replies")).containsExactlyInAnyOrder(thread, none);
        assertThat(segments.candidates("/c/x/discussions/4/edit")).containsExactlyInAnyOrder(none);
        assertThat(segments.candidates("/notifications")).containsExactly(none);
    }

    /** Handlers of these routes, each answering with its own name. */
    static final class Routes {
        public String page() {
            return "page";
        }

        public String pageEdit() {
            return "pageEdit";
        }

        public String thread() {
            return "thread";
        }

        public String threadPost() {
            return "threadPost";
        }

        public String fixed() {
            return "fixed";
        }

        public String anything() {
            return "anything";
        }
    }

    /** Any handler: the index keeps them only to answer with the one chosen. */
    private static HandlerMethod handler() {
        try {
            return new HandlerMethod(new Routes(), Routes.class.getMethod("page"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void register(RequestMappingHandlerMapping into) throws Exception {
        Routes routes = new Routes();
        into.registerMapping(mapping("/c/{slug}/space/{*rest}"), routes, Routes.class.getMethod("page"));
        into.registerMapping(mapping("/c/{slug}/space/-/edit/{*rest}"), routes, Routes.class.getMethod("pageEdit"));
        into.registerMapping(mapping("/c/{slug}/discussions/{id}"), routes, Routes.class.getMethod("thread"));
        RequestMappingInfo.BuilderConfiguration options = new RequestMappingInfo.BuilderConfiguration();
        options.setPatternParser(PathPatternParser.defaultInstance);
        into.registerMapping(
                RequestMappingInfo.paths("/c/{slug}/discussions/{id}")
                        .methods(RequestMethod.POST)
                        .options(options)
                        .build(),
                routes,
                Routes.class.getMethod("threadPost"));
        into.registerMapping(mapping("/c/new"), routes, Routes.class.getMethod("fixed"));
        into.registerMapping(mapping("/**"), routes, Routes.class.getMethod("anything"));
    }

    private static String found(RequestMappingHandlerMapping mapping, String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        HandlerExecutionChain chain = mapping.getHandler(request);
        if (chain == null) {
            return "none";
        }
        Method chosen = ((HandlerMethod) chain.getHandler()).getMethod();
        return chosen.getName() + " " + request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) + " "
                + request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    }

    @Test
    void theIndexedLookupChoosesAsSpringDoes() throws Exception {
        RequestMappingHandlerMapping spring = new RequestMappingHandlerMapping();
        spring.setPatternParser(PathPatternParser.defaultInstance);
        register(spring);
        matcher.setPatternParser(PathPatternParser.defaultInstance);
        register(matcher);
        List<String> paths = List.of(
                "/c/x/space/a/b",
                "/c/x/space/-/edit/a/b",
                "/c/x/space",
                "/c/x/discussions/4",
                "/c/new",
                "/c/x",
                "/elsewhere",
                "/c/x/space/%2e%2e/a",
                "/");
        for (String path : paths) {
            for (String method : List.of("GET", "POST", "PUT")) {
                assertThat(found(matcher, method, path)).as(method + " " + path).isEqualTo(found(spring, method, path));
            }
        }
        assertThat(found(matcher, "GET", "/c/x/space/-/edit/a"))
                .startsWith("pageEdit ")
                .contains("rest=/a")
                .endsWith("/c/{slug}/space/-/edit/{*rest}");
        assertThat(found(matcher, "POST", "/c/x/discussions/4")).startsWith("threadPost");
    }
}
