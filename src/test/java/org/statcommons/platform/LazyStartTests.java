package org.statcommons.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The start script's lazy beans ({@code spring.main.lazy-initialization}): each kind of bean with work at start still
 * does it — a schedule runs, the start's listeners hear their event (the set-up link is printed so), a lifecycle bean
 * starts, settings are checked at start —, the beans left for later are made once the server is ready, and a bean
 * that cannot be made is named. Spring's behaviour, checked on a small context of the same kinds of beans; the whole
 * application starts lazily in the tests of servers started as the start script does ({@code StartScriptIntegrationTests},
 * {@code TwoServersIntegrationTests}, {@code support.ServerProcess}).
 */
class LazyStartTests {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** An external database named, so that the embedded one is not started for these contexts, which use none. */
    private static final String NO_DATABASE = "--statcommons.db.url=jdbc:postgresql://localhost:1/none";

    @Test
    void everyBeanWithWorkAtStartDoesItAndTheRestAreMadeOnceReady() throws Exception {
        Work work = new Work();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WorkAtStart.class)
                .web(WebApplicationType.NONE)
                .lazyInitialization(true)
                .initializers(started -> ((GenericApplicationContext) started).registerBean(Work.class, () -> work))
                .run(NO_DATABASE, "--statcommons-test.greeting=hello")) {
            assertThat(work.scheduled.await(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("a @Scheduled method of a lazy bean runs")
                    .isTrue();
            assertThat(work.greeted.getCount())
                    .as("an ApplicationReadyEvent listener of a lazy bean (the set-up link) ran in the start")
                    .isZero();
            assertThat(work.started).as("a SmartLifecycle bean started").isTrue();
            assertThat(context.getBeanFactory().containsSingleton("statcommons-test-" + Settings.class.getName()))
                    .as("our settings bound at start")
                    .isTrue();
            context.publishEvent(new Poke());
            assertThat(work.poked.await(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("an @EventListener of a lazy bean hears a later event")
                    .isTrue();
            assertThat(work.madeLater.await(WAIT.toSeconds(), TimeUnit.SECONDS))
                    .as("a bean without work at start, made once the server is ready")
                    .isTrue();
        }
    }

    @Test
    void aWrongSettingStillStopsTheStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(WorkAtStart.class)
                        .web(WebApplicationType.NONE)
                        .lazyInitialization(true)
                        .initializers(
                                started -> ((GenericApplicationContext) started).registerBean(Work.class, Work::new))
                        .run(NO_DATABASE, "--statcommons-test.pause=not a duration")
                        .close())
                .hasStackTraceContaining("statcommons-test.pause");
    }

    @Test
    void aBeanThatCannotBeMadeIsNamed() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean("fine", Poke.class, Poke::new, definition -> definition.setLazyInit(true));
            context.registerBean(
                    "broken",
                    Poke.class,
                    () -> {
                        throw new IllegalStateException("no such server");
                    },
                    definition -> definition.setLazyInit(true));
            context.refresh();
            assertThat(context.getBeanFactory().containsSingleton("fine")).isFalse();

            assertThatThrownBy(() -> LazyBeansCreator.create(context.getBeanFactory()))
                    .isInstanceOf(BeanCreationException.class)
                    .hasMessageContaining("broken")
                    .hasStackTraceContaining("no such server");
            assertThat(context.getBeanFactory().containsSingleton("fine")).isTrue();
        }
    }

    /** What the beans did, registered by the test. */
    static class Work {
        final CountDownLatch scheduled = new CountDownLatch(1);
        final CountDownLatch greeted = new CountDownLatch(1);
        final CountDownLatch poked = new CountDownLatch(1);
        final CountDownLatch madeLater = new CountDownLatch(1);
        volatile boolean started;
    }

    record Poke() {}

    @ConfigurationProperties("statcommons-test")
    record Settings(String greeting, Duration pause) {}

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ImportAutoConfiguration(TaskSchedulingAutoConfiguration.class)
    @EnableConfigurationProperties(Settings.class)
    @Import({LazyStartConfiguration.class, LazyBeansCreator.class})
    static class WorkAtStart {

        @Bean
        Schedule schedule(Work work) {
            return new Schedule(work);
        }

        @Bean
        Greeter greeter(Work work) {
            return new Greeter(work);
        }

        @Bean
        Listener listener(Work work) {
            return new Listener(work);
        }

        @Bean
        Lifecycle lifecycle(Work work) {
            return new Lifecycle(work);
        }

        @Bean
        Later later(Work work) {
            return new Later(work);
        }
    }

    record Schedule(Work work) {
        @Scheduled(fixedDelay = 10)
        void run() {
            work.scheduled.countDown();
        }
    }

    record Greeter(Work work) {
        @EventListener(ApplicationReadyEvent.class)
        void greet() {
            work.greeted.countDown();
        }
    }

    record Listener(Work work) {
        @EventListener
        void on(Poke poke) {
            work.poked.countDown();
        }
    }

    static class Lifecycle implements SmartLifecycle {
        private final Work work;

        Lifecycle(Work work) {
            this.work = work;
        }

        @Override
        public void start() {
            work.started = true;
        }

        @Override
        public void stop() {
            work.started = false;
        }

        @Override
        public boolean isRunning() {
            return work.started;
        }
    }

    static class Later {
        Later(Work work) {
            work.madeLater.countDown();
        }
    }
}
