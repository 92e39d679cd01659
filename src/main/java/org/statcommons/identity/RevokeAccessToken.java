package org.statcommons.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Revokes one of the person's own access tokens: it stops working at once. */
@Service
class RevokeAccessToken {

    private final AccessTokens tokens;

    RevokeAccessToken(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** False when the account has no such token, or it was revoked already. */
    @Transactional
    boolean revoke(long accountId, long tokenId) {
        return tokens.revoke(accountId, tokenId);
    }
}
