package org.statcommons.support;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.identity.CreateAccessToken;
import org.statcommons.identity.NewAccessToken;
import org.statcommons.identity.TokenScope;

/**
 * A community made through the web by a platform secretariat account, with people put in place directly in
 * each role, for tests of the knowledge space (pages, proposals, Git).
 */
public final class SpaceTestFixtures {

    private final CommunityTestFixtures fixtures;
    private final JdbcClient db;
    private final Communities communities;
    private final CreateAccessToken tokens;

    public SpaceTestFixtures(CommunityTestFixtures fixtures, JdbcClient db, Communities communities, CreateAccessToken tokens) {
        this.fixtures = fixtures;
        this.db = db;
        this.communities = communities;
        this.tokens = tokens;
    }

    /** A new members-only community; its founder is its secretariat. */
    public Community community(String name) {
        Account founder = fixtures.account("Founder of " + name, "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
        String slug = fixtures.uniqueSlug(name.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        HttpResponse<String> created = fixtures.signedIn(founder).post("/communities/new", Map.of("name", name, "slug", slug,
                "purpose", "Testing the knowledge space", "description", "", "joinPolicy", "BY_REQUEST"));
        if (created.statusCode() != 302) {
            throw new IllegalStateException("Could not create the community: " + created.statusCode() + " " + created.body());
        }
        return communities.bySlug(slug).orElseThrow();
    }

    /** A new account with this role in the community. */
    public Account member(Community community, String name, CommunityRole role) {
        Account account = fixtures.account(name);
        db.sql("insert into community.memberships (community_id, account_id, role, guest_until, conduct_version, conduct_accepted_at) "
                        + "values (?, ?, ?, " + (role == CommunityRole.GUEST ? "current_date + 30" : "null") + ", 1, now())")
                .params(community.id(), account.id(), role.name()).update();
        return account;
    }

    public void remove(Community community, Account account) {
        db.sql("delete from community.memberships where community_id = ? and account_id = ?").params(community.id(), account.id()).update();
    }

    /** A personal access token with the git scope only. */
    public String gitToken(Account account) {
        return tokens.create(account.id(), new NewAccessToken("git", EnumSet.of(TokenScope.GIT), null)).secret();
    }
}
