package org.statcommons.identity;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.statcommons.platform.ConflictException;
import org.statcommons.platform.SecretTokens;

/**
 * Single-use links sent by e-mail (or printed at first start). A link works once and only until it expires;
 * each refusal says which of the two happened.
 */
@Component
class LinkTokens {

    enum Purpose { SETUP, SIGN_UP_INVITATION, VERIFY_EMAIL, RESET_PASSWORD, CHANGE_EMAIL }

    /** A link's stored facts. */
    record Link(long id, Purpose purpose, Long accountId, String email, Long createdBy) {
    }

    private final JdbcClient db;
    private final SecretTokens secrets;

    LinkTokens(JdbcClient db, SecretTokens secrets) {
        this.db = db;
        this.secrets = secrets;
    }

    /** Creates a link and returns its secret, to be put in the URL. */
    String create(Purpose purpose, Long accountId, String email, Long createdBy, Duration validFor) {
        String secret = secrets.newSecret();
        db.sql("""
                        insert into identity.link_tokens (purpose, token_hash, account_id, email, created_by, expires_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(purpose.name(), secrets.hash(secret), accountId, email, createdBy,
                        Timestamp.from(Instant.now().plus(validFor)))
                .update();
        return secret;
    }

    /** The link, if it exists, is unused and unexpired; does not use it up. */
    Optional<Link> peek(Purpose purpose, String secret) {
        return find(purpose, secret, false);
    }

    /**
     * Uses the link up, in the caller's transaction, or throws {@link ConflictException} saying why it
     * cannot be used. Locks the row so that two clicks at once cannot both succeed.
     */
    Link use(Purpose purpose, String secret) {
        Link link = find(purpose, secret, true).orElseThrow(() -> new ConflictException(refusal(purpose, secret)));
        db.sql("update identity.link_tokens set used_at = now() where id = ?").param(link.id()).update();
        return link;
    }

    /**
     * Withdraws a link that is still waiting (by its id, as listed in {@link #pending}) and records who did it;
     * false when no such link of this purpose is waiting (used, withdrawn already, expired or unknown).
     */
    boolean revoke(Purpose purpose, long id, long by) {
        return db.sql("""
                        update identity.link_tokens set revoked_at = now(), revoked_by = ?
                        where id = ? and purpose = ? and used_at is null and revoked_at is null and expires_at > now()""")
                .params(by, id, purpose.name()).update() == 1;
    }

    /** Ends every unused link of this purpose for the account (a newer one replaces them). */
    void revokeAll(Purpose purpose, Long accountId) {
        db.sql("update identity.link_tokens set used_at = now() where purpose = ? and account_id is not distinct from ? and used_at is null")
                .params(purpose.name(), accountId).update();
    }

    /** How many links of this purpose were made for the account lately; limits e-mails a stranger can trigger. */
    int createdSince(Purpose purpose, long accountId, Duration within) {
        return db.sql("""
                        select count(*) from identity.link_tokens
                        where purpose = ? and account_id = ? and created_at > now() - cast(? as interval)""")
                .params(purpose.name(), accountId, within.toSeconds() + " seconds")
                .query(Integer.class).single();
    }

    /** Unused, unexpired links of a purpose that carry an address (invitations), newest first. */
    List<Pending> pending(Purpose purpose, int limit) {
        return db.sql("""
                        select id, email, created_by, created_at, expires_at from identity.link_tokens
                        where purpose = ? and used_at is null and revoked_at is null and expires_at > now()
                        order by created_at desc limit ?""")
                .params(purpose.name(), limit)
                .query((rs, n) -> new Pending(rs.getLong("id"), rs.getString("email"), (Long) rs.getObject("created_by"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant()))
                .list();
    }

    /** A link waiting to be used, as listed to the people who sent it. */
    record Pending(long id, String email, Long createdBy, Instant createdAt, Instant expiresAt) {
    }

    /** Why the link cannot be used, or empty when it can. */
    Optional<String> unusable(Purpose purpose, String secret) {
        return peek(purpose, secret).isPresent() ? Optional.empty() : Optional.of(refusal(purpose, secret));
    }

    String refusal(Purpose purpose, String secret) {
        record State(boolean used, boolean revoked, boolean expired) {
        }
        return db.sql("""
                        select used_at is not null as used, revoked_at is not null as revoked, expires_at <= now() as expired
                        from identity.link_tokens where purpose = ? and token_hash = ?""")
                .params(purpose.name(), secrets.hash(secret == null ? "" : secret))
                .query((rs, n) -> new State(rs.getBoolean("used"), rs.getBoolean("revoked"), rs.getBoolean("expired")))
                .optional()
                .map(state -> state.used() ? "This link has already been used."
                        : state.revoked() ? "This link was withdrawn; please ask for a new one."
                        : "This link has expired; please ask for a new one.")
                .orElse("This link is not valid. Please check that you copied the whole address.");
    }

    private Optional<Link> find(Purpose purpose, String secret, boolean lock) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return db.sql("""
                        select id, purpose, account_id, email, created_by from identity.link_tokens
                        where purpose = ? and token_hash = ? and used_at is null and revoked_at is null and expires_at > now()"""
                        + (lock ? " for update" : ""))
                .params(purpose.name(), secrets.hash(secret))
                .query((rs, n) -> new Link(rs.getLong("id"), Purpose.valueOf(rs.getString("purpose")),
                        (Long) rs.getObject("account_id"), rs.getString("email"), (Long) rs.getObject("created_by")))
                .optional();
    }
}
