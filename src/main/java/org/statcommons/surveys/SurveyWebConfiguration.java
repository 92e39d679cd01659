package org.statcommons.surveys;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.statcommons.access.Permissions;
import org.statcommons.community.PermittedCommunityResolver;

/** Lets this feature's handlers take a {@link org.statcommons.community.Permitted} {@link SurveyOwner}. */
@Configuration(proxyBeanMethods = false)
class SurveyWebConfiguration implements WebMvcConfigurer {

    private final PermittedCommunityResolver communities;
    private final Permissions permissions;

    SurveyWebConfiguration(PermittedCommunityResolver communities, Permissions permissions) {
        this.communities = communities;
        this.permissions = permissions;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new SurveyOwnerResolver(communities, permissions));
    }
}
