package org.statcommons.platform;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Makes, once the server is ready, the beans that lazy initialisation left for later (the start script's
 * {@code spring.main.lazy-initialization}): the start is shorter, yet no screen's first request pays for making its
 * controller and what it needs, and a bean that cannot be made still stops the server within seconds of its start
 * instead of failing a request days later. Without lazy initialisation (the tests, {@code java -jar}) there is
 * nothing left to make.
 */
@Component
class LazyBeansCreator {

    private static final Logger log = LoggerFactory.getLogger(LazyBeansCreator.class);

    @EventListener(ApplicationReadyEvent.class)
    void atReady(ApplicationReadyEvent ready) {
        if (!(ready.getApplicationContext() instanceof AbstractApplicationContext context)
                || context.getBeanFactoryPostProcessors().stream()
                        .noneMatch(LazyInitializationBeanFactoryPostProcessor.class::isInstance)) {
            return;
        }
        // on a thread of its own: the server answers meanwhile (a request needing a bean not made yet makes it)
        Thread creator = new Thread(() -> createOrStop(context), "lazy-beans");
        creator.setDaemon(true);
        creator.start();
    }

    private static void createOrStop(AbstractApplicationContext context) {
        try {
            int made = create(context.getBeanFactory());
            log.debug("Made the {} beans left for after the start", made);
        } catch (RuntimeException e) {
            // a bean's failure (BeansException), unless the server is being stopped meanwhile: then it is the closing
            // context's refusal to make beans, which is no news
            if (!context.isClosed()) {
                log.error("The server stops: a bean could not be made", e);
                System.exit(SpringApplication.exit(context, () -> 1));
            }
        }
    }

    /**
     * Makes every singleton bean not made yet, as a start without lazy initialisation would have.
     *
     * @return how many were made
     * @throws BeansException the first bean that could not be made (the exception names it)
     */
    static int create(ConfigurableListableBeanFactory beans) {
        List<String> left = new ArrayList<>();
        for (String name : beans.getBeanDefinitionNames()) {
            BeanDefinition definition = beans.getMergedBeanDefinition(name);
            if (definition.isSingleton() && !definition.isAbstract() && !beans.containsSingleton(name)) {
                left.add(name);
            }
        }
        for (String name : left) {
            beans.getBean(name);
        }
        return left.size();
    }
}
