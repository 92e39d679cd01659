package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.statcommons.platform.TimePresenter;

/**
 * Lets controllers take the reader's {@link TimePresenter} as a parameter: the zone of the signed-in account's
 * profile, UTC for someone signed out or with no zone, in the request's language. Here because identity knows the profile; the formatting is
 * the platform's.
 */
@Configuration(proxyBeanMethods = false)
class ReaderTimesResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    static TimePresenter of(HttpServletRequest request) {
        return CurrentAccount.of(request)
                .map(account -> TimePresenter.forZone(account.timeZone()))
                .orElse(TimePresenter.anonymous())
                .inLanguage(RequestContextUtils.getLocale(request));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == TimePresenter.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return of(webRequest.getNativeRequest(HttpServletRequest.class));
    }
}
