package org.statcommons.content.githttp;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.statcommons.identity.AccessTokenAuthenticator;
import org.statcommons.identity.Account;
import org.statcommons.identity.TokenScope;

/**
 * Git's HTTP Basic sign-in: the account's e-mail address as user name and a personal access token with
 * the {@code git} scope as password. Passwords are never accepted here (tokens can be revoked one by one
 * and carry only the scope they were made for).
 */
class GitSignIn implements AuthenticationProvider {

    private final AccessTokenAuthenticator tokens;

    GitSignIn(AccessTokenAuthenticator tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        Object credentials = authentication.getCredentials();
        Account account = tokens.authenticate(
                        email, credentials == null ? null : credentials.toString(), TokenScope.GIT)
                .orElseThrow(() -> new BadCredentialsException("Not a valid e-mail address and Git token"));
        return UsernamePasswordAuthenticationToken.authenticated(
                account, null, List.of(new SimpleGrantedAuthority("ROLE_USER")));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
