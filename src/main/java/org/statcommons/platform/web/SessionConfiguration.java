package org.statcommons.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.statcommons.platform.database.ServerSignals;

/**
 * Puts {@link SessionKeeper} in front of Spring Session's table of sessions, unless
 * {@code statcommons.sessions.keep-in-memory=false}; several servers sharing one database keep them too, and tell each
 * other of each session's change.
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
    static BeanPostProcessor sessionKeeping(Environment environment, ObjectProvider<ServerSignals> signals) {
        boolean keep = environment.getProperty("statcommons.sessions.keep-in-memory", Boolean.class, true);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return keep && bean instanceof JdbcIndexedSessionRepository table
                        ? new SessionKeeper(table, signals.getIfAvailable(() -> new ServerSignals(false, null)))
                        : bean;
            }
        };
    }
}
