package org.statcommons.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Answers every request that failed because PostgreSQL could not be reached (stopped, restarting, the network to it
 * down, or the pool waited {@code statcommons.db.connection-timeout} for a connection in vain): 503 with
 * {@code Retry-After}, a page saying so in the request's language (that the server is busy when every connection was in
 * use while the database answered), or an RFC 9457 problem under {@code /api/}. Without
 * it the failure reached the servlet container, whose error page needs the database itself (the session, the person's
 * language) and so failed again into a bare 500. It sits in front of Spring Session's filter, which reads the session
 * from the database before anything else, and renders without the session or the account: the language comes from what
 * the request carries ({@link LanguageResolver#withoutAccount}). Nothing was done: a write whose transaction could not
 * commit was rolled back by PostgreSQL, and a Git save moves its branch back itself.
 */
@Component
// after the request observer (the request's id and timing), before Spring Session's filter (HIGHEST_PRECEDENCE + 50)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageResponder extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageResponder.class);

    /** What a client is told to wait before trying again: about what a PostgreSQL restart takes. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final MessageSource messages;
    private final ProblemJsonWriter problems;
    private final ITemplateEngine templates;
    /** Lets the page's expressions reach beans ({@code @languages}), as a view rendered by Spring MVC does. */
    private final ThymeleafEvaluationContext beans;

    DatabaseOutageResponder(
            MessageSource messages,
            ProblemJsonWriter problems,
            ITemplateEngine templates,
            ApplicationContext application) {
        this.messages = messages;
        this.problems = problems;
        this.templates = templates;
        this.beans = new ThymeleafEvaluationContext(application, DefaultConversionService.getSharedInstance());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!unreachable(e) || response.isCommitted()) {
                throw e;
            }
            boolean busy = busy(e);
            // one line per request: the cause is the same for all of them, and a stack trace each would flood the log
            log.warn(
                    busy
                            ? "Every database connection is in use: {} {} answered 503 ({})"
                            : "The database is unreachable: {} {} answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootCause(e).toString());
            answer(request, response, busy ? "platform.error.server-busy" : "platform.error.database-unreachable");
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, String texts) throws IOException {
        response.reset();
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        Locale language = LanguageResolver.withoutAccount(request).locale();
        String title = messages.getMessage(texts + ".title", null, language);
        String message = messages.getMessage(texts + ".message", null, language);
        if (ErrorResponder.isApi(request)) {
            problems.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, title, message);
            return;
        }
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(request, response),
                language,
                Map.of(
                        "title",
                        title,
                        "message",
                        message,
                        "status",
                        HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                        beans));
        String page = templates.process("error", context);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(page);
    }

    /**
     * Whether the failure is PostgreSQL out of reach rather than a fault of the request: no connection within the
     * pool's time limit, or a connection refused, broken ({@code 08…}) or ended by a shutting-down server
     * ({@code 57P…}).
     */
    static boolean unreachable(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 30; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException) {
                return true;
            }
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && unreachable(rollback.getApplicationException())) {
                // the rollback failed on the broken connection too, and carries the first failure beside its cause
                return true;
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the pool waited in vain while the database answered: every connection in use by other requests (an
     * overloaded server, not an outage). The pool reports a wait with no connection failure behind it, where an
     * outage carries the last failed connection's error ({@code 08…}) as the cause.
     */
    static boolean busy(Throwable failure) {
        boolean waited = false;
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 30; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return false;
            }
            if (cause instanceof SQLTransientConnectionException && cause.getCause() == null) {
                waited = true;
            }
        }
        return waited;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause.getCause() != null && depth < 30; depth++) {
            cause = cause.getCause();
        }
        return cause;
    }
}
