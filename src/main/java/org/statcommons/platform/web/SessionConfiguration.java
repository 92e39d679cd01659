package org.statcommons.platform.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Puts {@link SessionKeeper} in front of Spring Session's table of sessions, unless
 * {@code statcommons.sessions.keep-in-memory=false} (several servers sharing one database).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    static BeanPostProcessor sessionKeeping(Environment environment) {
        boolean keep = environment.getProperty("statcommons.sessions.keep-in-memory", Boolean.class, true);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return keep && bean instanceof JdbcIndexedSessionRepository table ? new SessionKeeper(table) : bean;
            }
        };
    }
}
