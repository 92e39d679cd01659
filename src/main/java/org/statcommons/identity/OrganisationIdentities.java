package org.statcommons.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts' identities at organisations' providers (table {@code identity.organisation_identities}). */
@Repository
class OrganisationIdentities {

    private final JdbcClient db;

    OrganisationIdentities(JdbcClient db) {
        this.db = db;
    }

    Optional<Long> account(String issuer, String subject) {
        return db.sql("select account_id from identity.organisation_identities where issuer = ? and subject = ?")
                .params(issuer, subject)
                .query(Long.class)
                .optional();
    }

    /** Links the identity to the account, or notes its use when it is linked already. */
    void link(OrganisationIdentity identity, long accountId, Instant now) {
        db.sql("""
                insert into identity.organisation_identities (issuer, subject, account_id, email, linked_at, last_used_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (issuer, subject) do update set email = excluded.email, last_used_at = excluded.last_used_at""")
                .params(
                        identity.issuer(),
                        identity.subject(),
                        accountId,
                        identity.email() == null ? "" : identity.email(),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    /** An identity at a provider as its owner's personal data lists it: the provider's issuer, never a secret. */
    record Linked(String issuer, String email, Instant linkedAt, Instant lastUsedAt) {}

    List<Linked> of(long accountId) {
        return db.sql("""
                        select issuer, email, linked_at, last_used_at from identity.organisation_identities
                        where account_id = ? order by linked_at""")
                .param(accountId)
                .query((rs, n) -> new Linked(
                        rs.getString("issuer"),
                        rs.getString("email"),
                        rs.getTimestamp("linked_at").toInstant(),
                        rs.getTimestamp("last_used_at").toInstant()))
                .list();
    }

    /** Unlinks every identity of the account (a closed account's): signing in there reaches it no more. */
    void unlinkAll(long accountId) {
        db.sql("delete from identity.organisation_identities where account_id = ?")
                .param(accountId)
                .update();
    }
}
