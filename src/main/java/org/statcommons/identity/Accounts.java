package org.statcommons.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.statcommons.access.PlatformRole;
import org.statcommons.platform.EmailAddress;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * The accounts table. Other features read accounts through this class only. Times written (created, updated, a bio
 * hidden) are the application's clock's, like every other time the features compare them with.
 */
@Repository
public class Accounts {

    private static final String COLUMNS = """
            id, email, email_verified, display_name, organisation, organisation_kind, country, time_zone, languages,
            case when bio_hidden_at is null then bio else '' end as bio, platform_role, status, session_version, created_at,
            vouched_at is not null as vouched, interface_language""";

    private static final RowMapper<Account> MAPPER = Accounts::map;

    private final JdbcClient db;
    private final Clock clock;

    Accounts(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Optional<Account> byId(long id) {
        return db.sql("select " + COLUMNS + " from identity.accounts where id = ?")
                .param(id)
                .query(MAPPER)
                .optional();
    }

    /** The account, or "not found" for an id that names none. */
    Account existing(long id) {
        return byId(id).orElseThrow(() -> new NotFoundException(Text.of("identity.account.none")));
    }

    public Optional<Account> byEmail(EmailAddress email) {
        return db.sql("select " + COLUMNS + " from identity.accounts where lower(email) = ?")
                .param(email.value())
                .query(MAPPER)
                .optional();
    }

    /**
     * The language to write to this address in: the interface language of the account that has it
     * ({@link Account#language()}), else {@code otherwise} (for an address without an account, the language of the
     * request that writes to it, or the one chosen for an invitation).
     */
    public Language languageOf(String email, Language otherwise) {
        return byEmail(new EmailAddress(email)).flatMap(Account::language).orElse(otherwise);
    }

    /** The accounts of these addresses, for those that have one (a list of people to invite is checked at once). */
    public List<Account> byEmails(Collection<EmailAddress> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return db.sql("select " + COLUMNS + " from identity.accounts where lower(email) = any(?)")
                .param(emails.stream().map(EmailAddress::value).toArray(String[]::new))
                .query(MAPPER)
                .list();
    }

    public List<Account> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("select " + COLUMNS + " from identity.accounts where id = any(?) order by display_name")
                .param(ids.toArray(Long[]::new))
                .query(MAPPER)
                .list();
    }

    /**
     * How many of these accounts come from each country (ISO code; null for "not given"), counted by the
     * database so that a large community's landing page does not load every profile.
     */
    public Map<String, Long> countByCountry(Collection<Long> ids) {
        Map<String, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        db.sql("select country, count(*) as n from identity.accounts where id = any(?) group by country")
                .param(ids.toArray(Long[]::new))
                .query(rs -> {
                    counts.put(rs.getString("country"), rs.getLong("n"));
                });
        return counts;
    }

    /** How many of some people are of one organisation kind and one country (null: not given). */
    public record KindAndCountry(OrganisationKind kind, String country, long people) {}

