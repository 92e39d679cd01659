package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.statcommons.platform.Text;

/**
 * Where a provider's answer leads. Spring Security has checked the ID token (signature against the provider's keys,
 * issuer, audience, expiry, nonce); this turns the identity into a StatCommons session: the account
 * ({@link SignInWithOrganisation}) is signed in in a new session whose principal is the same as after a password
 * ({@link SessionStarter}), so nothing of the provider's token stays. A refusal or a failed check goes back to the
 * sign-in page with its message.
 */
class OrganisationSignInResponder implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String CONTINUE_AFTER = OrganisationSignInResponder.class.getName() + ".continue";

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationSignInResponder.class);

    private final SignInWithOrganisation signInWithOrganisation;
    private final SessionStarter sessions;

    OrganisationSignInResponder(SignInWithOrganisation signInWithOrganisation, SessionStarter sessions) {
        this.signInWithOrganisation = signInWithOrganisation;
        this.sessions = sessions;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String continueTo = continueTo(request);
        if (!(authentication instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof OidcUser user)) {
            refuse(request, response, Text.of("identity.organisation-sign-in.failed"));
            return;
        }
        Account account;
        try {
            account = signInWithOrganisation.signIn(new OrganisationIdentity(
                    token.getAuthorizedClientRegistrationId(),
                    user.getIssuer().toString(),
                    user.getSubject(),
                    user.getEmail(),
                    Boolean.TRUE.equals(user.getEmailVerified()),
                    user.getFullName()));
        } catch (SignInRefusedException e) {
            refuse(request, response, e.text());
            return;
        }
        sessions.start(account, request, response);
        response.sendRedirect(continueTo);
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason = exception instanceof OAuth2AuthenticationException oauth
                ? oauth.getError().getErrorCode() + ": " + oauth.getError().getDescription()
                : exception.getMessage();
        LOG.info("Organisation sign-in failed: {}", reason);
        refuse(request, response, Text.of("identity.organisation-sign-in.failed"));
    }

    /** Back to the sign-in page, with no trace of the provider's answer in the session. */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, Text message)
            throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        request.getSession(true).setAttribute(SignInResponder.MESSAGE, message);
        response.sendRedirect("/sign-in?error");
    }

    private static String continueTo(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object target = session == null ? null : session.getAttribute(CONTINUE_AFTER);
        if (session != null) {
            session.removeAttribute(CONTINUE_AFTER);
        }
        return LocalPath.orHome(target instanceof String path ? path : null);
    }
}
