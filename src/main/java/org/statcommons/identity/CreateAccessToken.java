package org.statcommons.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.Text;

/** Makes a personal access token for the signed-in person; its secret is shown once and stored only hashed. */
@Service
public class CreateAccessToken {

    /** Prefix that makes a leaked token easy to recognise by secret scanners. */
    static final String PREFIX = "scpat_";

    static final int MAX_TOKENS_PER_ACCOUNT = 50;

    private final AccessTokens tokens;
    private final SecretTokens secrets;

    CreateAccessToken(AccessTokens tokens, SecretTokens secrets) {
        this.tokens = tokens;
        this.secrets = secrets;
    }

    /** A new token with its secret, to show once. */
    public record Created(AccessToken token, String secret) {}

    @Transactional
    public Created create(long accountId, NewAccessToken token) {
        int count = tokens.countUnrevoked(accountId);
        if (count >= MAX_TOKENS_PER_ACCOUNT) {
            throw new InvalidInputException("name", Text.of("identity.tokens.too-many", count));
        }
        String secret = PREFIX + secrets.newSecret();
        long id = tokens.insert(accountId, token, secrets.hash(secret));
        return new Created(tokens.byId(accountId, id).orElseThrow(), secret);
    }
}
