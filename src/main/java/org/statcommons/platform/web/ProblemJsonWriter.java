package org.statcommons.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem straight to a response, for filters and servlets, where no controller advice
 * runs: a {@link ProblemDetail} written by Jackson as Spring MVC writes it (extra properties at the top level,
 * empty ones left out), never JSON put together by hand.
 */
@Component
public class ProblemJsonWriter {

    private final JsonMapper json;

    ProblemJsonWriter(JsonMapper json) {
        this.json = json.rebuild()
                .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
                .build();
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem);
    }

    /** A problem with this status, title and detail. */
    public void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        write(response, ErrorResponder.problemDetail(HttpStatusCode.valueOf(status), title, detail));
    }
}
