package org.statcommons.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;

/**
 * The seed of bench/servers.sh (not a test): on the external PostgreSQL the servers will share (its settings on the
 * command line), one community with a published page (bench/signed-in.sh's first chapter) and a member signed in,
 * whose session then lives in the database for every server. Writes the addresses to read and the member's session
 * cookie to the file named by the first argument, as shell assignments.
 */
public final class ServersSeed {

    private ServersSeed() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        try (BenchServer server = BenchServer.start("servers", Arrays.copyOfRange(args, 1, args.length))) {
            Fixtures fixtures = Fixtures.of(server.app());
            Account founder = fixtures.account("Bench Founder", "FJ", "INTERNATIONAL", PlatformRole.SECRETARIAT);
            Community community = fixtures.community("Servers bench", JoinPolicy.OPEN, founder);
            String slug = community.slug();
            Visitor author = fixtures.signedIn(founder);
            String path = SignedInBenchmark.path(0);
            Visitor.Page made = fixtures.page(author, community, path, "Guideline 0", SignedInBenchmark.body(0));
            Visitor.Page published = author.submitNoFollow(
                    "/c/" + slug + "/space/" + path, "/c/" + slug + "/space/-/publish/" + path, Map.of());
            if (made.status() != 200 || published.status() != 302) {
                throw new IllegalStateException("seed: page " + made.status() + ", publishing " + published.status());
            }
            Visitor member = fixtures.signedIn(fixtures.member(community, "Bench Member", CommunityRole.MEMBER));
            String session = member.cookie("SESSION");
            if (session == null) {
                throw new IllegalStateException("seed: the member has no SESSION cookie");
            }
            Files.writeString(
                    out,
                    "published=/c/" + slug + "/p/" + path + "\n" + "member=/c/" + slug + "/space/" + path + "\n"
                            + "cookie=SESSION=" + session + "\n");
        }
    }
}
