package org.statcommons.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * first variable or wildcard), which every address a pattern matches does, and has the fixed segments that come
 * after a variable where the pattern has them ({@code /c/{slug}/discussions/…} is not tried for
 * {@code /c/x/space/…}: with the beginning alone, every community address tried all ~400 community mappings, 10 %
 * of a remembered view). Only for addresses Spring matches as
 * they are written: one with an escaped character ({@code %}) or a path parameter ({@code ;}) is matched by its
 * decoded form, so those take Spring's way unchanged, as do mappings without patterns.
 */
class HandlerMatcher extends RequestMappingHandlerMapping {

    /** The address being looked up, for the mappings' check below (one lookup per thread at a time). */
    private final ThreadLocal<String> looking = new ThreadLocal<>();

    /**
     * Each mapping's patterns as checked here, one per pattern; none: no patterns, always tried. By identity, and
     * replaced whole when a mapping is first seen (at the first requests): looking a mapping up by its own {@code
     * hashCode}, over all its conditions, for each of ~500 mappings cost more than the check itself.
     */
    private volatile Map<RequestMappingInfo, Shape[]> shapes = new IdentityHashMap<>();

    /**
     * What every address a pattern matches has: its fixed beginning, and fixed segments by position ({@code
     * segments[i]} is the pattern's i-th segment, null when it is not fixed text; counted from the empty one before
     * the first slash; none after the first wildcard, which may match several segments).
     */
    private record Shape(String beginning, String[] segments) {}

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        // and an address with an empty segment, in case something between Tomcat and here let one through
        boolean plain = lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0 && !lookupPath.contains("//");
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
        Shape[] patterns = shapes.get(info);
        if (patterns == null) {
            patterns = remember(info);
        }
        if (patterns.length == 0) {
            return true;
        }
        for (Shape pattern : patterns) {
            if (path.startsWith(pattern.beginning()) && hasSegments(path, pattern.segments())) {
                return true;
            }
        }
        return false;
    }

    private synchronized Shape[] remember(RequestMappingInfo info) {
        Shape[] made = shapes(info);
        Map<RequestMappingInfo, Shape[]> more = new IdentityHashMap<>(shapes);
        more.put(info, made);
        shapes = more;
        return made;
    }

    /** Whether the path has each fixed segment at its position (compared in place: no copies of the address). */
    private static boolean hasSegments(String path, String[] segments) {
        int start = 0;
        for (int i = 0; i < segments.length; i++) {
            if (start < 0) {
                return false;
            }
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            String fixed = segments[i];
            if (fixed != null && (end - start != fixed.length() || !path.startsWith(fixed, start))) {
                return false;
            }
            start = slash < 0 ? -1 : slash + 1;
        }
        return true;
    }

    /** Each pattern's shape; none when the mapping has no patterns. */
    private static Shape[] shapes(RequestMappingInfo info) {
        if (info.getPathPatternsCondition() == null) {
            return new Shape[0];
        }
        return info.getPathPatternsCondition().getPatterns().stream()
                .map(PathPattern::getPatternString)
                .map(pattern -> new Shape(fixedBeginning(pattern), fixedSegments(pattern)))
                .toArray(Shape[]::new);
    }

    /**
     * The pattern's segments that are fixed text, by position, up to its last fixed one before any wildcard
     * ({@code *}, {@code **}, {@code {*rest}}), after which segments are not counted.
     */
    static String[] fixedSegments(String pattern) {
        String[] parts = pattern.split("/", -1);
        List<String> segments = new ArrayList<>();
        int last = -1;
        for (String part : parts) {
            if (part.indexOf('*') >= 0) {
                break;
            }
            boolean fixed = part.indexOf('{') < 0 && part.indexOf('?') < 0;
            segments.add(fixed ? part : null);
            if (fixed) {
                last = segments.size() - 1;
            }
        }
        return segments.subList(0, last + 1).toArray(String[]::new);
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
