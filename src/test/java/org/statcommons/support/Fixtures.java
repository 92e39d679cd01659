package org.statcommons.support;

import static org.statcommons.support.Visitor.fields;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.AccountForm;
import org.statcommons.identity.CreateAccessToken;
import org.statcommons.identity.CreateAccount;
import org.statcommons.identity.NewAccessToken;
import org.statcommons.identity.TokenScope;
import org.statcommons.platform.EmailAddress;
import org.statcommons.support.Visitor.Page;

/**
 * The one entry point to what integration tests need in place before they start: accounts (made directly: sign-up
 * is tested on its own), communities (made through the web, so that their space is set up as in real use), members
 * in any role (put in place directly), personal access tokens, pages, and {@link Visitor}s of the running server.
 * Every {@link StatCommonsIntegrationTest} has it as a bean; every name it makes is new, so tests never collide.
 *
 * <pre>{@code
 * @StatCommonsIntegrationTest
 * class MeetingIntegrationTests {
 *     @Autowired Fixtures fixtures;
 *
 *     @Test
 *     void aFacilitatorSchedulesAMeeting() {
 *         Community community = fixtures.community("Census");             // members only, made by a secretariat
 *         Visitor pita = fixtures.signedIn(fixtures.member(community, "Pita", CommunityRole.FACILITATOR));
 *         fixtures.page(pita, community, "agenda", "Agenda", "What we discuss.");
 *         Visitor api = fixtures.bearer(fixtures.token(fixtures.account("Ana")));   // the JSON API with a token
 *         ...
 * }</pre>
 */
public final class Fixtures {

    /** Every test account's password. */
    public static final String PASSWORD = "lantern quietly orbits 42";

    private final Environment environment;
    private final CreateAccount registration;
    private final CreateAccessToken tokens;
    private final JdbcClient db;
    private final Communities communities;

    public Fixtures(
            Environment environment,
            CreateAccount registration,
            CreateAccessToken tokens,
            JdbcClient db,
            Communities communities) {
        this.environment = environment;
        this.registration = registration;
        this.tokens = tokens;
        this.db = db;
        this.communities = communities;
    }

    /** The fixtures of an application started outside the test framework (the benchmarks). */
    public static Fixtures of(ApplicationContext application) {
        return new Fixtures(
                application.getEnvironment(),
                application.getBean(CreateAccount.class),
                application.getBean(CreateAccessToken.class),
                application.getBean(JdbcClient.class),
                application.getBean(Communities.class));
    }

    /** The port the server listens on (known once it has started). */
    public int port() {
        Integer port = environment.getProperty("local.server.port", Integer.class);
        return port != null ? port : environment.getRequiredProperty("server.port", Integer.class);
    }

    // ---- accounts

    /** A new account with no platform role and the profile of a statistical office in Fiji. */
    public Account account(String name) {
        return account(name, PlatformRole.NONE);
    }

    public Account account(String name, PlatformRole role) {
        return account(name, "FJ", "NATIONAL_STATISTICAL_OFFICE", role);
    }

    /**
     * A new account in this country, of this kind of organisation, in the Fiji time zone, speaking English. Like an
     * account of open sign-up, nobody vouched for it: the limits for new accounts apply (the invitation links vouch).
     */
    public Account account(String name, String country, String organisationKind, PlatformRole role) {
        String email = uniqueEmail(name);
        return unvouched(registration.create(
                new AccountForm(
                                email,
                                PASSWORD,
                                name,
                                "Org of " + name,
                                organisationKind,
                                country,
                                "Pacific/Fiji",
                                List.of("en"),
                                "")
                        .newAccount(new EmailAddress(email)),
                role));
    }

    /** A new account whose profile is empty, as a newcomer's before the first steps. */
    public Account newcomer(String name, PlatformRole role) {
        String email = uniqueEmail(name);
        return unvouched(registration.create(
                new AccountForm(email, PASSWORD, name, "", "INDIVIDUAL", null, null, List.of(), "")
                        .newAccount(new EmailAddress(email)),
                role));
    }

    private Account unvouched(Account account) {
        db.sql("update identity.accounts set vouched_at = null where id = ?")
                .param(account.id())
                .update();
        return account;
    }

