package org.statcommons.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in account on every request. A session whose account was suspended, or whose password
 * changed since, ends here: the person is signed out and told why on the sign-in page.
 */
class AccountCheckFilter extends OncePerRequestFilter {

    private final Accounts accounts;

    AccountCheckFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn) {
            Optional<Account> account = accounts.byId(signedIn.accountId())
                    .filter(Account::active)
                    .filter(a -> a.sessionVersion() == signedIn.sessionVersion());
            if (account.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                if ("GET".equals(request.getMethod())
                        && !request.getRequestURI().startsWith("/api/")) {
                    response.sendRedirect("/sign-in?ended");
                    return;
                }
            } else {
                request.setAttribute(CurrentAccount.ATTRIBUTE, account.get());
            }
        } else if (authentication != null && authentication.getPrincipal() instanceof TokenBearer bearer) {
            request.setAttribute(CurrentAccount.ATTRIBUTE, bearer.account());
        }
        chain.doFilter(request, response);
    }
}
