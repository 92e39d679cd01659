package org.statcommons.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.statcommons.platform.web.ProblemJsonWriter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <personal access token>}. A token
 * that is unknown, revoked, expired or lacks the scope for the method gets a 401 or 403 problem; the
 * token never creates a session.
 *
 * <p>A token reaches only the routes it is made for: the JSON API under {@code /api/} (by scope) and Git
 * over HTTP (its own security chain, {@code content.githttp.GitHttpConfiguration}). Anywhere else (the HTML pages, their
 * forms, administration, the account's own token page) a Bearer header is refused with 401 before any
 * other check, so a leaked token can never act as a signed-in browser, mint a stronger token or reach
 * {@code /admin}. The refusal comes first, even for a valid token, so that probing a page never tells
 * whether a token is good.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private final AccessTokenAuthenticator tokens;
    private final ProblemJsonWriter problems;

    AccessTokenFilter(AccessTokenAuthenticator tokens, ProblemJsonWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!WebSecurityConfiguration.isApi(request)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_request\"");
            problems.write(
                    response,
                    401,
                    "Token not accepted here",
                    "Personal access tokens work only for the API (/api/) and for Git (/git/). Sign in with a browser to use the pages.");
            return;
        }
        String secret =
                request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
        Optional<TokenBearer> bearer = tokens.authenticate(secret);
        if (bearer.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(
                    response,
                    401,
                    "Not signed in",
                    "The access token is not valid: it may be mistyped, expired or revoked.");
            return;
        }
        TokenScope needed = isRead(request) ? TokenScope.READ : TokenScope.WRITE;
        if (!bearer.get().scopes().contains(needed)
                && !(needed == TokenScope.READ && bearer.get().scopes().contains(TokenScope.WRITE))) {
            problems.write(
                    response,
                    403,
                    "Scope missing",
                    "This token lacks the " + needed.name().toLowerCase(Locale.ROOT) + " scope.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                bearer.get(), null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
