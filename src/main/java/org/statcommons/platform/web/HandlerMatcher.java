package org.statcommons.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.cors.CorsUtils;
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
 * <p>
 * Even set aside at once, going over all ~500 mappings for every request (Spring's own loop, over a hash map's
 * entries) was still 8 % of a remembered page view; so the mappings are also indexed by their fixed segments
 * ({@link Segments}), and an address with a variable is looked for only among those whose fixed segments it has.
 * Whenever that finds no single best match (none, two equally good, a CORS pre-flight) or the address is one that
 * Spring finds in its table of fixed addresses, Spring's own lookup decides, with its own answers (404, 405, …).
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

    /** The mappings by their fixed segments, made at the first lookup after the mappings were (re)registered. */
    private volatile Segments index;

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        // and an address with an empty segment, in case something between Tomcat and here let one through
        boolean plain = lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0 && !lookupPath.contains("//");
        looking.set(plain ? lookupPath : null);
        try {
            HandlerMethod found = plain && !CorsUtils.isPreFlightRequest(request) ? indexed(lookupPath, request) : null;
            return found != null ? found : super.lookupHandlerMethod(lookupPath, request);
        } finally {
            looking.remove();
        }
    }

    /**
     * The handler of the single best mapping among those whose fixed segments the address has, as Spring's loop
     * would choose it (the same matching and the same ordering of matches); null when Spring should decide: the
     * address is a fixed one of some mapping, nothing matched, or two matches are equally good.
     */
    private HandlerMethod indexed(String lookupPath, HttpServletRequest request) {
        Segments segments = index;
        if (segments == null) {
            segments = index();
        }
        if (segments.direct().contains(lookupPath)) {
            return null;
        }
        Comparator<RequestMappingInfo> order = null;
        RequestMappingInfo bestInfo = null;
        RequestMappingInfo best = null;
        boolean tie = false;
        for (RequestMappingInfo info : segments.candidates(lookupPath)) {
            RequestMappingInfo match = getMatchingMapping(info, request);
            if (match == null) {
                continue;
            }
            if (best == null) {
                bestInfo = info;
                best = match;
                continue;
            }
            if (order == null) {
                order = getMappingComparator(request);
            }
            int compared = order.compare(match, best);
            if (compared < 0) {
                bestInfo = info;
                best = match;
                tie = false;
            } else if (compared == 0) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return null;
        }
        HandlerMethod handler = segments.handlers().get(bestInfo);
        request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        handleMatch(best, lookupPath, request);
        return handler;
    }

    private synchronized Segments index() {
        Segments made = index;
        if (made == null) {
            made = Segments.of(getHandlerMethods());
            index = made;
        }
        return made;
    }

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        index = null;
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        index = null;
    }

    @Override
    public void unregisterMapping(RequestMappingInfo mapping) {
        super.unregisterMapping(mapping);
        index = null;
    }

    /**
     * The mappings as a tree of their patterns' fixed segments ({@link #fixedSegments}): a mapping hangs at the node
     * its pattern's fixed segments lead to, a variable segment being a branch of its own that every address segment
     * follows; an address's candidates are the mappings at the nodes its segments reach. Mappings without patterns
     * hang at the root. {@code direct}: the addresses without variables that mappings have (Spring's own table).
     */
    record Segments(Node root, Map<RequestMappingInfo, HandlerMethod> handlers, Set<String> direct) {

        static Segments of(Map<RequestMappingInfo, HandlerMethod> handlers) {
            Node root = new Node();
            Set<String> direct = new HashSet<>();
            Map<RequestMappingInfo, HandlerMethod> byIdentity = new IdentityHashMap<>();
            handlers.forEach((info, handler) -> {
                byIdentity.put(info, handler);
                direct.addAll(info.getDirectPaths());
                if (info.getPathPatternsCondition() == null
                        || info.getPathPatternsCondition().getPatterns().isEmpty()) {
                    root.mappings.add(info);
                    return;
                }
                for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                    Node node = root;
                    for (String segment : fixedSegments(pattern.getPatternString())) {
                        node = segment == null
                                ? (node.variable != null ? node.variable : (node.variable = new Node()))
                                : node.fixed.computeIfAbsent(segment, any -> new Node());
                    }
                    if (!node.mappings.contains(info)) {
                        node.mappings.add(info);
                    }
                }
            });
            return new Segments(root, Collections.unmodifiableMap(byIdentity), Set.copyOf(direct));
        }

        /** The mappings whose fixed segments this address has, each once. */
        List<RequestMappingInfo> candidates(String path) {
            String[] segments = path.split("/", -1);
            List<RequestMappingInfo> found = new ArrayList<>();
            collect(root, segments, 0, found);
            if (found.size() < 2) {
                return found;
            }
            // a mapping with several patterns can hang at several nodes an address reaches
            Set<RequestMappingInfo> once = Collections.newSetFromMap(new IdentityHashMap<>());
            return found.stream().filter(once::add).toList();
        }

        private static void collect(Node node, String[] segments, int at, List<RequestMappingInfo> found) {
            found.addAll(node.mappings);
            if (at >= segments.length) {
                return;
            }
            Node fixed = node.fixed.get(segments[at]);
            if (fixed != null) {
                collect(fixed, segments, at + 1, found);
            }
            if (node.variable != null) {
                collect(node.variable, segments, at + 1, found);
            }
        }
    }

    /** A node of {@link Segments}: the mappings hanging here, and the branches for the next segment. */
    static final class Node {
        final List<RequestMappingInfo> mappings = new ArrayList<>();
        final Map<String, Node> fixed = new HashMap<>();
        Node variable;
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
