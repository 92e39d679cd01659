package org.statcommons.community;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.statcommons.access.Action;
import org.statcommons.access.Actor;
import org.statcommons.access.Permissions;
import org.statcommons.identity.CurrentAccount;

/**
 * Resolves {@link Permitted} community parameters: the community of {@code {slug}} (404 when there is none), the
 * policy's answer for the current actor (a refusal is thrown before anything else is read), and for screens that
 * render a view the community frame in the model. Registered by {@link CommunityWebConfiguration}; a bean, so that a
 * feature whose handlers take a parameter standing for a community or something else (a survey's owner: a community
 * or the platform) resolves the community the same way ({@link #resolve}).
 */
@Component
public class PermittedCommunityResolver implements HandlerMethodArgumentResolver {

    private final Communities communities;
    private final Permissions permissions;
    private final CommunityFrame frame;

    PermittedCommunityResolver(Communities communities, Permissions permissions, CommunityFrame frame) {
        this.communities = communities;
        this.permissions = permissions;
        this.frame = frame;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(Permitted.class) && parameter.getParameterType() == Community.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return resolve(parameter.getParameterAnnotation(Permitted.class).value(), parameter, mavContainer, webRequest);
    }

    /**
     * The community of the request's {@code {slug}} once the current actor may take the action there, its frame in
     * the model for a screen: what a {@link Permitted} community parameter is, for a parameter of another type.
     */
    public Community resolve(
            Action action, MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest webRequest) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Community community = communities.require(slug(request, parameter));
        Actor actor = CurrentAccount.actor(request);
        permissions.require(actor, action, community.id());
        if (mavContainer != null && rendersView(parameter)) {
            frame.addTo(mavContainer.getModel(), actor, community, tab(parameter));
        }
        return community;
    }

    private static String slug(HttpServletRequest request, MethodParameter parameter) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String slug = variables == null ? null : variables.get("slug");
        if (slug == null) {
            throw new IllegalStateException(
                    parameter.getExecutable() + " takes a @Permitted Community, but its address has no {slug}");
        }
        return slug;
    }

    /** JSON endpoints need no frame. */
    private static boolean rendersView(MethodParameter parameter) {
        return !parameter.hasMethodAnnotation(ResponseBody.class)
                && !AnnotatedElementUtils.hasAnnotation(parameter.getContainingClass(), ResponseBody.class);
    }

    private static String tab(MethodParameter parameter) {
        CommunityTab tab = parameter.getMethodAnnotation(CommunityTab.class);
        if (tab == null) {
            tab = AnnotatedElementUtils.findMergedAnnotation(parameter.getContainingClass(), CommunityTab.class);
        }
        return tab == null ? null : tab.value();
    }
}
