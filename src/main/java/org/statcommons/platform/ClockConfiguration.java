package org.statcommons.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock: every "now" in the application (timestamps written, deadlines, expiries, "is this in the
 * past") comes from this bean, injected, so that tests can move time instead of waiting
 * ({@code support.TestClock} replaces it in the integration tests). UTC: times are stored as instants and
 * shown in each person's zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
