package org.statcommons.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.statcommons.support.Visitor.fields;

import com.zaxxer.hikari.HikariDataSource;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.statcommons.access.CommunityRole;
import org.statcommons.access.JoinPolicy;
import org.statcommons.access.PlatformRole;
import org.statcommons.community.Community;
import org.statcommons.content.space.DatabaseStore;
import org.statcommons.data.PublishedDatasets;
import org.statcommons.identity.Account;
import org.statcommons.platform.database.DatabaseAddress;
import org.statcommons.support.Fixtures;
import org.statcommons.support.GitCli;
import org.statcommons.support.GitHistory;
import org.statcommons.support.SmallCellCensus;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor;
import org.statcommons.support.Visitor.Page;

/**
 * A server filled with a community's pages (with history), a file, comments, a meeting and a data release is backed
 * up and restored into a fresh database of the same PostgreSQL and fresh repositories: every table and every
 * repository is the same; so is a space kept in the database (Git in PostgreSQL), read through a store on the restored
 * database. A damaged backup and a newer schema are refused before anything is restored; a disk that fills in the
 * middle of a table leaves no backup behind, every pooled connection sound and the server serving; "Back up now" is
 * the administrators'.
 */
@StatCommonsIntegrationTest
class BackupIntegrationTests {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    @Autowired
    Fixtures fixtures;

    @Autowired
    BackUp backUp;

    @Autowired
    JdbcClient db;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    DatabaseAddress database;

    @TempDir
    Path backups;

