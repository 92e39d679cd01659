package org.statcommons.content.githttp;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.eclipse.jgit.http.server.GitSmartHttpTools;
import org.eclipse.jgit.http.server.UploadPackErrorHandler;
import org.eclipse.jgit.transport.ServiceMayNotContinueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a clone or fetch when the Git client has gone. JGit prepares a pack (counting objects, then
 * compressing them) before it writes any of it, and meanwhile writes only progress messages, once a second;
 * when writing one fails it just stops sending progress and goes on preparing, for minutes on a large
 * repository nobody is waiting for. Around JGit's upload-pack servlet this filter turns a failed write to
 * the client into an unchecked {@link ClientLeft}, which JGit's progress reporter does not catch: the
 * preparation ends at the next progress message, within about a second of the client leaving. As the
 * upload-pack error handler, it then ends the request quietly (one line in the log instead of a stack
 * trace); other errors are answered as JGit's default handler answers them.
 * <p>
 * This needs progress messages: a client that asked for none ({@code git clone -q}, or any clone whose
 * output is not a terminal) is noticed only when the pack itself starts to flow. Repacking
 * ({@code SpaceRepacker}) keeps the preparation short for those.
 */
class StopWhenClientLeaves implements Filter, UploadPackErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(StopWhenClientLeaves.class);

    /** The client is no longer reading: nothing written to it arrives, so nothing more is worth preparing. */
    static final class ClientLeft extends UncheckedIOException {
        ClientLeft(IOException cause) {
            super("The Git client has gone", cause);
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
            private ServletOutputStream out;

            @Override
            public ServletOutputStream getOutputStream() throws IOException {
                if (out == null) {
                    out = new Watched(super.getOutputStream());
                }
                return out;
            }
        });
    }

    @Override
    public void upload(HttpServletRequest request, HttpServletResponse response, UploadPackRunnable upload)
            throws IOException {
        long start = System.nanoTime();
        try {
            upload.upload();
        } catch (ClientLeft e) {
            log.info(
                    "Stopped a clone or fetch of {}: the client left after {} ms ({})",
                    request.getRequestURI(),
                    (System.nanoTime() - start) / 1_000_000,
                    e.getCause().getMessage());
        } catch (ServiceMayNotContinueException e) {
            if (!e.isOutput() && !response.isCommitted()) {
                response.reset();
                GitSmartHttpTools.sendError(request, response, e.getStatusCode(), e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Upload-pack of {} failed", request.getRequestURI(), e);
            if (!response.isCommitted()) {
                response.reset();
                GitSmartHttpTools.sendError(request, response, UploadPackErrorHandler.statusCodeForThrowable(e), null);
            }
        }
    }

    /** The response's stream, whose failed writes become {@link ClientLeft}. */
    static final class Watched extends ServletOutputStream {

        private final OutputStream out;

        Watched(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            try {
                out.write(b);
            } catch (IOException e) {
                throw new ClientLeft(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw new ClientLeft(e);
            }
        }

        @Override
        public void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new ClientLeft(e);
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        @Override
        public boolean isReady() {
            return !(out instanceof ServletOutputStream servlet) || servlet.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            if (out instanceof ServletOutputStream servlet) {
                servlet.setWriteListener(listener);
            }
        }
    }
}
