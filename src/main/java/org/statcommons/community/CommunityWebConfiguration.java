package org.statcommons.community;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets every feature's handlers take a {@link Permitted} {@link Community}. */
@Configuration(proxyBeanMethods = false)
class CommunityWebConfiguration implements WebMvcConfigurer {

    private final PermittedCommunityResolver resolver;

    CommunityWebConfiguration(PermittedCommunityResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(resolver);
    }
}