    @Test
    void aBackupRestoresIntoAFreshDatabaseAndFreshRepositoriesWithEverythingTheSame() throws Exception {
        Filled filled = fill();
        Map<String, String> before = digests(db);
        Path folder = backUp.into(backups, BackupWriter.FILES);
        Map<String, String> after = digests(db);

        Manifest manifest = BackupFolder.verified(folder);
        assertThat(folder.getFileName().toString()).matches("statcommons-backup-\\d{8}-\\d{6}");
        assertThat(manifest.repositories()).contains(filled.community().id());
        assertThat(manifest.files())
                .allSatisfy(file ->
                        assertThat(Files.size(folder.resolve(file.path()))).isEqualTo(file.size()));
        assertThat(manifest.tables()).extracting(TableDump::name).contains("pages", "comments", "meetings");
        assertThat(manifest.tables())
                .as("a release's partition, made at run time, is taken with its definition")
                .anySatisfy(table -> assertThat(table.partitionOf()).isEqualTo("data.observation_series"));

        String restored = "restored_" + UUID.randomUUID().toString().replace("-", "");
        db.sql("create database " + restored).update();
        DatabaseAddress target = other(restored);
        new BackupRestorer().restoreDatabase(target, folder, manifest);

        // every table as it was: each one nothing wrote to while the backup ran (the same before and after it) is
        // the same in the copy. What changed meanwhile is what the server's own work (the outbox, sessions, or other
        // test classes' schedules on this shared server) wrote, and is read at the snapshot's instant, not after.
        JdbcClient copy = JdbcClient.create(dataSource(target));
        Map<String, String> restoredDigests = digests(copy);
        Map<String, String> differing = new LinkedHashMap<>();
        List<String> compared = new ArrayList<>();
        for (TableDump table : manifest.tables()) {
            String name = table.schema() + "." + table.name();
            if (after.get(name) == null || !after.get(name).equals(before.get(name))) {
                continue;
            }
            compared.add(name);
            if (!after.get(name).equals(restoredDigests.get(name))) {
                differing.put(name, after.get(name) + " / " + restoredDigests.get(name));
            }
        }
        assertThat(differing).isEmpty();
        assertThat(compared)
                .contains("content.pages", "comments.comments", "meetings.meetings", "identity.accounts")
                .hasSizeGreaterThan(manifest.tables().size() / 2);
        assertThat(copy.sql("select count(*) from comments.comments where body like ?")
                        .param("%" + filled.word() + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        // a sequence goes on from where it was
        assertThat(copy.sql("select nextval(pg_get_serial_sequence('identity.accounts', 'id'))")
                        .query(Long.class)
                        .single())
                .isGreaterThan(copy.sql("select max(id) from identity.accounts")
                        .query(Long.class)
                        .single());

        // the space's bundle is a plain Git bundle: git clones it, and it holds every ref and commit of the space
        GitCli git = new GitCli();
        Path bundle = folder.resolve(Manifest.bundle(filled.community().id()));
        assertThat(git.run(git.home(), "clone", "--mirror", bundle.toString(), "from-bundle")
                        .ok())
                .isTrue();
        Path live = git.home().resolve("live");
        assertThat(git.run(
                                git.home(),
                                "clone",
                                "--mirror",
                                GitCli.url(
                                        fixtures.port(),
                                        filled.community().slug(),
                                        filled.owner().email(),
                                        fixtures.gitToken(filled.owner())),
                                live.toString())
                        .ok())
                .isTrue();
        Path fromBundle = git.home().resolve("from-bundle");
        assertThat(git.run(fromBundle, "fsck", "--full").ok()).isTrue();
        assertThat(git.run(fromBundle, "for-each-ref", "--format=%(refname) %(objectname)", "refs/heads")
                        .output())
                .isEqualTo(git.run(live, "for-each-ref", "--format=%(refname) %(objectname)", "refs/heads")
                        .output())
                .contains("refs/heads/main");
        String bundled =
                git.run(fromBundle, "log", "--all", "--format=%H %T %s").output();
        assertThat(bundled)
                .isEqualTo(git.run(live, "log", "--all", "--format=%H %T %s").output())
                .contains("Second version of the introduction");
        // the file attached, byte for byte
        String files =
                git.run(fromBundle, "ls-tree", "-r", "--name-only", "main").output();
        assertThat(files).contains("chart.png");

        db.sql("drop database " + restored + " with (force)").update();
    }

    @Test
    void aSpaceKeptInTheDatabaseIsTheSameAfterBackupAndRestore() throws Exception {
        // Git in PostgreSQL (statcommons.content.storage=database): the repository is rows of the dump, not a bundle
        long key = 3_000_000_000L + ThreadLocalRandom.current().nextInt(1_000_000_000);
        String restored = "restored_git_" + UUID.randomUUID().toString().replace("-", "");
        try (DatabaseStore live = new DatabaseStore(database, "backed-up")) {
            Repository repository = live.repositories().create(key);
            GitHistory.commit(repository, Map.of("guide/intro.md", GitHistory.page("Introduction", "Design.")), "One");
            // a file larger than a stored chunk (1 MiB), and hardly compressible
            Random random = new Random(15);
            StringBuilder large = new StringBuilder();
            while (large.length() < 3_000_000) {
                large.append(Long.toHexString(random.nextLong()));
            }
            GitHistory.commit(repository, Map.of("data/large.csv", large.toString()), "Two");
            ObjectId three = GitHistory.commit(
                    repository, Map.of("guide/intro.md", GitHistory.page("Introduction", "Design, again.")), "Three");
            RefUpdate branch = repository.updateRef("refs/heads/proposal-1");
            branch.setExpectedOldObjectId(ObjectId.zeroId());
            branch.setNewObjectId(three);
            assertThat(branch.update()).isEqualTo(RefUpdate.Result.NEW);
            String before = describe(repository);

            Path folder = backUp.into(backups, BackupWriter.FILES);
            Manifest manifest = BackupFolder.verified(folder);
            assertThat(manifest.repositories()).doesNotContain(key);
            db.sql("create database " + restored).update();
            new BackupRestorer().restoreDatabase(other(restored), folder, manifest);

            try (DatabaseStore copy = new DatabaseStore(other(restored), "restored")) {
                String after = describe(copy.repositories().open(key).orElseThrow());
                assertThat(after)
                        .contains("HEAD -> refs/heads/main", "refs/heads/proposal-1", "data/large.csv")
                        .isEqualTo(before);
            }
            live.repositories().delete(key);
        } finally {
            db.sql("drop database if exists " + restored + " with (force)").update();
        }
    }

    /** Every ref (a symbolic one with its target), every commit they reach and every file of each, hashed. */
    private static String describe(Repository repository) throws IOException {
        StringBuilder out = new StringBuilder();
        Map<String, Ref> refs = new TreeMap<>();
        repository.getRefDatabase().getRefs().forEach(ref -> refs.put(ref.getName(), ref));
        refs.put(Constants.HEAD, repository.exactRef(Constants.HEAD));
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : refs.values()) {
                out.append(ref.getName())
                        .append(ref.isSymbolic() ? " -> " + ref.getTarget().getName() : "")
                        .append(' ')
                        .append(ref.getObjectId().name())
                        .append('\n');
                walk.markStart(walk.parseCommit(ref.getObjectId()));
            }
            for (RevCommit commit : walk) {
                out.append(commit.name())
                        .append(' ')
                        .append(commit.getFullMessage().strip())
                        .append('\n');
                try (TreeWalk files = new TreeWalk(repository)) {
                    files.addTree(commit.getTree());
                    files.setRecursive(true);
                    while (files.next()) {
                        byte[] bytes = repository.open(files.getObjectId(0)).getBytes(Integer.MAX_VALUE);
                        out.append("  ")
                                .append(files.getPathString())
                                .append(' ')
                                .append(bytes.length)
                                .append(' ')
                                .append(HexFormat.of()
                                        .formatHex(MessageDigest.getInstance("SHA-256")
                                                .digest(bytes)))
                                .append('\n');
                    }
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out.toString();
    }

    @Test
    void aDamagedBackupOrOneOfANewerSchemaIsRefusedBeforeAnythingIsRestored() throws Exception {
        Path folder = backUp.into(backups, BackupWriter.FILES);
        Manifest manifest = BackupFolder.verified(folder);
        Manifest.FileEntry victim = manifest.files().stream()
                .filter(file -> file.path().endsWith("comments.comments.copy.gz"))
                .findFirst()
                .orElseThrow();
        byte[] bytes = Files.readAllBytes(folder.resolve(victim.path()));
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(folder.resolve(victim.path()), bytes);
        assertThatThrownBy(() -> BackupFolder.verified(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database/comments.comments.copy.gz is damaged")
                .hasMessageContaining("Nothing was restored");

        Files.delete(folder.resolve(Manifest.NAME));
        assertThatThrownBy(() -> BackupFolder.verified(folder))
                .hasMessageContaining("holds no manifest.json")
                .hasMessageContaining("did not finish");

        String empty = "newer_" + UUID.randomUUID().toString().replace("-", "");
        db.sql("create database " + empty).update();
        DatabaseAddress target = other(empty);
        Manifest newer = new Manifest(
                manifest.format(),
                "9.9",
                "9999.1",
                manifest.createdAt(),
                manifest.tables(),
                manifest.sequences(),
                manifest.repositories(),
                manifest.files());
        assertThatThrownBy(() -> new BackupRestorer().restoreDatabase(target, folder, newer))
                .hasMessageContaining("schema version 9999.1 is newer than this StatCommons knows")
                .hasMessageContaining("Nothing was restored");
        assertThat(JdbcClient.create(dataSource(target))
                        .sql("select count(*) from pg_tables where schemaname = 'public'")
                        .query(Long.class)
                        .single())
                .isZero();
        // and a database that holds a server already is not written over
        assertThatThrownBy(() -> new BackupRestorer().restoreDatabase(database, folder, manifest))
                .hasMessageContaining("already holds StatCommons data");
        db.sql("drop database " + empty + " with (force)").update();
    }

    @Test
    void aDiskThatFillsInTheMiddleOfATablesCopyLeavesNoBackupAndTheServerServing() throws Exception {
        // a table large enough that its file fills the disk in the middle of its COPY, however much else the database
        // holds (in the whole suite, other classes' rows decide which write meets the full disk)
        db.sql("create table public.backup_ballast (t text)").update();
        try {
            db.sql("insert into public.backup_ballast select md5(i::text) || md5((i * 7)::text)"
                            + " from generate_series(1, 50000) i")
                    .update();
            AtomicLong room = new AtomicLong(64 * 1024);
            BackupWriter.Opener full = file -> {
                OutputStream out = Files.newOutputStream(file);
                if (!file.getFileName().toString().equals("public.backup_ballast.copy.gz")) {
                    return out;
                }
                return new FilterOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (room.addAndGet(-len) < 0) {
                            throw new IOException("No space left on device");
                        }
                        out.write(b, off, len);
                    }

                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }
                };
            };
            assertThatThrownBy(() -> backUp.into(backups, full))
                    .isInstanceOf(BackupFailedException.class)
                    .hasMessageContaining("failed and was removed")
                    .hasMessageContaining("No space left on device");
            assertThat(room.get())
                    .as("the disk filled in the middle of the table's rows")
                    .isNegative();
        } finally {
            db.sql("drop table public.backup_ballast").update();
        }
        try (Stream<Path> left = Files.list(backups)) {
            assertThat(left).isEmpty();
        }
        // no connection of the server's pool was left in the middle of a COPY or a transaction: every one of them
        // (all taken at once, so that none is skipped) answers, read-only and then read-write
        List<Connection> all = new ArrayList<>();
        try {
            for (int i = 0; i < dataSource.getMaximumPoolSize(); i++) {
                all.add(dataSource.getConnection());
            }
            for (Connection connection : all) {
                connection.setReadOnly(true);
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("select count(*) from identity.accounts")) {
                    assertThat(rows.next()).isTrue();
                }
                connection.rollback();
                connection.setAutoCommit(true);
                connection.setReadOnly(false);
            }
        } finally {
            for (Connection connection : all) {
                connection.close();
            }
        }
        for (int i = 0; i < 3 * dataSource.getMaximumPoolSize(); i++) {
            assertThat(db.sql("select count(*) from identity.accounts")
                            .query(Long.class)
                            .single())
                    .isPositive();
        }
        // the server goes on: a page is saved and read, and the next backup works
        Filled after = fill();
        assertThat(fixtures.signedIn(after.owner())
                        .get(Fixtures.space(after.community()) + "/guide/intro")
                        .body())
                .contains("Introduction");
        assertThat(BackupFolder.verified(backUp.into(backups, BackupWriter.FILES))
                        .files())
                .isNotEmpty();
    }

    @Test
    void backUpNowIsAnAdministratorsAndListsTheBackupsWithTimeAndSize() {
        Visitor someone = fixtures.signedIn(fixtures.account("Not an administrator"));
        assertThat(someone.get("/admin/backups").status()).isEqualTo(403);
        assertThat(someone.submitNoFollow("/account", "/admin/backups", fields())
                        .status())
                .isEqualTo(403);

        Visitor admin = fixtures.signedIn(fixtures.account("Backup administrator", PlatformRole.ADMINISTRATOR));
        assertThat(admin.get("/admin").body()).contains("/admin/backups");
        Page listed = admin.submit("/admin/backups", "/admin/backups", fields());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body())
                .contains("Backed up into statcommons-backup-")
                .contains("<th scope=\"col\">Size</th>")
                .containsPattern("<code>statcommons-backup-\\d{8}-\\d{6}</code>");
    }

