package org.statcommons.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statcommons.support.Visitor.fields;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.StatCommonsApplication;
import org.statcommons.access.CommunityRole;
import org.statcommons.community.Community;
import org.statcommons.identity.Account;
import org.statcommons.mail.Outbox;
import org.statcommons.mail.OutgoingMail;
import org.statcommons.support.Fixtures;
import org.statcommons.support.GitCli;
import org.statcommons.support.Mailbox;
import org.statcommons.support.ServerProcess;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.TestSmtp;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * Two servers on one PostgreSQL, as behind a load balancer (issue 15): both started here on a database of their own in
 * the test server's PostgreSQL, with Git in the database and {@code statcommons.several-servers=true}. A page saved on
 * one is read on the other at once; a publish on one refreshes the other's published-page fast path; a push to one is
 * cloned from the other; a session signed out on one is refused by the other, which kept it in memory; a comment
 * made on one shows on the other, which kept the page's comments; mail queued on
 * one is sent once although both servers' outboxes run.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestSmtp.SETUP).withPerMethodLifecycle(false);

    @Autowired
    DatabaseAddress testDatabase;

    @Autowired
    JdbcClient db;

    ConfigurableApplicationContext one;
    ConfigurableApplicationContext two;
    Fixtures onOne;
    Fixtures onTwo;
    DatabaseAddress database;

    @BeforeAll
    void startTwoServers() throws Exception {
        database = ServerProcess.newDatabase(db, testDatabase, "two_servers");
        one = start();
        two = start();
        onOne = Fixtures.of(one);
        onTwo = Fixtures.of(two);
    }

    @AfterAll
    void stopBoth() {
        if (one != null) {
            one.close();
        }
        if (two != null) {
            two.close();
        }
        ServerProcess.dropDatabase(db, database);
    }

    private ConfigurableApplicationContext start() throws Exception {
        Path dataDir = Files.createTempDirectory("statcommons-two-servers");
        List<String> settings = new ArrayList<>(List.of(
                "--statcommons.data-dir=" + dataDir,
                "--server.port=0",
                "--statcommons.db.url=" + database.jdbcUrl(),
                "--statcommons.db.user=" + database.user(),
                "--statcommons.db.password=" + database.password(),
                "--statcommons.content.storage=database",
                "--statcommons.several-servers=true",
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + TestSmtp.SETUP.getPort(),
                "--statcommons.mail.poll-interval=PT0.2S",
                "--statcommons.moderation.new-account-age=PT0S",
                "--statcommons.moderation.new-account-posts=0",
                "--logging.level.root=WARN"));
        // lazy beans, as the start script makes them (platform.LazyStartConfiguration): the signals between servers,
        // the outbox's schedule and the events still work so
        return new SpringApplicationBuilder(StatCommonsApplication.class)
                .lazyInitialization(true)
                .run(settings.toArray(String[]::new));
    }

    @Test
    void bothServersAnswerTheSame() throws Exception {
        Community community = onOne.community("Two servers");
        Account facilitator = onOne.member(community, "Fay Facilitator", CommunityRole.FACILITATOR);
        Visitor atOne = onOne.signedIn(facilitator);
        Visitor atTwo = onTwo.signedIn(facilitator);
        String space = Fixtures.space(community);

        // a page saved on one is read on the other at once, and the other's edit on the first
        onOne.page(atOne, community, "guides/start", "Start", "Written on server one.");
        assertThat(atTwo.get(space + "/guides/start").text()).contains("Written on server one.");
        edit(atTwo, space, "guides/start", "Edited on server two.");
        assertThat(atOne.get(space + "/guides/start").text()).contains("Edited on server two.");

        // a comment made on one shows on the other, which kept the page's comments (none) from its view just before
        assertThat(atTwo.get(space + "/guides/start").text()).doesNotContain("Commented on server one.");
        Page commented = atOne.post(
                "/c/" + community.slug() + "/page-comments/guides/start",
                fields("_csrf", atOne.get(space + "/guides/start").csrf(), "body", "Commented on server one."));
        assertThat(commented.text()).contains("Commented on server one.");
        assertThat(eventually(() -> atTwo.get(space + "/guides/start").text(), "Commented on server one."))
                .as("the comment on the second server's view, within a second")
                .isTrue();

        // a session both servers keep in memory: signed out on one, refused by the other within a second
        Visitor member = onOne.signedIn(onOne.member(community, "Sam Session", CommunityRole.MEMBER));
        Visitor sameOnTwo = new Visitor(onTwo.port());
        sameOnTwo.setCookie("SESSION", member.cookie("SESSION"), "/");
        assertThat(sameOnTwo.getNoFollow("/notifications").status()).isEqualTo(200);
        assertThat(sameOnTwo.getNoFollow("/notifications").status()).isEqualTo(200);
        member.signOut();
        assertThat(member.getNoFollow("/notifications").status()).isEqualTo(302);
        assertThat(eventually(
                        () -> "status "
                                + sameOnTwo.getNoFollow("/notifications").status(),
                        "status 302"))
                .as("the session signed out on the first server, refused by the second within a second")
                .isTrue();

        // a publish on one is served by the other's fast path, and a later publish refreshes it there
        publish(atOne, space, "guides/start");
        String published = "/c/" + community.slug() + "/p/guides/start";
        assertThat(onTwo.anonymous().get(published).body()).contains("Edited on server two.");
        assertThat(onTwo.anonymous().get(published).body()).contains("Edited on server two.");
        edit(atOne, space, "guides/start", "Published again from server one.");
        // the second server keeps its answer for two seconds at most (for servers that do not tell each other);
        // kept again just before the publish, it must be forgotten well before that when the first server says so
        assertThat(onTwo.anonymous().get(published).body()).contains("Edited on server two.");
        assertThat(onTwo.anonymous().get(published).body()).contains("Edited on server two.");
        publish(atOne, space, "guides/start");
        assertThat(eventually(() -> onTwo.anonymous().get(published).body(), "Published again from server one."))
                .as("the second server's published page, within a second")
                .isTrue();

        // a push to one is cloned from the other
        GitCli git = new GitCli();
        Path work = git.cloned(onOne.port(), community.slug(), facilitator.email(), onOne.gitToken(facilitator));
        Files.writeString(work.resolve("guides/pushed.md"), "---\ntitle: Pushed\n---\n\nPushed to server one.\n");
        assertThat(git.run(work, "add", ".").ok()).isTrue();
        assertThat(git.run(
                                work,
                                "-c",
                                "user.name=Fay",
                                "-c",
                                "user.email=" + facilitator.email(),
                                "commit",
                                "-qm",
                                "Push")
                        .ok())
                .isTrue();
        GitCli.Result push = git.run(work, "push", "-q", "origin", "main");
        assertThat(push.ok()).as(push.output()).isTrue();
        Path copy = git.cloned(onTwo.port(), community.slug(), facilitator.email(), onTwo.gitToken(facilitator));
        assertThat(Files.readString(copy.resolve("guides/pushed.md"))).contains("Pushed to server one.");
        assertThat(atTwo.get(space + "/guides/pushed").text()).contains("Pushed to server one.");

        // mail queued on one goes once, though both servers' outboxes poll the same queue
        String to = Fixtures.uniqueEmail("twice");
        Outbox outbox = one.getBean(Outbox.class);
        for (int message = 1; message <= 12; message++) {
            outbox.enqueue(OutgoingMail.text(to, "Message " + message, "Sent once."));
        }
        List<Mailbox.Mail> received = new Mailbox(smtp).settled(to, Duration.ofSeconds(2));
        assertThat(received).hasSize(12);
        assertThat(received.stream().map(Mailbox.Mail::subject).distinct()).hasSize(12);
    }

    private static boolean eventually(java.util.function.Supplier<String> read, String expected)
            throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        while (System.nanoTime() < until) {
            if (read.get().contains(expected)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static void edit(Visitor visitor, String space, String path, String body) {
        Page form = visitor.get(space + "/-/edit/" + path);
        String base = form.body().replaceAll("(?s).*name=\"baseCommit\" value=\"([0-9a-f]{40})\".*", "$1");
        Page saved = visitor.post(
                space + "/-/edit/" + path,
                fields("_csrf", form.csrf(), "baseCommit", base, "title", "Start", "body", body, "summary", "Edit"));
        assertThat(saved.text()).contains(body);
    }

    private static void publish(Visitor visitor, String space, String path) {
        Page page = visitor.get(space + "/" + path);
        String version = page.body().replaceAll("(?s).*name=\"version\" value=\"([0-9a-f]{40})\".*", "$1");
        Page published = visitor.post(space + "/-/publish/" + path, fields("_csrf", page.csrf(), "version", version));
        assertThat(published.text()).contains("Published:");
    }
}
