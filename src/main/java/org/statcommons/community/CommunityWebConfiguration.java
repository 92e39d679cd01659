package org.statcommons.community;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.statcommons.access.Permissions;

/** Lets every feature's handlers take a {@link Permitted} {@link Community}. */
@Configuration(proxyBeanMethods = false)
class CommunityWebConfiguration implements WebMvcConfigurer {

    private final Communities communities;
    private final Permissions permissions;
    private final CommunityFrame frame;

    CommunityWebConfiguration(Communities communities, Permissions permissions, CommunityFrame frame) {
        this.communities = communities;
        this.permissions = permissions;
        this.frame = frame;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PermittedCommunityResolver(communities, permissions, frame));
    }
}
