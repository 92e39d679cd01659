package org.statcommons.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.TextInput;

/**
 * Personal access tokens for the API and Git: named, scoped, shown once, stored hashed, revocable.
 */
@Service
public class AccessTokens {

    /** Prefix that makes a leaked token easy to recognise by secret scanners. */
    static final String PREFIX = "scpat_";
    static final int MAX_TOKENS_PER_ACCOUNT = 50;

    private final JdbcClient db;
    private final SecretTokens secrets;
    private final Accounts accounts;

    AccessTokens(JdbcClient db, SecretTokens secrets, Accounts accounts) {
        this.db = db;
        this.secrets = secrets;
        this.accounts = accounts;
    }

    /** A new token's secret, to show once. */
    public record Created(AccessToken token, String secret) {
    }

    @Transactional
    public Created create(long accountId, String typedName, Set<TokenScope> scopes, Instant expiresAt) {
        TextInput input = new TextInput();
        String name = input.line("name", "Token name", typedName, 100, true);
        if (scopes == null || scopes.isEmpty()) {
            input.error("scopes", "Choose at least one scope.");
        }
        if (expiresAt != null && expiresAt.isBefore(Instant.now())) {
            input.error("expiresAt", "The expiry date must be in the future.");
        }
        input.throwIfInvalid();
        int count = db.sql("select count(*) from identity.access_tokens where account_id = ? and revoked_at is null")
                .param(accountId).query(Integer.class).single();
        if (count >= MAX_TOKENS_PER_ACCOUNT) {
            throw new InvalidInputException("name", "You have " + count + " tokens; revoke some before creating more.");
        }
        String secret = PREFIX + secrets.newSecret();
        long id = db.sql("""
                        insert into identity.access_tokens (account_id, name, scopes, token_hash, expires_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(accountId, name, scopes.stream().map(Enum::name).sorted().toArray(String[]::new),
                        secrets.hash(secret), expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class).single();
        return new Created(byId(accountId, id).orElseThrow(), secret);
    }

    public List<AccessToken> of(long accountId) {
        return db.sql("""
                        select id, name, scopes, created_at, expires_at, last_used_at, revoked_at
                        from identity.access_tokens where account_id = ? order by revoked_at nulls first, created_at desc""")
                .param(accountId).query(AccessTokens::map).list();
    }

    public Optional<AccessToken> byId(long accountId, long tokenId) {
        return db.sql("""
                        select id, name, scopes, created_at, expires_at, last_used_at, revoked_at
                        from identity.access_tokens where account_id = ? and id = ?""")
                .params(accountId, tokenId).query(AccessTokens::map).optional();
    }

    /** Revokes one of the owner's tokens; false when there is no such token. */
    @Transactional
    public boolean revoke(long accountId, long tokenId) {
        return db.sql("update identity.access_tokens set revoked_at = now() where account_id = ? and id = ? and revoked_at is null")
                .params(accountId, tokenId).update() == 1;
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
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        record Row(long id, long accountId, Set<TokenScope> scopes) {
        }
        Optional<Row> row = db.sql("""
                        select id, account_id, scopes from identity.access_tokens
                        where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())""")
                .param(secrets.hash(secret))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("account_id"), scopes(rs)))
                .optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Optional<Account> account = accounts.byId(row.get().accountId()).filter(Account::active);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        // last use is for people reviewing their tokens; a minute's precision spares a write per request
        db.sql("""
                        update identity.access_tokens set last_used_at = now()
                        where id = ? and (last_used_at is null or last_used_at < now() - interval '1 minute')""")
                .param(row.get().id()).update();
        return Optional.of(new TokenBearer(account.get(), row.get().id(), row.get().scopes()));
    }

    private static AccessToken map(ResultSet rs, int row) throws SQLException {
        return new AccessToken(rs.getLong("id"), rs.getString("name"), scopes(rs), instant(rs, "created_at"),
                instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
    }

    private static Set<TokenScope> scopes(ResultSet rs) throws SQLException {
        String[] names = (String[]) rs.getArray("scopes").getArray();
        return Arrays.stream(names).map(TokenScope::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TokenScope.class)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
