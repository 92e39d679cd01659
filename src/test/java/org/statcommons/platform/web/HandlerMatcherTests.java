package org.statcommons.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
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
}
