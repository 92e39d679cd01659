package org.statcommons.platform.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Puts {@link SessionKeeper} in front of Spring Session's table of sessions, unless
 * {@code statcommons.sessions.keep-in-memory=false} (several servers sharing one database).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * Several requests of one session at once (tabs, a script) may each add the same attribute, such as a notice for
     * the next page: the plain insert Spring Session writes by default then fails for all but the first, after their
     * work is done. PostgreSQL's insert-or-update makes the last one win, as in memory.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer attributesWrittenAtOnce() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    @Bean
    static BeanPostProcessor sessionKeeping(Environment environment) {
        // several servers read each request's session from the table: one would miss another's sign-out in its memory
        boolean several = environment.getProperty("statcommons.several-servers", Boolean.class, false);
        boolean keep = environment.getProperty("statcommons.sessions.keep-in-memory", Boolean.class, !several);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return keep && bean instanceof JdbcIndexedSessionRepository table ? new SessionKeeper(table) : bean;
            }
        };
    }
}
