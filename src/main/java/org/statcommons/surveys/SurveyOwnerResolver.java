package org.statcommons.surveys;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.statcommons.access.Action;
import org.statcommons.access.Permissions;
import org.statcommons.community.Permitted;
import org.statcommons.community.PermittedCommunityResolver;
import org.statcommons.identity.CurrentAccount;

/**
 * Resolves a handler's {@link Permitted} {@link SurveyOwner}: under {@code /c/{slug}/…} the community, exactly as a
 * {@link Permitted} community (404, the action asked of the policy, the frame); elsewhere ({@code /admin/surveys/…})
 * the platform, once the actor may {@link Action#MANAGE_PLATFORM_SURVEYS}, which stands for every action of a
 * platform-wide survey. Either way the owner goes into a screen's model as {@code surveyOwner}, whose address the
 * templates build their links from.
 */
class SurveyOwnerResolver implements HandlerMethodArgumentResolver {

    private final PermittedCommunityResolver communities;
    private final Permissions permissions;

    SurveyOwnerResolver(PermittedCommunityResolver communities, Permissions permissions) {
        this.communities = communities;
        this.permissions = permissions;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(Permitted.class) && parameter.getParameterType() == SurveyOwner.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        SurveyOwner owner;
        if (variables != null && variables.containsKey("slug")) {
            Action action = parameter.getParameterAnnotation(Permitted.class).value();
            owner = SurveyOwner.of(communities.resolve(action, parameter, mavContainer, webRequest));
        } else {
            permissions.require(CurrentAccount.actor(request), Action.MANAGE_PLATFORM_SURVEYS);
            owner = SurveyOwner.platform();
        }
        if (mavContainer != null) {
            mavContainer.getModel().addAttribute("surveyOwner", owner);
        }
        return owner;
    }
}
