package org.statcommons.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.support.PageWriters;
import org.statcommons.support.ServerProcess;
import org.statcommons.support.StatCommonsIntegrationTest;

/**
 * One of two servers on one PostgreSQL killed with {@code kill -9} while both take page saves and comments (issue
 * 15): its clients see their connections fail; every save and comment either server acknowledged is on the other,
 * whose Git history is whole ({@code git clone}, {@code git fsck}); and the other keeps taking saves. Both servers
 * are processes of their own ({@link ServerProcess}) on a new database of the test's PostgreSQL.
 */
@StatCommonsIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerKilledIntegrationTests {

    private static final int CLIENTS = 3;

    @Autowired
    DatabaseAddress testDatabase;

    @Autowired
    JdbcClient db;

    DatabaseAddress database;
    ServerProcess killed;
    ServerProcess survivor;

    @BeforeAll
    void startTwoServers() {
        database = ServerProcess.newDatabase(db, testDatabase, "server_killed");
        // one after the other: the first makes the tables and the first administrator
        killed = ServerProcess.start("killed", database);
        survivor = ServerProcess.start("survivor", database);
    }

    @AfterAll
    void stopBoth() {
        if (killed != null) {
            killed.close();
        }
        if (survivor != null) {
            survivor.close();
        }
        ServerProcess.dropDatabase(db, database);
    }

    @Test
    void whatEitherServerAcknowledgedIsOnTheSurvivor() throws Exception {
        ServerProcess.outputsNamedOnFailure(this::killOneWhileBothTakeSaves, killed, survivor);
    }

    private void killOneWhileBothTakeSaves() throws Exception {
        PageWriters.Community community = PageWriters.community(killed);
        PageWriters writers = new PageWriters(community.slug());
        for (int client = 1; client <= CLIENTS; client++) {
            writers.start(killed.port(), community.writeToken(), "load/killed-" + client);
            writers.start(survivor.port(), community.writeToken(), "load/survivor-" + client);
        }
        // both servers take saves for a while, into one repository
        assertThat(PageWriters.within(
                        Duration.ofSeconds(20),
                        () -> writers.saved.stream()
                                        .filter(save -> save.path().startsWith("load/killed"))
                                        .count()
                                >= 15))
                .as("saves acknowledged by %s", killed)
                .isTrue();

        killed.kill();
        long killedAt = System.nanoTime();

        // the killed server's clients lose their connection; the survivor's go on
        assertThat(PageWriters.within(Duration.ofSeconds(10), () -> writers.lost.size() == CLIENTS))
                .as("clients of the killed server that saw their connection fail: %s", writers.lost)
                .isTrue();
        assertThat(writers.lost).allMatch(path -> path.startsWith("load/killed"));
        assertThat(PageWriters.within(
                        Duration.ofSeconds(20),
                        () -> writers.saved.stream()
                                        .filter(save -> save.atNanos() > killedAt)
                                        .count()
                                >= 15))
                .as("saves acknowledged by %s after the other was killed", survivor)
                .isTrue();
        writers.stop();

        assertThat(writers.refused)
                .as("answers other than an acknowledgement or a lost connection (%s)", survivor)
                .allSatisfy(refused ->
                        assertThat(refused.status()).as(refused.toString()).isZero());
        List<PageWriters.Saved> byKilled = writers.saved.stream()
                .filter(save -> save.path().startsWith("load/killed"))
                .toList();
        writers.allThere(survivor, community);
        assertThat(halfWrittenListedPacks())
                .as("files of listed packs whose chunks do not add up to their size")
                .isEmpty();
        System.out.printf(
                "Server killed: %d saves and %d comments acknowledged (%d saves by the killed server), none lost%n",
                writers.saved.size(), writers.commented.size(), byKilled.size());

        // the survivor's repository takes a save that moves main again
        PageWriters after = new PageWriters(community.slug());
        after.start(survivor.port(), community.writeToken(), "load/after");
        assertThat(PageWriters.within(Duration.ofSeconds(10), () -> !after.saved.isEmpty()))
                .as("%s", survivor)
                .isTrue();
        after.stop();
        assertThat(after.refused).isEmpty();
    }

    /**
     * The files of listed packs whose chunks in the database do not add up to the listed size: a pack the killed
     * server was writing must be whole once listed, or not listed at all (its chunks then wait for a repack to go).
     */
    private List<String> halfWrittenListedPacks() throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet files = statement.executeQuery("""
                        select p.pack || '.' || f.extension
                          from content.git_packs p, unnest(p.extensions, p.sizes) as f(extension, size)
                         where f.size <> (select coalesce(sum(octet_length(c.data)), 0) from content.git_pack_chunks c
                                           where c.pack = p.pack and c.extension = f.extension)
                        """)) {
            List<String> halfWritten = new ArrayList<>();
            while (files.next()) {
                halfWritten.add(files.getString(1));
            }
            return halfWritten;
        }
    }
}
