package org.statcommons.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in after they proved who they are some other way than the sign-in form (set-up link,
 * invitation, verified sign-up, password reset), with a fresh session id; the browser becomes a known device of
 * the account ({@link DeviceCookieIssuer}), so that someone reset out of a throttled sign-in is not held up again.
 */
@Component
public class SessionStarter {

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final ChangeSessionIdAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();
    private final DeviceCookieIssuer devices;

    SessionStarter(DeviceCookieIssuer devices) {
        this.devices = devices;
    }

    /** Signs the account in on this request's browser, in a new session. */
    public void start(Account account, HttpServletRequest request, HttpServletResponse response) {
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                new SignedIn(account.id(), account.sessionVersion()),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_USER")));
        request.getSession(true);
        fixation.onAuthentication(authentication, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        repository.saveContext(context, request, response);
        request.setAttribute(CurrentAccount.ATTRIBUTE, account);
        devices.issue(account.id(), request, response);
    }
}
