package org.statcommons.identity;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <personal access token>}. A token
 * that is unknown, revoked, expired or lacks the scope for the method gets a 401 or 403 problem; the
 * token never creates a session.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private final AccessTokens tokens;
    private final ProblemWriter problems;

    AccessTokenFilter(AccessTokens tokens, ProblemWriter problems) {
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
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).strip();
        Optional<TokenBearer> bearer = tokens.authenticate(secret);
        if (bearer.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(response, 401, "Not signed in", "The access token is not valid: it may be mistyped, expired or revoked.");
            return;
        }
        TokenScope needed = isRead(request) ? TokenScope.READ : TokenScope.WRITE;
        if (request.getRequestURI().startsWith("/api/") && !bearer.get().scopes().contains(needed)
                && !(needed == TokenScope.READ && bearer.get().scopes().contains(TokenScope.WRITE))) {
            problems.write(response, 403, "Scope missing", "This token lacks the " + needed.name().toLowerCase() + " scope.");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(bearer.get(), null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"))));
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
