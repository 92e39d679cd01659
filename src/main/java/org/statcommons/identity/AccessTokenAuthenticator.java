package org.statcommons.identity;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.statcommons.platform.SecretTokens;

/**
 * Finds who presents a personal access token: the token must be known, neither revoked nor expired, and its account
 * active. Each use is recorded (to the minute) for the owner's list of tokens.
 */
@Component
public class AccessTokenAuthenticator {

    private final AccessTokens tokens;
    private final Accounts accounts;
    private final SecretTokens secrets;

    AccessTokenAuthenticator(AccessTokens tokens, Accounts accounts, SecretTokens secrets) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.secrets = secrets;
    }

    /**
     * The account behind an e-mail address and token (Git's HTTP Basic sign-in), when the token is valid,
     * belongs to that address's active account and has the scope.
     */
    public Optional<Account> authenticate(String email, String secret, TokenScope scope) {
        return authenticate(secret)
                .filter(bearer -> bearer.scopes().contains(scope))
                .filter(bearer -> email != null && bearer.account().email().equalsIgnoreCase(email.strip()))
                .map(TokenBearer::account);
    }

    /** The bearer of a presented secret, when the token is valid and its account active. */
    Optional<TokenBearer> authenticate(String secret) {
        if (secret == null || !secret.startsWith(CreateAccessToken.PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<AccessTokens.Usable> token = tokens.usable(secrets.hash(secret));
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.byId(token.get().accountId()).filter(Account::active);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        tokens.recordUse(token.get().id());
        return Optional.of(
                new TokenBearer(account.get(), token.get().id(), token.get().scopes()));
    }
}
