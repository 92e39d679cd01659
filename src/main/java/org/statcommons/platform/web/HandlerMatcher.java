package org.statcommons.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler lookup, with the mappings whose addresses cannot match set aside at once. An address with a
 * variable in it (a page's {@code /c/{slug}/space/{*rest}}) is not found in Spring's table of fixed addresses, so
 * Spring tries every mapping of the application in turn, each with all its conditions (method, parameters,
 * headers, media types, then the address): some five hundred per request, 15 % of a remembered page view's time.
 * Here a mapping is tried only if the address starts with the fixed text its patterns start with (up to their
 * first variable or wildcard), which every address a pattern matches does. Only for addresses Spring matches as
 * they are written: one with an escaped character ({@code %}) or a path parameter ({@code ;}) is matched by its
 * decoded form, so those take Spring's way unchanged, as do mappings without patterns.
 */
class HandlerMatcher extends RequestMappingHandlerMapping {

    /** The address being looked up, for the mappings' check below (one lookup per thread at a time). */
    private final ThreadLocal<String> looking = new ThreadLocal<>();

    /** Each mapping's fixed beginnings, one per pattern; absent: no patterns, always tried. */
    private final Map<RequestMappingInfo, String[]> beginnings = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        boolean plain = lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0;
        looking.set(plain ? lookupPath : null);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            looking.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String path = looking.get();
        if (path != null && !mayMatch(info, path)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    boolean mayMatch(RequestMappingInfo info, String path) {
        String[] fixed = beginnings.computeIfAbsent(info, HandlerMatcher::beginnings);
        if (fixed.length == 0) {
            return true;
        }
        for (String beginning : fixed) {
            if (path.startsWith(beginning)) {
                return true;
            }
        }
        return false;
    }

    /** The text of each pattern before its first variable or wildcard; none when the mapping has no patterns. */
    private static String[] beginnings(RequestMappingInfo info) {
        if (info.getPathPatternsCondition() == null) {
            return new String[0];
        }
        return info.getPathPatternsCondition().getPatterns().stream()
                .map(PathPattern::getPatternString)
                .map(HandlerMatcher::fixedBeginning)
                .toArray(String[]::new);
    }

    static String fixedBeginning(String pattern) {
        int end = pattern.length();
        for (char special : new char[] {'{', '*', '?'}) {
            int at = pattern.indexOf(special);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return pattern.substring(0, end);
    }
}
