package org.statcommons.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.statcommons.platform.InvalidInputException;

/**
 * Spring MVC's own errors (no such address, wrong method, unsupported content type, unreadable JSON): an RFC
 * 9457 problem under {@code /api/}, and for pages the same error page as everything else ({@link ErrorPages}).
 */
@ControllerAdvice
class StandardErrors extends ResponseEntityExceptionHandler {

    /** A JSON body refused while it was read ({@link TextOnlyJson}): the same problem as any invalid input. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof InvalidInputException invalid
                && ErrorAnswers.isApi(((ServletWebRequest) request).getRequest())) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ErrorAnswers.invalidProblem(invalid).getBody());
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ServletWebRequest servlet = (ServletWebRequest) request;
        if (ErrorAnswers.isApi(servlet.getRequest())) {
            ResponseEntity<Object> problem = super.handleExceptionInternal(ex, body, headers, statusCode, request);
            if (problem != null && problem.getBody() instanceof ProblemDetail detail) {
                // the default detail of an unreadable body quotes the parser's message; keep it short and plain
                if (statusCode.value() == 400 && detail.getDetail() != null && detail.getDetail().startsWith("Failed to read request")) {
                    detail.setDetail("The request body is not valid JSON, or does not have the expected shape.");
                }
                return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
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
}