    /** A fresh address nobody uses yet, readable in failure messages. */
    public static String uniqueEmail(String hint) {
        String local = hint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
        return (local.isEmpty() ? "person" : local) + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A community address nobody uses yet, starting with the prefix (lower-case letters, digits, hyphens). */
    public static String uniqueSlug(String prefix) {
        String start = (prefix.length() > 40 ? prefix.substring(0, 40) : prefix).replaceAll("-+$", "");
        return (start.isEmpty() ? "community" : start) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    // ---- tokens

    /** A read-write personal access token of the account. */
    public String token(Account account) {
        return token(account, EnumSet.of(TokenScope.READ, TokenScope.WRITE));
    }

    /** A personal access token of the account with exactly these scopes. */
    public String token(Account account, Set<TokenScope> scopes) {
        return tokens.create(account.id(), new NewAccessToken("test", scopes, null))
                .secret();
    }

    /** A personal access token with the git scope only. */
    public String gitToken(Account account) {
        return token(account, EnumSet.of(TokenScope.GIT));
    }

    // ---- visitors

    /** A visitor who has not signed in. */
    public Visitor anonymous() {
        return new Visitor(port());
    }

    /** A visitor signed in as the account through the sign-in form; fails when the server refuses it. */
    public Visitor signedIn(Account account) {
        Visitor visitor = anonymous();
        Page answer =
                visitor.submitNoFollow("/sign-in", "/sign-in", fields("email", account.email(), "password", PASSWORD));
        String location = answer.location() == null ? "" : answer.location();
        if (answer.status() != 302 || location.contains("error")) {
            throw new AssertionError("Sign-in as " + account.email() + " failed: " + answer.status() + " " + location);
        }
        return visitor;
    }

    /** A script calling the API with this personal access token, and no cookies. */
    public Visitor bearer(String token) {
        return Visitor.apiClient(port(), token);
    }

    /** A script calling the API with no token and no cookies. */
    public Visitor anonymousApi() {
        return Visitor.apiClient(port(), null);
    }

    // ---- communities and their members

    /** A new members-only community (joined by request); its founder is a platform secretariat account. */
    public Community community(String name) {
        return community(name, JoinPolicy.BY_REQUEST);
    }

    /** A new community made through the new-community form by a new platform secretariat account. */
    public Community community(String name, JoinPolicy joinPolicy) {
        return community(
                name, joinPolicy, account("Founder of " + name, "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT));
    }

    /**
     * A new community made through the new-community form by this founder (a platform secretariat account), who is
     * then its secretariat.
     */
    public Community community(String name, JoinPolicy joinPolicy, Account founder) {
        String slug = uniqueSlug(
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""));
        Page created = signedIn(founder)
                .submitNoFollow(
                        "/communities/new",
                        "/communities/new",
                        fields(
                                "name",
                                name,
                                "slug",
                                slug,
                                "purpose",
                                "Testing " + name,
                                "description",
                                "",
                                "joinPolicy",
                                joinPolicy.name()));
        if (created.status() != 302) {
            throw new AssertionError("Could not create the community: " + created.status() + " " + created.body());
        }
        return communities.bySlug(slug).orElseThrow();
    }

    /** A new account with this role in the community. */
    public Account member(Community community, String name, CommunityRole role) {
        Account account = account(name);
        join(community, account, role);
        return account;
    }

    /**
     * {@code count} new members of the community, named {@code name} followed by a number ("… 001"), for pages at
     * scale: the accounts are made as {@link #account(String)} makes them (the password hashing is fast in tests),
     * the memberships in one statement.
     */
    public List<Account> members(Community community, String name, int count, CommunityRole role) {
        List<Account> made = new java.util.ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            made.add(account(name + " " + String.format(Locale.ROOT, "%03d", i)));
        }
        db.sql(
                        "insert into community.memberships (community_id, account_id, role, conduct_version, conduct_accepted_at)"
                                + " select :community, unnest(cast(:accounts as bigint[])), :role, 1, now()")
                .param("community", community.id())
                .param("accounts", made.stream().map(Account::id).toArray(Long[]::new))
                .param("role", role.name())
                .update();
        return made;
    }

    /** Puts the account in the community with this role, its code of conduct accepted (a guest for 30 days). */
    public void join(Community community, Account account, CommunityRole role) {
        insertMembership(community, account, role, role == CommunityRole.GUEST ? 30 : null);
    }

    /** Puts the account in the community as a guest whose last day is this many days from today (negative: past). */
    public void joinAsGuest(Community community, Account account, int daysLeft) {
        insertMembership(community, account, CommunityRole.GUEST, daysLeft);
    }

    private void insertMembership(Community community, Account account, CommunityRole role, Integer guestDaysLeft) {
        db.sql(
                        "insert into community.memberships (community_id, account_id, role, guest_until, conduct_version, conduct_accepted_at) "
                                + "values (?, ?, ?, current_date + cast(? as integer), 1, now())")
                .params(community.id(), account.id(), role.name(), guestDaysLeft)
                .update();
    }

    public void remove(Community community, Account account) {
        db.sql("delete from community.memberships where community_id = ? and account_id = ?")
                .params(community.id(), account.id())
                .update();
    }

    // ---- knowledge spaces

    /** The address of the community's knowledge space, {@code /c/<slug>/space}. */
    public static String space(Community community) {
        return "/c/" + community.slug() + "/space";
    }

    /** Creates a page through the new-page form as this visitor; returns the page it lands on. */
    public Page page(Visitor author, Community community, String path, String title, String body) {
        String form = space(community) + "/-/new";
        return author.submit(form, form, fields("path", path, "title", title, "body", body, "summary", ""));
    }
}
