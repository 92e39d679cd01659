package org.statcommons.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.statcommons.access.NotAllowedException;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.GoneException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.TooLargeException;
import org.statcommons.platform.TooManyRequestsException;

/**
 * The one place where a failed request becomes an answer, for every handler of every feature. Under
 * {@code /api/} the answer is an RFC 9457 problem ({@link ProblemDetail}, written by Jackson); elsewhere an HTML
 * page ({@code error.html}), a redirect to sign in, or the form again with its messages and what was typed
 * ({@link ShowFormOnError}).
 *
 * <table>
 *   <caption>What each refusal answers</caption>
 *   <tr><th>Exception</th><th>Status</th><th>Page</th><th>Problem title</th></tr>
 *   <tr><td>{@link InvalidInputException}</td><td>400</td><td>the form again, or "Please check what you entered"</td>
 *       <td>Invalid input (with {@code errors}: field and message)</td></tr>
 *   <tr><td>{@link NotAllowedException}</td><td>403; not signed in: sign-in redirect, or 401 under /api/</td>
 *       <td>Not allowed</td><td>Not allowed / Not signed in</td></tr>
 *   <tr><td>{@link NotFoundException}</td><td>404</td><td>Not found</td><td>Not found</td></tr>
 *   <tr><td>{@link ConflictException}</td><td>409</td><td>the form again, or "That did not work"</td><td>Conflict</td></tr>
 *   <tr><td>{@link GoneException} (a used, withdrawn or expired link)</td><td>410</td><td>the exception's title</td>
 *       <td>Gone</td></tr>
 *   <tr><td>{@link TooLargeException} (and the upload parser's limit)</td><td>413</td><td>The file is too large</td>
 *       <td>File too large (with {@code limit})</td></tr>
 *   <tr><td>{@link TooManyRequestsException}</td><td>429 and {@code Retry-After}</td><td>the form again, or
 *       "Please wait a little"</td><td>Too many requests</td></tr>
 *   <tr><td>Spring MVC's own (no such route, wrong method or content type)</td><td>theirs</td>
 *       <td>{@link ServletErrorController}'s page</td><td>the status's title of {@link ServletErrorController}
 *       ("Page not found"), with Spring's detail</td></tr>
 *   <tr><td>A JSON body that cannot be read</td><td>400</td><td>{@link ServletErrorController}'s page</td>
 *       <td>Invalid input (with {@code errors}: the whole body, field {@code ""})</td></tr>
 * </table>
 *
 * Titles, the pages' texts and refusals given as {@code platform.Text} are in the request's language
 * ({@link Translator}); messages not yet in the bundles stay in English.
 *
 * <p>Errors that reach the servlet container instead (an unknown address, an exception nobody handled) are
 * answered by {@link ServletErrorController} with the same pages and problems; filters write problems with
 * {@link ProblemJsonWriter}. A failure because PostgreSQL is out of reach is answered 503 by
 * {@link DatabaseOutageResponder}, in front of everything that needs the database.
 */