    private record Filled(Community community, Account owner, String word) {}

    /** A community with two pages (one with two versions), a file, two comments, a meeting and a data release. */
    private Filled fill() {
        Account owner = fixtures.account("Backup owner", PlatformRole.ADMINISTRATOR);
        Community community = fixtures.community("Backed up", JoinPolicy.OPEN, owner);
        fixtures.member(community, "Backup member", CommunityRole.MEMBER);
        Visitor browser = fixtures.signedIn(owner);
        String space = Fixtures.space(community);
        fixtures.page(browser, community, "guide/intro", "Introduction", "The survey design.");
        fixtures.page(browser, community, "guide/methods", "Methods", "Sampling.");
        GitCli git = new GitCli();
        Path work = git.cloned(fixtures.port(), community.slug(), owner.email(), fixtures.gitToken(owner));
        try (Stream<Path> pages = Files.walk(work)) {
            Path intro = pages.filter(p -> p.getFileName().toString().startsWith("intro"))
                    .findFirst()
                    .orElseThrow();
            assertThat(git.commitAndPush(
                                    work,
                                    work.relativize(intro).toString(),
                                    Files.readString(intro) + "\nA second paragraph.\n",
                                    "Second version of the introduction",
                                    "origin",
                                    "main")
                            .ok())
                    .isTrue();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Page attached =
                browser.upload(space + "/guide/intro", space + "/-/attach/guide/intro", "chart.png", "image/png", PNG);
        assertThat(attached.status()).as(attached.body()).isEqualTo(302);
        String word = "kept" + UUID.randomUUID().toString().substring(0, 8);
        for (String body : new String[] {"First " + word, "Second " + word}) {
            Page commented = browser.submitNoFollow(
                    space + "/guide/intro",
                    "/c/" + community.slug() + "/page-comments/guide/intro",
                    fields("body", body));
            assertThat(commented.status()).as(commented.body()).isEqualTo(302);
        }
        String day = LocalDate.now().plusDays(5) + " 10:00";
        Page meeting = fixtures.bearer(fixtures.token(owner))
                .api(
                        "POST",
                        "/api/v1/communities/" + community.slug() + "/meetings",
                        "{\"title\":\"Kept meeting\",\"candidates\":[\"" + day + "\"]}");
        assertThat(meeting.status()).as(meeting.body()).isBetween(200, 201);
        PublishedDatasets.publish(fixtures, owner, "Census kept in backups " + word, SmallCellCensus.CSV);
        // what listeners do after commit is part of what is backed up
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db.sql("select count(*) from public.event_publication")
                                .query(Long.class)
                                .single()
                        == 0);
        return new Filled(community, owner, word);
    }