    /**
     * The people counted by their profile's organisation kind and country, in one query: for reports on a community's
     * members (the annual progress report). Closed and active accounts alike: a report tells who was a member then.
     */
    public List<KindAndCountry> countByKindAndCountry(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                        select organisation_kind, country, count(*) as n from identity.accounts where id = any(?)
                        group by organisation_kind, country""")
                .param(ids.toArray(Long[]::new))
                .query((rs, n) -> new KindAndCountry(
                        OrganisationKind.valueOf(rs.getString("organisation_kind")),
                        rs.getString("country"),
                        rs.getLong("n")))
                .list();
    }

    /** The organisation a person typed into their profile, with its kind and the person's country. */
    public record TypedOrganisation(long accountId, String organisation, OrganisationKind kind, String country) {}

    /** Every active account: everyone on the platform (a platform-wide survey's widest audience), by name. */
    public List<Account> active() {
        return db.sql("select " + COLUMNS + " from identity.accounts where status = 'ACTIVE' order by display_name")
                .query(MAPPER)
                .list();
    }

    /** Every active account's typed organisation (not empty): what organisation records are matched from. */
    public List<TypedOrganisation> typedOrganisations() {
        return db.sql("""
                        select id, organisation, organisation_kind, country from identity.accounts
                        where organisation <> '' and status = 'ACTIVE' order by id""")
                .query((rs, n) -> new TypedOrganisation(
                        rs.getLong("id"),
                        rs.getString("organisation"),
                        OrganisationKind.valueOf(rs.getString("organisation_kind")),
                        rs.getString("country")))
                .list();
    }

    /**
     * Serialises the first-run set-up until the transaction ends: a second attempt at the same time waits, then
     * finds the set-up link used.
     */
    void lockForSetUp() {
        db.sql("select pg_advisory_xact_lock(hashtext('statcommons-setup'))")
                .query(Object.class)
                .single();
    }

    /** How many accounts there are (the first administrator's next steps: has anyone else come in yet?). */
    public long count() {
        return db.sql("select count(*) from identity.accounts")
                .query(Long.class)
                .single();
    }

    public boolean none() {
        return db.sql("select not exists (select 1 from identity.accounts)")
                .query(Boolean.class)
                .single();
    }

    /**
     * Creates an account, unless the address has one already (created by another request a moment ago, say): then
     * nothing is written and the answer is empty. The caller has checked the profile and hashed the password.
     */
    Optional<Long> insert(
            EmailAddress email, boolean verified, String passwordHash, Profile profile, PlatformRole role) {
        return db.sql("""
                        insert into identity.accounts (email, email_verified, password_hash, display_name, organisation,
                            organisation_kind, country, time_zone, languages, bio, platform_role, created_at, updated_at,
                            interface_language)
                        values (:email, :verified, :hash, :name, :org, :kind, :country, :tz, :languages, :bio, :role, :now, :now,
                            :interfaceLanguage)
                        on conflict do nothing
                        returning id""")
                .param("email", email.value())
                .param("verified", verified)
                .param("hash", passwordHash)
                .param("name", profile.displayName())
                .param("org", profile.organisation())
                .param("kind", profile.organisationKind().name())
                .param("country", profile.country())
                .param("tz", profile.timeZone())
                .param("languages", profile.languages().toArray(String[]::new))
                .param("bio", profile.bio())
                .param("role", role.name())
                .param("interfaceLanguage", profile.interfaceLanguage())
                .param("now", now())
                .query(Long.class)
                .optional();
    }

    /**
     * Records that someone the community knows vouched for the account (an invitation accepted, a request approved);
     * the first time counts, later ones change nothing.
     */
    public void vouch(long id) {
        db.sql("update identity.accounts set vouched_at = coalesce(vouched_at, ?) where id = ?")
                .params(now(), id)
                .update();
    }

    /**
     * At most {@code limit} names of the active accounts among {@code ids} whose name contains {@code text} (letter
     * case aside; blank: any), each name once, by name: the suggestions of a person picker, read by the database so
     * that a community of thousands does not load every profile per page.
     */
    public List<String> namesAmong(Collection<Long> ids, String text, int limit) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                        select display_name from identity.accounts
                        where id = any(:ids) and status = 'ACTIVE' and lower(display_name) like :p
                        group by display_name order by lower(display_name), display_name limit :limit""")
                .param("ids", ids.toArray(Long[]::new))
                .param("p", contains(text))
                .param("limit", limit)
                .query(String.class)
                .list();
    }

    private static String contains(String text) {
        return "%"
                + (text == null
                        ? ""
                        : text.strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_"))
                + "%";
    }

    /** Accounts whose name, e-mail or organisation contains the text, for administrators; newest first. */
    public List<Account> search(String text, int limit) {
        String pattern = contains(text);
        return db.sql("select " + COLUMNS + """
                         from identity.accounts
                        where lower(email) like :p or lower(display_name) like :p or lower(organisation) like :p
                        order by created_at desc, id desc limit :limit""")
                .param("p", pattern)
                .param("limit", limit)
                .query(MAPPER)
                .list();
    }

    void updateProfile(long id, Profile profile) {
        db.sql("""
                        update identity.accounts set display_name = :name, organisation = :org, organisation_kind = :kind,
                            country = :country, time_zone = :tz, languages = :languages,
                            bio = case when bio_hidden_at is null then :bio else bio end,
                            interface_language = :interfaceLanguage, updated_at = :now
                        where id = :id""")
                .param("now", now())
                .param("name", profile.displayName())
                .param("org", profile.organisation())
                .param("kind", profile.organisationKind().name())
                .param("country", profile.country())
                .param("tz", profile.timeZone())
                .param("languages", profile.languages().toArray(String[]::new))
                .param("bio", profile.bio())
                .param("interfaceLanguage", profile.interfaceLanguage())
                .param("id", id)
                .update();
    }

    /**
     * Hides the free text of a profile (its bio) wherever profiles show, or shows it again; the text is kept.
     * While it is hidden, the owner's edits leave it as it was. Asked by the moderation feature.
     */
    public void hideBio(long id, boolean hidden) {
        db.sql(
                        "update identity.accounts set bio_hidden_at = case when ? then coalesce(bio_hidden_at, ?) end where id = ?")
                .params(hidden, now(), id)
                .update();
    }

    /** Whether a moderator hid the profile's free text. */
    public boolean bioHidden(long id) {
        return db.sql("select bio_hidden_at is not null from identity.accounts where id = ?")
                .param(id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Sets a new password hash and ends every other session of the account. */
    void updatePassword(long id, String passwordHash) {
        db.sql("""
                        update identity.accounts set password_hash = ?, session_version = session_version + 1, updated_at = ?
                        where id = ?""").params(passwordHash, now(), id).update();
    }

    void markVerified(long id) {
        db.sql("update identity.accounts set email_verified = true, updated_at = ? where id = ?")
                .params(now(), id)
                .update();
    }

    void updateEmail(long id, EmailAddress email) {
        db.sql("update identity.accounts set email = ?, email_verified = true, updated_at = ? where id = ?")
                .params(email.value(), now(), id)
                .update();
    }

    void updateRole(long id, PlatformRole role) {
        db.sql("update identity.accounts set platform_role = ?, updated_at = ? where id = ?")
                .params(role.name(), now(), id)
                .update();
    }

    /** Suspends or reactivates; either way the account's sessions end. */
    void updateActive(long id, boolean active) {
        db.sql("""
                        update identity.accounts set status = ?, session_version = session_version + 1, updated_at = ?
                        where id = ?""").params(active ? "ACTIVE" : "SUSPENDED", now(), id).update();
    }

    /** Active administrators, counted under a lock so that two demotions at once cannot leave none. */
    int lockActiveAdministrators() {
        return db.sql(
                        "select id from identity.accounts where platform_role = 'ADMINISTRATOR' and status = 'ACTIVE' for update")
                .query(Long.class)
                .list()
                .size();
    }

    /**
     * Closes the account: it signs in no more (status, no password, the session version moved on), its profile becomes
     * "Former member" with nothing else in it, and its address is freed (replaced by one that can never be written to)
     * so that the person can be invited again later. The row stays as the author of what the person wrote.
     */
    void close(long id) {
        db.sql("""
                        update identity.accounts set status = 'CLOSED', closed_at = :now, updated_at = :now,
                            email = :address, email_verified = false, password_hash = null,
                            display_name = :name, organisation = '', organisation_kind = 'INDIVIDUAL', country = null,
                            time_zone = null, languages = '{}', bio = '', bio_hidden_at = null, platform_role = 'NONE',
                            interface_language = null, session_version = session_version + 1
                        where id = :id""")
                .param("now", now())
                .param("name", AccountClosed.FORMER_MEMBER)
                .param("address", AccountClosed.placeholderAddress(id))
                .param("id", id)
                .update();
    }

    /** When the account was closed; empty while it is open (active or suspended). */
    public Optional<Instant> closedAt(long id) {
        return db.sql("select closed_at from identity.accounts where id = ? and status = 'CLOSED'")
                .param(id)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** Locks the account's row until the transaction ends: two closings at once close it once. */
    void lock(long id) {
        db.sql("select id from identity.accounts where id = ? for update")
                .param(id)
                .query(Long.class)
                .optional();
    }

    Optional<String> passwordHash(long id) {
        return db.sql("select password_hash from identity.accounts where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getBoolean("email_verified"),
                rs.getString("display_name"),
                rs.getString("organisation"),
                OrganisationKind.valueOf(rs.getString("organisation_kind")),
                rs.getString("country"),
                rs.getString("time_zone"),
                strings(rs.getArray("languages")),
                rs.getString("bio"),
                PlatformRole.valueOf(rs.getString("platform_role")),
                "ACTIVE".equals(rs.getString("status")),
                rs.getInt("session_version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("vouched"),
                rs.getString("interface_language"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
