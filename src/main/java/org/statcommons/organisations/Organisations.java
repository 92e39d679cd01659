package org.statcommons.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.identity.OrganisationKind;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/** The organisation records. Other features read organisations through this class only. */
@Repository
public class Organisations {

    private static final String COLUMNS = "id, name, acronym, kind, country, website";

    private final JdbcClient db;

    Organisations(JdbcClient db) {
        this.db = db;
    }

    public Optional<Organisation> byId(long id) {
        return db.sql("select " + COLUMNS + " from organisations.organisations where id = ?")
                .param(id)
                .query(Organisations::map)
                .optional();
    }

    /** The organisation, or "not found". */
    public Organisation existing(long id) {
        return byId(id).orElseThrow(() -> new NotFoundException(Text.of("organisations.none")));
    }

    /** Every organisation, by name. */
    public List<Organisation> all() {
        return db.sql("select " + COLUMNS + " from organisations.organisations order by lower(name), id")
                .query(Organisations::map)
                .list();
    }

    public List<Organisation> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("select " + COLUMNS + " from organisations.organisations where id = any(?) order by lower(name)")
                .param(ids.toArray(Long[]::new))
                .query(Organisations::map)
                .list();
    }

    /** The organisation whose normalised name is this one, if any: two may not share it. */
    Optional<Organisation> byNormalisedName(String normalised) {
        return db.sql("select " + COLUMNS + " from organisations.organisations where normalised_name = ?")
                .param(normalised)
                .query(Organisations::map)
                .optional();
    }

    long insert(OrganisationRecord o, long by, Instant at) {
        return db.sql("""
                        insert into organisations.organisations
                            (name, acronym, kind, country, website, normalised_name, normalised_acronym, created_by,
                             created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        o.name(),
                        o.acronym(),
                        o.kind().name(),
                        o.country(),
                        o.website(),
                        NameMatcher.normalise(o.name()),
                        NameMatcher.normalise(o.acronym()),
                        by,
                        Timestamp.from(at),
                        Timestamp.from(at))
                .query(Long.class)
                .single();
    }

    void update(long id, OrganisationRecord o, Instant at) {
        db.sql("""
                        update organisations.organisations set name = ?, acronym = ?, kind = ?, country = ?, website = ?,
                            normalised_name = ?, normalised_acronym = ?, updated_at = ?
                        where id = ?""")
                .params(
                        o.name(),
                        o.acronym(),
                        o.kind().name(),
                        o.country(),
                        o.website(),
                        NameMatcher.normalise(o.name()),
                        NameMatcher.normalise(o.acronym()),
                        Timestamp.from(at),
                        id)
                .update();
    }

    /** The checked fields of an organisation, as written. */
    record OrganisationRecord(String name, String acronym, OrganisationKind kind, String country, String website) {}

    private static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("acronym"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("country"),
                rs.getString("website"));
    }
}
