package org.statcommons.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation names typed as free text, each once, with the record each is matched or linked to. */
@Repository
class TypedNames {

    private static final String COLUMNS = "name, accounts, invitations, organisation_id";

    private final JdbcClient db;

    TypedNames(JdbcClient db) {
        this.db = db;
    }

    /** Every typed name, unmatched first, the most used first. */
    List<TypedName> all() {
        return db.sql("select " + COLUMNS + " from organisations.typed_names"
                        + " order by organisation_id is not null, accounts + invitations desc, name")
                .query(TypedNames::map)
                .list();
    }

    Optional<TypedName> find(String name) {
        return db.sql("select " + COLUMNS + " from organisations.typed_names where name = ?")
                .param(name)
                .query(TypedNames::map)
                .optional();
    }

    /**
     * Records a name as now seen with these counts; a name already matched or linked keeps its record, a new one
     * takes {@code match} (null for none).
     */
    void seen(String name, int accounts, int invitations, Long match, Instant at) {
        db.sql("""
                        insert into organisations.typed_names (name, normalised, accounts, invitations, organisation_id, seen_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (name) do update set accounts = excluded.accounts, invitations = excluded.invitations,
                            organisation_id = coalesce(typed_names.organisation_id, excluded.organisation_id),
                            seen_at = excluded.seen_at""")
                .params(name, NameMatcher.normalise(name), accounts, invitations, match, Timestamp.from(at))
                .update();
    }

    /** Forgets the counts, before they are counted again: a name no longer typed anywhere keeps none. */
    void resetCounts() {
        db.sql("update organisations.typed_names set accounts = 0, invitations = 0")
                .update();
    }

    /** A secretariat links the name to a record (or another record). */
    void link(String name, long organisationId, long by) {
        db.sql("update organisations.typed_names set organisation_id = ?, linked_by = ? where name = ?")
                .params(organisationId, by, name)
                .update();
    }

    private static TypedName map(ResultSet rs, int row) throws SQLException {
        long organisation = rs.getLong("organisation_id");
        Long matched = rs.wasNull() ? null : organisation;
        return new TypedName(rs.getString("name"), rs.getInt("accounts"), rs.getInt("invitations"), matched);
    }
}
