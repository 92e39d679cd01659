package org.statcommons.support;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import tools.jackson.databind.json.JsonMapper;

/**
 * For the Spring MVC slice tests of a feature's controllers (with {@code @EnableWebMvc}): the one error answer
 * ({@code platform.web.ErrorResponder}, so refused forms come back through {@code @ShowFormOnError}), the check of
 * the methods it names, and the JSON its problems are written with. Import it in the slice's configuration.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "org.statcommons.platform.web", useDefaultFilters = false, includeFilters = @ComponentScan.Filter(
        type = FilterType.REGEX, pattern = ".*\\.(ErrorResponder|FormMethodChecker|ProblemJsonWriter)"))
public class ErrorResponderSlice {

    @Bean
    JsonMapper jsonMapper() {
        return JsonMapper.builder().build();
    }
}
