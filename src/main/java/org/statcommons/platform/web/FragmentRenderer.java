package org.statcommons.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders one fragment of a template on its own, during a request, so that HTML every reader with the same rights
 * sees alike can be rendered once and remembered (the community's and the space's navigation).
 */
public final class FragmentRenderer {

    private FragmentRenderer() {}

    /**
     * The fragment rendered with only these variables, with the current request for its links (address, encoding).
     * The variables become attributes of the current request, replacing any of the same name for the rest of its
     * rendering: give them names of their own, never null.
     */
    public static String render(
            ITemplateEngine templates,
            String template,
            String fragment,
            Locale language,
            Map<String, Object> variables) {
        ServletRequestAttributes attributes =
                (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = attributes.getRequest();
        HttpServletResponse response = attributes.getResponse();
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, response),
                language,
                variables);
        return templates.process(template, Set.of(fragment), context);
    }
}
