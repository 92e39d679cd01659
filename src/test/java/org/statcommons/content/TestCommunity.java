package org.statcommons.content;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.PlatformRole;
import org.statcommons.identity.CreateAccount;
import org.statcommons.support.TestAccounts;
import org.statcommons.support.WebClientSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.WebClientSession.fields;

/**
 * A community made through the web by a platform secretariat account (so its space is set up as in real
 * use), with members added directly in whatever role a test needs, each with a signed-in session.
 */
public final class TestCommunity {

    public final String slug;
    public final long id;
    public final String space;
    public final WebClientSession secretariat;
    private final int port;
    private final CreateAccount registration;
    private final JdbcClient db;

    public TestCommunity(int port, CreateAccount registration, JdbcClient db, String prefix, String joinPolicy) {
        this.port = port;
        this.registration = registration;
        this.db = db;
        this.secretariat = session(TestAccounts.person(registration, "Founder", PlatformRole.SECRETARIAT));
        this.slug = prefix + "-" + Long.toHexString(System.nanoTime()).substring(6);
        WebClientSession.Page created = secretariat.submit("/communities/new", "/communities/new", fields("name", "Community " + slug,
                "slug", slug, "purpose", "Testing pages", "description", "", "joinPolicy", joinPolicy));
        assertThat(created.status()).isEqualTo(200);
        this.id = db.sql("select id from community.communities where slug = ?").param(slug).query(Long.class).single();
        this.space = "/c/" + slug + "/space";
    }

    /** A new account with this role in the community. */
    public TestAccounts.Person person(String name, String role) {
        TestAccounts.Person person = TestAccounts.member(registration, name);
        db.sql("insert into community.memberships (community_id, account_id, role, conduct_version, conduct_accepted_at) values (?, ?, ?, 1, now())")
                .params(id, person.id(), role).update();
        return person;
    }

    /** A signed-in session of a new account with this role in the community. */
    public WebClientSession member(String name, String role) {
        return session(person(name, role));
    }

    public WebClientSession session(TestAccounts.Person person) {
        WebClientSession session = new WebClientSession(port);
        session.signIn(person.email(), person.password());
        return session;
    }

    /** Creates a page through the new-page form. */
    public WebClientSession.Page create(WebClientSession who, String path, String title, String body) {
        return who.submit(space + "/-/new", space + "/-/new", fields("path", path, "title", title, "body", body, "summary", ""));
    }
}
