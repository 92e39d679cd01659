package org.statcommons.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.statcommons.platform.i18n.BundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * For the Spring MVC slice tests of a feature's controllers (with {@code @EnableWebMvc}): the one error answer
 * ({@code platform.web.ErrorResponder}, so refused forms come back through {@code @ShowFormOnError}), the check of
 * the methods it names, the JSON its problems are written with, and the interface languages its titles are
 * written in (the message bundles and the {@code localeResolver}). Imported by {@link WebSlice}. A
 * test configuration, so that the application's own scan leaves it out (its bare {@code JsonMapper} would replace
 * Spring Boot's in the integration tests).
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(
        basePackages = "org.statcommons.platform.web",
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern =
                                ".*\\.(ErrorResponder|FormMethodChecker|ProblemJsonWriter|Translator|LanguageResolver)"))
@Import(BundleMessageSource.class)
public class ErrorResponderSlice {

    @Bean
    JsonMapper jsonMapper() {
        return JsonMapper.builder().build();
    }

    /** The slice's requests, through every filter-free part of Spring MVC the application uses. */
    @Bean
    MockMvc mockMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).build();
    }
}
