package org.statcommons.content.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.statcommons.community.Communities;
import org.statcommons.content.SetUpSpace;

/**
 * Sets a community's space up before any of content's handlers runs, for the communities older than spaces and
 * for the first visit that comes before {@code CommunitySpaceCreator} (which sets it up after the community's creation
 * committed, asynchronously). Runs before the handler's {@code @Permitted} check on purpose: setting up an
 * existing community's space tells nothing and changes nothing anyone could see, and an unknown address is left
 * to the handler's 404.
 */
class SpaceSetupInterceptor implements HandlerInterceptor {

    private static final String CONTENT = "org.statcommons.content.";

    private final Communities communities;
    private final SetUpSpace setup;

    SpaceSetupInterceptor(Communities communities, SetUpSpace setup) {
        this.communities = communities;
        this.setup = setup;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method
                && method.getBeanType().getName().startsWith(CONTENT)) {
            @SuppressWarnings("unchecked")
            Map<String, String> variables =
                    (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            String slug = variables == null ? null : variables.get("slug");
            if (slug != null) {
                communities.bySlug(slug).ifPresent(community -> setup.ensure(community.id()));
            }
        }
        return true;
    }
}
