package org.statcommons.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.statcommons.platform.InvalidInputException;

/**
 * Answers every error that reaches the servlet container (an unknown address, a refused form, an exception
 * nobody handled, Spring MVC's own errors on pages): a page with a title and a plain explanation, or a problem for
 * {@code /api/}, built like {@link ErrorResponder}'s. Never a stack trace or an exception message, which could
 * reveal internals; only our own words, such as the refusal of {@link TextOnlyRequests}.
 */
@Controller
class ServletErrorController implements ErrorController {

    private final Translator translator;

    ServletErrorController(Translator translator) {
        this.translator = translator;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = uri instanceof String path && path.startsWith("/api/");
        if (request.getAttribute(TextOnlyRequests.REFUSAL) instanceof InvalidInputException refusal) {
            // refused at the edge, before any handler: answered as any invalid input is
            return api
                    ? ErrorResponder.invalidProblem(refusal, request, translator)
                    : ErrorResponder.invalidPage(refusal, request, translator);
        }
        HttpStatus status = statusOf(request);
        String explanation = "platform.error.status." + explanation(status);
        String title = translator.text(request, explanation + ".title");
        String message = translator.text(request, explanation + ".message");
        if (api) {
            return ErrorResponder.problem(status, title, message);
        }
        ModelAndView page = ErrorResponder.page(status, title, message);
        page.addObject("status", status.value());
        return page;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** What to tell people for each kind of error: the bundle keys {@code platform.error.status.<kind>.title/.message}. */
    static String explanation(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "not-found";
            case FORBIDDEN -> "forbidden";
            case UNAUTHORIZED -> "unauthorized";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case BAD_REQUEST -> "bad-request";
            case CONTENT_TOO_LARGE -> "too-large";
            default -> status.is4xxClientError() ? "client-error" : "server-error";
        };
    }
}
