package org.statcommons.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.statcommons.platform.web.ProblemJsonWriter;

/** Writes an RFC 9457 problem from the security filters, where no controller advice runs. */
@Component
class ProblemWriter {

    private final ProblemJsonWriter writer;

    ProblemWriter(ProblemJsonWriter writer) {
        this.writer = writer;
    }

    void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        writer.write(response, status, title, detail);
    }
}
