package org.statcommons.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/** Writes an RFC 9457 problem from a filter, where no controller advice runs. */
@Component
class ProblemWriter {

    void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + json(detail) + "\"}");
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
