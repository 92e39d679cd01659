package org.statcommons.content.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The shared frame of a space's handlers: the {@code Author} of a change. (No set-up per request: every community
 * has its space before it is visited, see {@code content.space.CommunitySpaceCreator}.)
 */
@Configuration(proxyBeanMethods = false)
class SpaceWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new AuthorArgumentResolver());
    }
}
