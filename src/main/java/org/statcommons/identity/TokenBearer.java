package org.statcommons.identity;

import java.util.Set;

/** A request authenticated by a personal access token, with the token's scopes. */
public record TokenBearer(Account account, long tokenId, Set<TokenScope> scopes) {}
