package org.statcommons.platform.observability;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param token the secret Prometheus sends ({@code Authorization: Bearer …}) to read {@code /actuator/prometheus};
 *              empty (the default): the endpoint answers 404 to everyone
 */
@ConfigurationProperties("statcommons.metrics")
record MetricsProperties(String token) {

    boolean enabled() {
        return token != null && !token.isBlank();
    }
}
