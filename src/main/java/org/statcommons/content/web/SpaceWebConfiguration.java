package org.statcommons.content.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.statcommons.community.Communities;
import org.statcommons.content.SetUpSpace;

/** The shared frame of a space's handlers: the {@code Author} of a change, and the space set up on first visit. */
@Configuration(proxyBeanMethods = false)
class SpaceWebConfiguration implements WebMvcConfigurer {

    private final Communities communities;
    private final SetUpSpace setup;

    SpaceWebConfiguration(Communities communities, SetUpSpace setup) {
        this.communities = communities;
        this.setup = setup;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new AuthorArgumentResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new SpaceSetupInterceptor(communities, setup));
    }
}
