package org.statcommons.platform.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AbstractAotProcessor;
import org.statcommons.platform.StatCommonsProperties;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the configuration is known, so that
 * unpacking, {@code initdb} and the server's start overlap with the building of the rest of the
 * application instead of coming after it. Registered in META-INF/spring.factories; the database bean
 * waits for it. It stops the server when the context closes, also when start-up failed half-way.
 */
public class EmbeddedPostgresStartup
        implements ApplicationContextInitializer<ConfigurableApplicationContext>, DisposableBean {

    static final String BEAN_NAME = "embeddedPostgresStartup";

    private CompletableFuture<EmbeddedPostgresServer> server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        StatCommonsProperties properties = Binder.get(context.getEnvironment())
                .bindOrCreate("statcommons", Bindable.of(StatCommonsProperties.class));
        StatCommonsProperties.Db db = properties.db();
        if (db.external() || Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
            // the build's ahead-of-time processing (process-aot) reads the bean definitions and creates no bean
            return;
        }
        EmbeddedPostgresStartup startup = new EmbeddedPostgresStartup();
        startup.server = CompletableFuture.supplyAsync(
                () -> EmbeddedPostgresServer.start(properties.dataDir(), db.embeddedBinariesDir(), db.embeddedFsync()));
        context.getBeanFactory().registerSingleton(BEAN_NAME, startup);
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            // destroyed with the other singletons, also when a later bean fails and start-up is abandoned
            registry.registerDisposableBean(BEAN_NAME, startup);
        }
    }

    /** Waits for the server; a failure to start surfaces here as the exception that caused it. */
    EmbeddedPostgresServer await() {
        try {
            return server.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void destroy() throws Exception {
        if (server != null && !server.isCompletedExceptionally()) {
            server.join().close();
        }
    }
}
