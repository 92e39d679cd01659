package org.statcommons.content.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.statcommons.content.ContentProperties;
import org.statcommons.content.FileTooLargeException;

/**
 * A file above the attachment limit gets 413 with a clear message: a page, or under {@code /api/} an RFC 9457
 * problem. This covers the files the multipart parser already refuses (above
 * {@code spring.servlet.multipart.max-file-size}, which follows the attachment limit) as well as those
 * {@link org.statcommons.content.Attachments} refuses.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAnswers {

    private final ContentProperties properties;

    UploadLimitAnswers(ContentProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLargeForTheServer(HttpServletRequest request) {
        return answer(new FileTooLargeException(properties.maxAttachmentSize().toBytes()), request);
    }

    @ExceptionHandler(FileTooLargeException.class)
    Object tooLarge(FileTooLargeException e, HttpServletRequest request) {
        return answer(e, request);
    }

    private static Object answer(FileTooLargeException e, HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
            problem.setTitle("File too large");
            problem.setProperty("limit", e.limit());
            return org.springframework.http.ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView view = new ModelAndView("error", Map.of("title", "The file is too large", "message", e.getMessage()));
        view.setStatus(HttpStatus.CONTENT_TOO_LARGE);
        return view;
    }
}