    /** Another database of the test server's PostgreSQL. */
    private DatabaseAddress other(String name) {
        return new DatabaseAddress(
                database.jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + name + "$1"),
                database.user(),
                database.password(),
                database.connectionTimeout());
    }

    private static PGSimpleDataSource dataSource(DatabaseAddress address) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(address.jdbcUrl());
        dataSource.setUser(address.user());
        dataSource.setPassword(address.password());
        return dataSource;
    }

    /**
     * Every table of the database (but Flyway's history), by its quoted name, with its rows counted and hashed in one
     * order: equal digests, equal tables.
     */
    private static Map<String, String> digests(JdbcClient jdbc) {
        Map<String, String> digests = new TreeMap<>();
        List<String> tables = jdbc.sql("""
                        select schemaname || '.' || tablename from pg_tables
                         where schemaname not in ('pg_catalog', 'information_schema')
                           and schemaname not like 'pg\\_%' and tablename <> 'flyway_schema_history'""").query(String.class).list();
        for (String table : tables) {
            String[] name = table.split("\\.", 2);
            digests.put(
                    table,
                    jdbc.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '')"
                                    + " from " + Tables.quote(name[0]) + "." + Tables.quote(name[1]) + " t")
                            .query(String.class)
                            .single());
        }
        return digests;
    }
}
