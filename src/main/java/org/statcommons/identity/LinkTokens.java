package org.statcommons.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.platform.GoneException;
import org.statcommons.platform.SecretTokens;
import org.statcommons.platform.Text;

/**
 * Single-use links sent by e-mail (or printed at first start). A link works once and only until it expires, by the
 * application's clock; a link that cannot be used answers {@link GoneException} saying which of used, withdrawn,
 * expired or unknown it is.
 */
@Repository
class LinkTokens {

    /**
     * What a link is for. The heading of the page that refuses it is {@code identity.link.<purpose>.title}, and the
     * reason is told through {@code identity.link.<purpose>.refused} (which may add the next step).
     */
    enum Purpose {
        SETUP,
        SIGN_UP_INVITATION,
        VERIFY_EMAIL,
        RESET_PASSWORD,
        CHANGE_EMAIL;

        /** The refusal of a link of this purpose, for the reason given. */
        GoneException refused(Text reason) {
            String key = "identity.link." + name().toLowerCase(Locale.ROOT).replace('_', '-');
            return new GoneException(Text.of(key + ".title"), Text.of(key + ".refused", reason));
        }
    }

    /** A link's stored facts. */
    record Link(long id, Purpose purpose, Long accountId, String email, Long createdBy) {}

    /** A link waiting to be used, as listed to the people who sent it. */
    record Pending(long id, String email, Long createdBy, Instant createdAt, Instant expiresAt) {}

    private final JdbcClient db;
    private final SecretTokens secrets;
    private final Clock clock;

    LinkTokens(JdbcClient db, SecretTokens secrets, Clock clock) {
        this.db = db;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Creates a link and returns its secret, to be put in the URL. */
    String create(Purpose purpose, Long accountId, String email, Long createdBy, Duration validFor) {
        String secret = secrets.newSecret();
        Instant now = clock.instant();
        db.sql("""
                        insert into identity.link_tokens (purpose, token_hash, account_id, email, created_by, created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        purpose.name(),
                        secrets.hash(secret),
                        accountId,
                        email,
                        createdBy,
                        Timestamp.from(now),
                        Timestamp.from(now.plus(validFor)))
                .update();
        return secret;
    }

    /** The link, when it exists, is unused and unexpired (it is not used up); else {@link GoneException} saying why. */
    Link usable(Purpose purpose, String secret) {
        return find(purpose, secret, false).orElseThrow(() -> purpose.refused(refusal(purpose, secret)));
    }

    /** Whether the link can be used now; does not use it up. */
    boolean isUsable(Purpose purpose, String secret) {
        return find(purpose, secret, false).isPresent();
    }

    /**
     * Uses the link up, in the caller's transaction, or throws {@link GoneException} saying why it cannot be used.
     * Locks the row so that two clicks at once cannot both succeed.
     */
    Link use(Purpose purpose, String secret) {
        Link link = find(purpose, secret, true).orElseThrow(() -> purpose.refused(refusal(purpose, secret)));
        db.sql("update identity.link_tokens set used_at = ? where id = ?")
                .params(now(), link.id())
                .update();
        return link;
    }

    /**
     * Withdraws a link that is still waiting (by its id, as listed in {@link #pending}) and records who did it;
     * false when no such link of this purpose is waiting (used, withdrawn already, expired or unknown).
     */
    boolean revoke(Purpose purpose, long id, long by) {
        Timestamp now = now();
        return db.sql("""
                        update identity.link_tokens set revoked_at = ?, revoked_by = ?
                        where id = ? and purpose = ? and used_at is null and revoked_at is null and expires_at > ?""").params(now, by, id, purpose.name(), now).update() == 1;
    }

    /** Deletes every link made for the account (a closed account's): none of them can be opened again. */
    void deleteFor(long accountId) {
        db.sql("delete from identity.link_tokens where account_id = ?")
                .param(accountId)
                .update();
    }

    /** Ends every unused link of this purpose for the account (a newer one replaces them). */
    void revokeAll(Purpose purpose, Long accountId) {
        db.sql(
                        "update identity.link_tokens set used_at = ? where purpose = ? and account_id is not distinct from ? and used_at is null")
                .params(now(), purpose.name(), accountId)
                .update();
    }

    /**
     * Uses up every link of this purpose sent to this address that could still be used (invitations accepted another
     * way, by signing in with the organisation's account); returns how many.
     */
    int useAllTo(Purpose purpose, String email) {
        Timestamp now = now();
        return db.sql("""
                        update identity.link_tokens set used_at = ?
                        where purpose = ? and lower(email) = lower(?) and used_at is null and revoked_at is null
                          and expires_at > ?""").params(now, purpose.name(), email, now).update();
    }

    /** How many links of this purpose were made for the account lately; limits e-mails a stranger can trigger. */
    int createdSince(Purpose purpose, long accountId, Duration within) {
        return db.sql(
                        "select count(*) from identity.link_tokens where purpose = ? and account_id = ? and created_at > ?")
                .params(
                        purpose.name(),
                        accountId,
                        Timestamp.from(clock.instant().minus(within)))
                .query(Integer.class)
                .single();
    }

    /** Unused, unexpired links of a purpose that carry an address (invitations), newest first. */
    List<Pending> pending(Purpose purpose, int limit) {
        return db.sql("""
                        select id, email, created_by, created_at, expires_at from identity.link_tokens
                        where purpose = ? and used_at is null and revoked_at is null and expires_at > ?
                        order by created_at desc limit ?""")
                .params(purpose.name(), now(), limit)
                .query((rs, n) -> new Pending(
                        rs.getLong("id"),
                        rs.getString("email"),
                        (Long) rs.getObject("created_by"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant()))
                .list();
    }

    private Text refusal(Purpose purpose, String secret) {
        record State(boolean used, boolean revoked, boolean expired) {}
        return db.sql("""
                        select used_at is not null as used, revoked_at is not null as revoked, expires_at <= ? as expired
                        from identity.link_tokens where purpose = ? and token_hash = ?""")
                .params(now(), purpose.name(), secrets.hash(secret == null ? "" : secret))
                .query((rs, n) -> new State(rs.getBoolean("used"), rs.getBoolean("revoked"), rs.getBoolean("expired")))
                .optional()
                .map(state -> state.used()
                        ? Text.of("identity.link.used")
                        : state.revoked() ? Text.of("identity.link.withdrawn") : Text.of("identity.link.expired"))
                .orElse(Text.of("identity.link.unknown"));
    }

    private Optional<Link> find(Purpose purpose, String secret, boolean lock) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return db.sql("""
                        select id, purpose, account_id, email, created_by from identity.link_tokens
                        where purpose = ? and token_hash = ? and used_at is null and revoked_at is null and expires_at > ?""" + (lock ? " for update" : ""))
                .params(purpose.name(), secrets.hash(secret), now())
                .query((rs, n) -> new Link(
                        rs.getLong("id"),
                        Purpose.valueOf(rs.getString("purpose")),
                        (Long) rs.getObject("account_id"),
                        rs.getString("email"),
                        (Long) rs.getObject("created_by")))
                .optional();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
