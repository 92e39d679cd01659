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

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        boolean api = uri instanceof String path && path.startsWith("/api/");
        if (request.getAttribute(TextOnlyRequests.REFUSAL) instanceof InvalidInputException refusal) {
            // refused at the edge, before any handler: answered as any invalid input is
            return api ? ErrorResponder.invalidProblem(refusal) : ErrorResponder.invalidPage(refusal);
        }
        HttpStatus status = statusOf(request);
        Explanation explanation = Explanation.of(status);
        if (api) {
            return ErrorResponder.problem(status, explanation.title(), explanation.message());
        }
        ModelAndView page = ErrorResponder.page(status, explanation.title(), explanation.message());
        page.addObject("status", status.value());
        return page;
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** What to tell people for each kind of error. */
    record Explanation(String title, String message) {

        static Explanation of(HttpStatus status) {
            return switch (status) {
                case NOT_FOUND ->
                    new Explanation(
                            "Page not found",
                            "There is nothing at this address. It may have moved, or the link may be mistyped.");
                case FORBIDDEN ->
                    new Explanation(
                            "Not allowed",
                            "You may not do this. If you were filling in a form, it may have expired: go back, reload the page and try again.");
                case UNAUTHORIZED -> new Explanation("Not signed in", "Please sign in first.");
                case METHOD_NOT_ALLOWED ->
                    new Explanation("Not possible here", "This address does not accept this kind of request.");
                case UNSUPPORTED_MEDIA_TYPE ->
                    new Explanation("Unsupported content", "This address does not accept this kind of content.");
                case BAD_REQUEST -> new Explanation("Bad request", "The request could not be understood.");
                case CONTENT_TOO_LARGE ->
                    new Explanation("Too large", "What you sent is larger than this server accepts.");
                default ->
                    status.is4xxClientError()
                            ? new Explanation("Request not accepted", "The server could not accept this request.")
                            : new Explanation(
                                    "Something went wrong",
                                    "The server could not answer this request. Please try again later; if it keeps happening, tell the administrators.");
            };
        }
    }
}
