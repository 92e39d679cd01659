package org.statcommons.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who belongs to which organisation, claimed or confirmed. */
@Repository
public class Affiliations {

    private static final String COLUMNS = "account_id, organisation_id, claimed_at, confirmed_at";

    private final JdbcClient db;

    Affiliations(JdbcClient db) {
        this.db = db;
    }

    /** The organisations a person belongs to or claims, confirmed first. */
    public List<Affiliation> ofAccount(long accountId) {
        return db.sql(
                        "select " + COLUMNS
                                + " from organisations.affiliations where account_id = ? order by confirmed_at nulls last, claimed_at")
                .param(accountId)
                .query(Affiliations::map)
                .list();
    }

    /** The people of an organisation, claimed and confirmed. */
    public List<Affiliation> ofOrganisation(long organisationId) {
        return db.sql("select " + COLUMNS
                        + " from organisations.affiliations where organisation_id = ? order by claimed_at")
                .param(organisationId)
                .query(Affiliations::map)
                .list();
    }

    /** Every claim not yet confirmed, oldest first: the secretariat's queue. */
    List<Affiliation> claimed() {
        return db.sql("select " + COLUMNS
                        + " from organisations.affiliations where confirmed_at is null order by claimed_at")
                .query(Affiliations::map)
                .list();
    }

    Optional<Affiliation> find(long accountId, long organisationId) {
        return db.sql("select " + COLUMNS
                        + " from organisations.affiliations where account_id = ? and organisation_id = ?")
                .params(accountId, organisationId)
                .query(Affiliations::map)
                .optional();
    }

    /** Adds a claim; an existing claim or confirmation stays as it is. True when added. */
    boolean claim(long accountId, long organisationId, Instant at) {
        return db.sql("""
                        insert into organisations.affiliations (account_id, organisation_id, claimed_at)
                        values (?, ?, ?) on conflict do nothing""").params(accountId, organisationId, Timestamp.from(at)).update() > 0;
    }

    /**
     * Claims for a person the organisation their typed name was matched to, once ever: when this match was made
     * before (and the person has since withdrawn the claim), nothing is added.
     */
    void claimFromTypedName(long accountId, long organisationId, Instant at) {
        db.sql("""
                        with first as (
                            insert into organisations.typed_matches (account_id, organisation_id) values (?, ?)
                            on conflict do nothing returning account_id)
                        insert into organisations.affiliations (account_id, organisation_id, claimed_at)
                        select account_id, ?, ? from first on conflict do nothing""")
                .params(accountId, organisationId, organisationId, Timestamp.from(at))
                .update();
    }

    /** Adds the affiliation confirmed, or confirms a claim. */
    void confirm(long accountId, long organisationId, long by, Instant at) {
        db.sql("""
                        insert into organisations.affiliations
                            (account_id, organisation_id, claimed_at, confirmed_at, confirmed_by)
                        values (?, ?, ?, ?, ?)
                        on conflict (account_id, organisation_id) do update
                            set confirmed_at = coalesce(affiliations.confirmed_at, excluded.confirmed_at),
                                confirmed_by = coalesce(affiliations.confirmed_by, excluded.confirmed_by)""")
                .params(accountId, organisationId, Timestamp.from(at), Timestamp.from(at), by)
                .update();
    }

    boolean remove(long accountId, long organisationId) {
        return db.sql("delete from organisations.affiliations where account_id = ? and organisation_id = ?")
                        .params(accountId, organisationId)
                        .update()
                > 0;
    }

    private static Affiliation map(ResultSet rs, int row) throws SQLException {
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        return new Affiliation(
                rs.getLong("account_id"),
                rs.getLong("organisation_id"),
                rs.getTimestamp("claimed_at").toInstant(),
                confirmed == null ? null : confirmed.toInstant());
    }
}
