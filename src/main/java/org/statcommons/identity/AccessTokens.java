package org.statcommons.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The personal access tokens table: named, scoped, stored hashed (never the secret), revocable. Whether a token has
 * expired, and when it was made, used or revoked, is the application's clock's.
 */
@Repository
public class AccessTokens {

    /** Last use is for people reviewing their tokens; a minute's precision spares a write per request. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final JdbcClient db;
    private final Clock clock;

    AccessTokens(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A token that is neither revoked nor expired, found by the hash of its secret. */
    record Usable(long id, long accountId, Set<TokenScope> scopes) {}

    /** The account's tokens, revoked last, newest first. */
    public List<AccessToken> of(long accountId) {
        return db.sql("""
                        select id, name, scopes, created_at, expires_at, last_used_at, revoked_at
                        from identity.access_tokens where account_id = ? order by revoked_at nulls first, created_at desc""").param(accountId).query(AccessTokens::map).list();
    }

    public Optional<AccessToken> byId(long accountId, long tokenId) {
        return db.sql("""
                        select id, name, scopes, created_at, expires_at, last_used_at, revoked_at
                        from identity.access_tokens where account_id = ? and id = ?""").params(accountId, tokenId).query(AccessTokens::map).optional();
    }

    /** Deletes the account's tokens, hashes and all (a closed account's): none can be presented again. */
    void deleteAll(long accountId) {
        db.sql("delete from identity.access_tokens where account_id = ?")
                .param(accountId)
                .update();
    }

    /** How many of the account's tokens are not revoked. */
    int countUnrevoked(long accountId) {
        return db.sql("select count(*) from identity.access_tokens where account_id = ? and revoked_at is null")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    long insert(long accountId, NewAccessToken token, byte[] secretHash) {
        return db.sql("""
                        insert into identity.access_tokens (account_id, name, scopes, token_hash, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        accountId,
                        token.name(),
                        token.scopes().stream().map(Enum::name).sorted().toArray(String[]::new),
                        secretHash,
                        now(),
                        token.expiresAt() == null ? null : Timestamp.from(token.expiresAt()))
                .query(Long.class)
                .single();
    }

    /** Revokes one of the owner's tokens; false when there is no such token, or it was revoked already. */
    boolean revoke(long accountId, long tokenId) {
        return db.sql(
                                "update identity.access_tokens set revoked_at = ? where account_id = ? and id = ? and revoked_at is null")
                        .params(now(), accountId, tokenId)
                        .update()
                == 1;
    }

    Optional<Usable> usable(byte[] secretHash) {
        return db.sql("""
                        select id, account_id, scopes from identity.access_tokens
                        where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > ?)""")
                .params(secretHash, now())
                .query((rs, n) -> new Usable(rs.getLong("id"), rs.getLong("account_id"), scopes(rs)))
                .optional();
    }

    /** Records that the token was used now, unless that was recorded less than a minute ago. */
    void recordUse(long tokenId) {
        Instant now = clock.instant();
        db.sql(
                        "update identity.access_tokens set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)")
                .params(Timestamp.from(now), tokenId, Timestamp.from(now.minus(LAST_USE_PRECISION)))
                .update();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static AccessToken map(ResultSet rs, int row) throws SQLException {
        return new AccessToken(
                rs.getLong("id"),
                rs.getString("name"),
                scopes(rs),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static Set<TokenScope> scopes(ResultSet rs) throws SQLException {
        String[] names = (String[]) rs.getArray("scopes").getArray();
        return Arrays.stream(names)
                .map(TokenScope::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TokenScope.class)));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
