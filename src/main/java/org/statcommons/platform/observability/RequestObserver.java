package org.statcommons.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The outermost filter: gives the request its id ({@link RequestIds}: in the logging context and the
 * {@code X-Request-Id} answer header) and times it into {@code http.server.requests} by route, method and status,
 * with the tags Spring Boot's own instrumentation uses, so the usual dashboards read it. One timer lookup per request
 * instead of Spring's observation of every request and security filter, which cost half the processor time of a
 * published page (bench/published.sh) and stays off.
 */
class RequestObserver extends OncePerRequestFilter {

    private static final Set<String> KNOWN_METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

    private final MeterRegistry registry;

    RequestObserver(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = RequestIds.choose(request.getHeader(RequestIds.HEADER));
        MDC.put(RequestIds.KEY, id);
        response.setHeader(RequestIds.HEADER, id);
        long start = System.nanoTime();
        String outcome = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            outcome = "SERVER_ERROR";
            throw e;
        } finally {
            int status = outcome == null ? response.getStatus() : 500;
            Timer.builder("http.server.requests")
                    .tag("method", method(request.getMethod()))
                    .tag("uri", route(request, status))
                    .tag("status", Integer.toString(status))
                    .tag("outcome", outcome(status))
                    .register(registry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            MDC.remove(RequestIds.KEY);
        }
    }

    /**
     * The method when it is one of HTTP's, else {@code OTHER}: the server takes any token as a method, and each new
     * tag value would be a new meter kept for the server's life, so a client could fill its memory with made-up ones.
     */
    private static String method(String method) {
        return KNOWN_METHODS.contains(method) ? method : "OTHER";
    }

    /** The route's pattern ({@code /c/{slug}/pages/**}), never the address itself: tags must stay few. */
    private static String route(HttpServletRequest request, int status) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null) {
            return pattern.toString();
        }
        if (request.getRequestURI().startsWith("/git/")) {
            return "/git/**";
        }
        if (status == 404) {
            return "NOT_FOUND";
        }
        return status >= 300 && status < 400 ? "REDIRECTION" : "UNKNOWN";
    }

    private static String outcome(int status) {
        if (status < 200) {
            return "INFORMATIONAL";
        }
        if (status < 300) {
            return "SUCCESS";
        }
        if (status < 400) {
            return "REDIRECTION";
        }
        return status < 500 ? "CLIENT_ERROR" : "SERVER_ERROR";
    }
}
