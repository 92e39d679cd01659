package org.statcommons.content.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.statcommons.access.Action;
import org.statcommons.access.NotAllowedException;
import org.statcommons.content.Author;
import org.statcommons.identity.CurrentAccount;

/**
 * Resolves an {@link Author} handler parameter: the signed-in person as the author of the commit a change makes.
 * Handlers take it after their {@code @Permitted} community, so someone not signed in was refused before; should
 * a handler take it alone, they are sent to sign in.
 */
class AuthorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Author.class;
    }

    @Override
    public Author resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return CurrentAccount.of(webRequest.getNativeRequest(HttpServletRequest.class))
                .map(account -> new Author(account.displayName(), account.email(), account.id()))
                .orElseThrow(() -> new NotAllowedException(Action.EDIT_PAGE, false));
    }
}
