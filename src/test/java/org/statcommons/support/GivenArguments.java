package org.statcommons.support;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.statcommons.access.Actor;
import org.statcommons.community.Community;
import org.statcommons.community.Permitted;

/**
 * For MVC slice tests: the person asking and, for a {@code @Permitted} parameter, the community as the policy would
 * have allowed it (the real resolvers read the session and the database). Add it in the slice's
 * {@code addArgumentResolvers}.
 */
public record GivenArguments(Actor actor, Community community) implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class
                || community != null && parameter.hasParameterAnnotation(Permitted.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        return parameter.getParameterType() == Actor.class ? actor : community;
    }
}
