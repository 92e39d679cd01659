package org.statcommons.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
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
     * Variables must not be null; the request's attributes of the same names are as they were afterwards.
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
        // Thymeleaf keeps a web context's variables as request attributes: put back what the page had under
        // the same names, so that rendering a fragment on its own never changes the rest of the page
        Map<String, Object> before = new HashMap<>();
        variables.keySet().forEach(name -> before.put(name, request.getAttribute(name)));
        try {
            WebContext context = new WebContext(
                    JakartaServletWebApplication.buildApplication(request.getServletContext())
                            .buildExchange(request, response),
                    language,
                    variables);
            return templates.process(template, Set.of(fragment), context);
        } finally {
            before.forEach((name, value) -> {
                if (value == null) {
                    request.removeAttribute(name);
                } else {
                    request.setAttribute(name, value);
                }
            });
        }
    }
}
