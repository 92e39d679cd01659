package org.statcommons.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;
import org.statcommons.platform.TextInput;

/**
 * One check at the edge for every request's parameters — query, form fields, multipart fields and uploaded
 * files' names — before anything reads them: each must be {@link TextInput#isText text}. A NUL, which
 * PostgreSQL cannot keep, otherwise reached the database from whichever form asked it first (a page path, the
 * sign-in form's address, an attachment's name) and answered 500. Refused here with 400 and a plain message,
 * on the error page or as a problem under {@code /api/} ({@link ErrorPages}). JSON bodies get the same check
 * as they are read ({@link TextOnlyJson}); what else a field accepts stays the field's business
 * ({@link TextInput}). Malformed UTF-8 never gets this far: Tomcat refuses it with 400. The answer is the same
 * as for any invalid input: a 400 page, or under {@code /api/} a problem naming the field.
 */
@Component
// before Spring Security's filter chain (order -100), whose CSRF check and sign-in form read parameters first
@Order(-110)
class TextOnlyRequests extends OncePerRequestFilter {

    /** The request attribute holding the refusal ({@link InvalidInputException}), for the error page. */
    static final String REFUSAL = TextOnlyRequests.class.getName() + ".refusal";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InvalidInputException refusal;
        try {
            refusal = refusal(request.getParameterMap());
        } catch (InvalidFileNameException e) {
            refusal = new InvalidInputException("file", TextInput.notText(Text.of("platform.input.file-name")));
        }
        if (refusal != null) {
            request.setAttribute(REFUSAL, refusal);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    private static InvalidInputException refusal(Map<String, String[]> parameters) {
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!TextInput.isText(name)) {
                return new InvalidInputException("", TextInput.notText(Text.of("platform.input.field-name")));
            }
            for (String value : parameter.getValue()) {
                if (value != null && !TextInput.isText(value)) {
                    return new InvalidInputException(name, TextInput.notText(Text.of("platform.input.field", name)));
                }
            }
        }
        return null;
    }
}
