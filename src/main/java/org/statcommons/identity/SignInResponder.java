package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.statcommons.platform.Text;

/**
 * Where the sign-in form leads. On success: the browser becomes a known device of the account
 * ({@link DeviceCookieIssuer}) and goes to the local page the person came from ({@code continue}). On failure: back
 * to the form with the message. Only the message is kept in the session, not Spring's exception, which would
 * carry the typed password into the session table.
 */
class SignInResponder implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String CONTINUE = "continue";
    static final String MESSAGE = SignInResponder.class.getName() + ".message";
    static final String TYPED_EMAIL = SignInResponder.class.getName() + ".email";
    static final String UNVERIFIED_ACCOUNT = SignInResponder.class.getName() + ".unverified";

    private final DeviceCookieIssuer devices;

    SignInResponder(DeviceCookieIssuer devices) {
        this.devices = devices;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(MESSAGE);
            session.removeAttribute(TYPED_EMAIL);
            session.removeAttribute(UNVERIFIED_ACCOUNT);
        }
        if (authentication.getPrincipal() instanceof SignedIn signedIn) {
            devices.issue(signedIn.accountId(), request, response);
        }
        response.sendRedirect(LocalPath.orHome(request.getParameter(CONTINUE)));
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        HttpSession session = request.getSession(true);
        session.setAttribute(MESSAGE, message(exception));
        String email = request.getParameter("email");
        session.setAttribute(TYPED_EMAIL, email == null || email.length() > 254 ? "" : email.strip());
        if (exception instanceof EmailNotVerifiedException unverified) {
            session.setAttribute(UNVERIFIED_ACCOUNT, unverified.accountId());
        } else {
            session.removeAttribute(UNVERIFIED_ACCOUNT);
        }
        String page = signInPage(request.getParameter(CONTINUE));
        response.sendRedirect(page + (page.contains("?") ? "&" : "?") + "error");
    }

    /** What the sign-in page says of a failure, as a bundle text so that it is shown in the reader's language. */
    static Text message(AuthenticationException exception) {
        if (exception instanceof SignInThrottledException throttled) {
            return throttled.text();
        }
        if (exception instanceof EmailNotVerifiedException) {
            return EmailNotVerifiedException.MESSAGE;
        }
        if (exception instanceof SignInRefusedException refused) {
            return refused.text();
        }
        return PasswordAuthenticator.SAME_MESSAGE_FOR_EVERY_FAILURE;
    }

    /** The sign-in page, remembering a local page to continue to. */
    static String signInPage(String continueTo) {
        String target = LocalPath.orHome(continueTo);
        return LocalPath.HOME.equals(target)
                ? "/sign-in"
                : "/sign-in?" + CONTINUE + "=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }
}
