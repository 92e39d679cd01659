package org.statcommons.platform;

import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * What stays eager when the start script makes beans lazily ({@code spring.main.lazy-initialization}, docs/operations.md
 * "Starting and stopping"). Spring already keeps eager, or reaches at start, every other kind of bean with work at
 * start: beans with {@code @Scheduled} methods (Spring Boot's own filter), {@code SmartInitializingSingleton} and
 * {@code SmartLifecycle} beans (the listener between servers, the SMTP listener, the spaces' set-up), the filters of
 * the web server, and the beans of {@code @EventListener} methods, which are made when their event comes (the set-up
 * link at {@code ApplicationReadyEvent}). {@code LazyStartTests} shows each.
 */
@Configuration(proxyBeanMethods = false)
class LazyStartConfiguration {

    /**
     * Our settings are bound and checked at start, not at the first request that needs them: a wrong setting stops
     * the start, as without lazy beans. Static: the filter is asked for before the beans are made.
     */
    @Bean
    static LazyInitializationExcludeFilter settingsCheckedAtStart() {
        return (name, definition, type) -> type.getName().startsWith("org.statcommons.")
                && AnnotatedElementUtils.hasAnnotation(type, ConfigurationProperties.class);
    }
}
