package org.statcommons.content.publishing;

import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.statcommons.content.pages.PageViewCounter;

/** Puts {@link PublishedPageFastPath} in front of the security filters. */
@Configuration(proxyBeanMethods = false)
class PublishedPageFastPathConfiguration {

    @Bean
    FilterRegistrationBean<PublishedPageFastPath> publishedPageFastPath(
            KeptPublishedPages kept, PageViewCounter views, Clock clock) {
        FilterRegistrationBean<PublishedPageFastPath> registration =
                new FilterRegistrationBean<>(new PublishedPageFastPath(kept.answers(), views, clock));
        registration.addUrlPatterns("/c/*");
        // after character encoding, before Spring Security (which sits at -100)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }
}