@ControllerAdvice
class ErrorResponder extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponder.class);

    /** The adapter that runs handler methods: asked to run the method that shows a refused form again. */
    private final ObjectProvider<RequestMappingHandlerAdapter> handlers;
    /** Titles and messages in the request's language. */
    private final Translator translator;

    ErrorResponder(ObjectProvider<RequestMappingHandlerAdapter> handlers, Translator translator) {
        this.handlers = handlers;
        this.translator = translator;
    }

    @ExceptionHandler(NotAllowedException.class)
    Object notAllowed(NotAllowedException e, HttpServletRequest request) {
        String detail = e.text() == null ? e.getMessage() : translator.text(request, e.text());
        if (isApi(request)) {
            return e.signedIn()
                    ? problem(HttpStatus.FORBIDDEN, translator.text(request, "platform.error.not-allowed"), detail)
                    : problem(
                            HttpStatus.UNAUTHORIZED, translator.text(request, "platform.error.not-signed-in"), detail);
        }
        if (!e.signedIn()) {
            String target =
                    request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return new ModelAndView("redirect:/sign-in?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return page(HttpStatus.FORBIDDEN, translator.text(request, "platform.error.not-allowed"), detail);
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        String title = translator.text(request, "platform.error.not-found");
        String detail = e.text() == null ? e.getMessage() : translator.text(request, e.text());
        return isApi(request)
                ? problem(HttpStatus.NOT_FOUND, title, detail)
                : page(HttpStatus.NOT_FOUND, title, detail);
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response) {
        if (isApi(request)) {
            return invalidProblem(e, request, translator);
        }
        ModelAndView form = formAgain(e, HttpStatus.BAD_REQUEST, translator.byField(request, e), request, response);
        return form != null ? form : invalidPage(e, request, translator);
    }

    /** The 400 problem for invalid input: the first message, and every field with its message. */
    static ResponseEntity<ProblemDetail> invalidProblem(
            InvalidInputException e, HttpServletRequest request, Translator translator) {
        List<Map<String, String>> errors = e.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", translator.message(request, error)))
                .toList();
        ProblemDetail problem = problemDetail(
                HttpStatus.BAD_REQUEST,
                translator.text(request, "platform.error.invalid-input"),
                errors.isEmpty() ? e.getMessage() : errors.get(0).get("message"));
        problem.setProperty("errors", errors);
        return answer(problem);
    }

    /** The 400 page for invalid input where no form can be shown again. */
    static ModelAndView invalidPage(InvalidInputException e, HttpServletRequest request, Translator translator) {
        return page(
                HttpStatus.BAD_REQUEST,
                translator.text(request, "platform.error.check-input"),
                String.join(
                        " ",
                        e.errors().stream()
                                .map(error -> translator.message(request, error))
                                .toList()));
    }

    /** A JSON body refused while it was read ({@link TextOnlyJson}): the same problem as any invalid input. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof InvalidInputException invalid
                && isApi(((ServletWebRequest) request).getRequest())) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(invalidProblem(invalid, ((ServletWebRequest) request).getRequest(), translator)
                            .getBody());
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response) {
        String detail = e.text() == null ? e.getMessage() : translator.text(request, e.text());
        if (isApi(request)) {
            return problem(HttpStatus.CONFLICT, translator.text(request, "platform.error.conflict"), detail);
        }
        ModelAndView form = formAgain(e, HttpStatus.CONFLICT, Map.of("", detail), request, response);
        return form != null
                ? form
                : page(HttpStatus.CONFLICT, translator.text(request, "platform.error.did-not-work"), detail);
    }

    /** A link that can never work again: never the form again, since nothing typed would help. */
    @ExceptionHandler(GoneException.class)
    Object gone(GoneException e, HttpServletRequest request) {
        String detail = e.text() == null ? e.getMessage() : translator.text(request, e.text());
        return isApi(request)
                ? problem(HttpStatus.GONE, translator.text(request, "platform.error.gone"), detail)
                : page(
                        HttpStatus.GONE,
                        e.titleText() == null ? e.title() : translator.text(request, e.titleText()),
                        detail);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    Object tooMany(TooManyRequestsException e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        String detail = e.text() == null ? e.getMessage() : translator.text(request, e.text());
        if (isApi(request)) {
            return problem(HttpStatus.TOO_MANY_REQUESTS, translator.text(request, "platform.error.too-many"), detail);
        }
        ModelAndView form = formAgain(e, HttpStatus.TOO_MANY_REQUESTS, Map.of("", detail), request, response);
        return form != null
                ? form
                : page(HttpStatus.TOO_MANY_REQUESTS, translator.text(request, "platform.error.wait"), detail);
    }

    @ExceptionHandler(TooLargeException.class)
    Object tooLarge(TooLargeException e, HttpServletRequest request, HttpServletResponse response) {
        String detail = translator.text(request, e.text());
        if (isApi(request)) {
            ProblemDetail problem = problemDetail(
                    HttpStatus.CONTENT_TOO_LARGE, translator.text(request, "platform.error.file-too-large"), detail);
            problem.setProperty("limit", e.limit());
            return answer(problem);
        }
        // only a form that names it in @ShowFormOnError(on = …) is shown again (an upload form: the file is gone, the
        // rest stays)
        ModelAndView form = formAgain(e, HttpStatus.CONTENT_TOO_LARGE, Map.of("", detail), request, response);
        return form != null
                ? form
                : page(
                        HttpStatus.CONTENT_TOO_LARGE,
                        translator.text(request, "platform.error.file-too-large-page"),
                        detail);
    }

    /**
     * A file above the upload parser's own limit ({@code spring.servlet.multipart.max-file-size}, above every
     * feature's limit): a 413 problem under {@code /api/}; for pages the servlet container's 413 page.
     */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        if (isApi(servlet)) {
            ProblemDetail problem = problemDetail(
                    HttpStatus.CONTENT_TOO_LARGE,
                    translator.text(servlet, "platform.error.file-too-large"),
                    translator.text(servlet, "platform.error.file-too-large.detail"));
            if (ex.getMaxUploadSize() > 0) {
                problem.setProperty("limit", ex.getMaxUploadSize());
            }
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return super.handleMaxUploadSizeExceededException(ex, headers, status, request);
    }

    /**
     * Spring MVC's own errors: under {@code /api/} Spring's problem, with a plain detail for an unreadable body;
     * for pages the error is handed to the servlet container, whose error page is {@link ServletErrorController}.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        ServletWebRequest servlet = (ServletWebRequest) request;
        if (isApi(servlet.getRequest())) {
            ResponseEntity<Object> problem = super.handleExceptionInternal(ex, body, headers, statusCode, request);
            if (problem != null && problem.getBody() instanceof ProblemDetail detail) {
                // Spring's own title ("Not Found") in the request's language, as the servlet container's errors have it
                HttpStatus status = HttpStatus.resolve(statusCode.value());
                if (status != null && status.isError()) {
                    detail.setTitle(translator.text(
                            servlet.getRequest(),
                            "platform.error.status." + ServletErrorController.explanation(status) + ".title"));
                }
                // the default detail of an unreadable body quotes the parser's message; keep it short and plain, and
                // answer it as any invalid input, the whole body being the field at fault
                if (statusCode.value() == 400
                        && detail.getDetail() != null
                        && detail.getDetail().startsWith("Failed to read request")) {
                    String unreadable = translator.text(servlet.getRequest(), "platform.error.unreadable-body");
                    detail.setTitle(translator.text(servlet.getRequest(), "platform.error.invalid-input"));
                    detail.setDetail(unreadable);
                    detail.setProperty("errors", List.of(Map.of("field", "", "message", unreadable)));
                }
                return ResponseEntity.status(problem.getStatusCode())
                        .headers(problem.getHeaders())
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(detail);
            }
            return problem;
        }
        HttpServletResponse response = servlet.getResponse();
        if (response != null && !response.isCommitted()) {
            try {
                headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
                response.sendError(statusCode.value());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    /**
     * The refused form again, when the handler asked for it ({@link ShowFormOnError}) for this refusal: the
     * method that shows the form runs as for a request of its own, then gets the messages and the status. Null
     * when there is no such form, or when showing it failed too (the plain answer is better than none).
     */
    private ModelAndView formAgain(
            RuntimeException refusal,
            HttpStatus status,
            Map<String, String> errors,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod mapped)) {
            return null;
        }
        ShowFormOnError annotation = mapped.getMethodAnnotation(ShowFormOnError.class);
        if (annotation == null || Arrays.stream(annotation.on()).noneMatch(type -> type.isInstance(refusal))) {
            return null;
        }
        HandlerMethod handler = mapped.createWithResolvedBean();
        try {
            HandlerMethod form =
                    new HandlerMethod(handler.getBean(), formMethod(handler.getBeanType(), annotation.value()));
            ModelAndView view = handlers.getObject().handle(request, response, form);
            if (view == null) {
                return null;
            }
            if (view.getViewName() != null && view.getViewName().startsWith("redirect:")) {
                if (status != HttpStatus.BAD_REQUEST) {
                    // a redirect cannot carry the status (409, 429), which clients and tests rely on
                    return null;
                }
                RequestContextUtils.getOutputFlashMap(request).put("errors", errors);
                return view;
            }
            view.addObject("errors", errors);
            view.setStatus(status);
            return view;
        } catch (Exception e) {
            log.warn(
                    "Could not show the form again after {} on {}",
                    refusal.getClass().getSimpleName(),
                    request.getRequestURI(),
                    e);
            return null;
        }
    }

    /** The one method of that name in the controller; {@link FormMethodChecker} makes sure at start that there is one. */
    static Method formMethod(Class<?> controller, String name) {
        List<Method> found = Arrays.stream(ClassUtils.getUserClass(controller).getDeclaredMethods())
                .filter(method -> method.getName().equals(name) && !method.isSynthetic())
                .toList();
        if (found.size() != 1) {
            throw new IllegalStateException(controller.getSimpleName() + " has " + found.size() + " methods named '"
                    + name + "' (@ShowFormOnError names exactly one)");
        }
        return found.get(0);
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    static ProblemDetail problemDetail(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        return answer(problemDetail(status, title, detail));
    }

    static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    static ModelAndView page(HttpStatus status, String title, String message) {
        ModelAndView view = new ModelAndView("error", Map.of("title", title, "message", message));
        view.setStatus(status);
        return view;
    }
}
