package org.statcommons.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The request observer in front of everything, and the Prometheus endpoint's own security: it answers only to the
 * configured metrics token (never to a session or a personal access token, whose filter is not on this chain), and
 * to nobody when no token is configured.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    static final String ENDPOINT = "/actuator/prometheus";

    @Bean
    FilterRegistrationBean<RequestObserver> requestObserver(MeterRegistry registry) {
        FilterRegistrationBean<RequestObserver> registration =
                new FilterRegistrationBean<>(new RequestObserver(registry));
        // before everything, the published pages' fast path included, so that their log lines carry the id too
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain metrics(HttpSecurity http, MetricsProperties settings) throws Exception {
        http.securityMatcher(ENDPOINT)
                .authorizeHttpRequests(authorize -> authorize
                        .anyRequest()
                        .access((authentication, context) ->
                                new AuthorizationDecision(allowed(settings, context.getRequest()))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint((request, response, e) -> refuse(settings, response))
                                .accessDeniedHandler((request, response, e) -> refuse(settings, response)));
        return http.build();
    }

    private static void refuse(MetricsProperties settings, HttpServletResponse response) throws IOException {
        if (!settings.enabled()) {
            response.sendError(404);
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"metrics\"");
        response.sendError(401);
    }

    /** The configured token, compared in constant time. */
    private static boolean allowed(MetricsProperties settings, HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (!settings.enabled() || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(
                header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                settings.token().strip().getBytes(StandardCharsets.UTF_8));
    }
}
