package org.statcommons.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.statcommons.access.NotAllowedException;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.TooManyRequestsException;

/**
 * The fallback answer when a page or API call fails: an RFC 9457 problem for {@code /api/}, a plain page
 * otherwise. Forms that can show messages next to their fields catch {@link InvalidInputException} first.
 */
@ControllerAdvice
class ErrorAnswers {

    @ExceptionHandler(NotAllowedException.class)
    Object notAllowed(NotAllowedException e, HttpServletRequest request) {
        if (isApi(request)) {
            return problem(e.signedIn() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED,
                    e.signedIn() ? "Not allowed" : "Not signed in", e.getMessage(), null);
        }
        if (!e.signedIn()) {
            String target = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return new ModelAndView("redirect:/sign-in?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return page(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return isApi(request) ? problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), null)
                : page(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request) {
        return isApi(request) ? problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), null)
                : page(HttpStatus.CONFLICT, "That did not work", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HttpServletRequest request) {
        return isApi(request) ? invalidProblem(e) : invalidPage(e);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    Object tooMany(TooManyRequestsException e, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        return isApi(request) ? problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", e.getMessage(), null)
                : page(HttpStatus.TOO_MANY_REQUESTS, "Please wait a little", e.getMessage());
    }

    /** The 400 problem for invalid input: the first message, and every field with its message. */
    static ResponseEntity<ProblemDetail> invalidProblem(InvalidInputException e) {
        List<Map<String, String>> errors = e.errors().stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList();
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getMessage(), errors);
    }

    /** The 400 page for invalid input, for forms that do not show the messages beside their fields. */
    static ModelAndView invalidPage(InvalidInputException e) {
        return page(HttpStatus.BAD_REQUEST, "Please check what you entered", String.join(" ",
                e.errors().stream().map(InvalidInputException.FieldMessage::message).toList()));
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
                                                         List<Map<String, String>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ModelAndView page(HttpStatus status, String title, String message) {
        ModelAndView view = new ModelAndView("error", Map.of("title", title, "message", message));
        view.setStatus(status);
        return view;
    }
}
