package org.statcommons.content.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;
import org.statcommons.content.Author;
import org.statcommons.content.ChangedPath;
import org.statcommons.content.PageEdit;
import org.statcommons.content.PageSummary;
import org.statcommons.content.PageVersion;
import org.statcommons.content.Pages;
import org.statcommons.content.SavePage;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpacePath;
import org.statcommons.content.pages.CompareVersions;
import org.statcommons.content.pages.Comparison;
import org.statcommons.content.pages.DeletePage;
import org.statcommons.content.pages.MovePage;
import org.statcommons.content.pages.RestorePage;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.text.WordDiff;
import org.statcommons.support.StatCommonsIntegrationTest;

@StatCommonsIntegrationTest
class PageStorageIntegrationTests {

    private static final AtomicLong communities = new AtomicLong(1000);
    private static final Author ANA = new Author("Ana Ortiz", "ana@stat.example");
    private static final Author BEN = new Author("Ben Okafor", "ben@stat.example");

    @Autowired
    SavePage savePage;

    @Autowired
    MovePage movePage;

    @Autowired
    DeletePage deletePage;

    @Autowired
    RestorePage restorePage;

    @Autowired
    Pages pages;

    @Autowired
    HistoryReader history;

    @Autowired
    CompareVersions compare;

    @Autowired
    SpaceIndexer index;

    @Autowired
    SpaceRepositories repositories;

    @Autowired
    DeleteSpace deleteSpace;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SpaceWriter writer;

    @Autowired
    ContentProperties limits;

    @Test
    void savesEditsMovesDeletesAndRestoresPagesWithHistory() throws Exception {
        long space = communities.incrementAndGet();
        SaveResult created = savePage.save(
                space,
                new PageEdit(
                        "guidelines/data-integration.md",
                        "Data integration",
                        "Sources are listed below.\n\n- census\n- surveys",
                        null,
                        ""),
                ANA);
        assertThat(created.outcome()).isEqualTo(SaveResult.Outcome.SAVED);

        Pages.PageContent first = pages.read(space, "guidelines/data-integration.md");
        assertThat(first.title()).isEqualTo("Data integration");
        assertThat(first.body()).isEqualTo("Sources are listed below.\n\n- census\n- surveys\n");
        assertThat(first.commitId()).isEqualTo(((SaveResult.Saved) created).commitId());

        SaveResult edited = savePage.save(
                space,
                new PageEdit(
                        "guidelines/data-integration.md",
                        "Data integration",
                        "Sources are listed below.\n\n- census\n- surveys\n- registers",
                        first.commitId(),
                        "Add registers"),
                BEN);
        assertThat(edited.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        SaveResult same = savePage.save(
                space,
                new PageEdit(
                        "guidelines/data-integration.md",
                        "Data integration",
                        "Sources are listed below.\n\n- census\n- surveys\n- registers\n",
                        ((SaveResult.Saved) edited).commitId(),
                        ""),
                BEN);
        assertThat(same.outcome()).isEqualTo(SaveResult.Outcome.UNCHANGED);
        assertThat(((SaveResult.Saved) same).commitId()).isEqualTo(((SaveResult.Saved) edited).commitId());

        SaveResult moved =
                movePage.move(space, "guidelines/data-integration.md", "guidelines/integration/overview.md", "", ANA);
        assertThat(moved.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        assertThatThrownBy(() -> pages.read(space, "guidelines/data-integration.md"))
                .isInstanceOf(NotFoundException.class);
        assertThat(pages.movedTo(space, "guidelines/data-integration.md"))
                .contains("guidelines/integration/overview.md");

        HistoryPage<PageChange> pageHistory = history.ofPage(space, "guidelines/integration/overview.md", 1, 10);
        assertThat(pageHistory.items())
                .extracting(change -> change.commit().summary())
                .containsExactly(
                        "Move guidelines/data-integration.md to guidelines/integration/overview.md",
                        "Add registers",
                        "Create guidelines/data-integration.md");
        assertThat(pageHistory.items())
                .extracting(change -> change.change().change())
                .containsExactly('R', 'M', 'A');
        assertThat(pageHistory.items())
                .extracting(change -> change.commit().authorName())
                .containsExactly("Ana Ortiz", "Ben Okafor", "Ana Ortiz");
        assertThat(pageHistory.items().get(1).commit().authorEmail()).isEqualTo("ben@stat.example");

        Comparison comparison = compare.compare(
                space,
                pageHistory.items().get(2).version(),
                pageHistory.items().get(0).version());
        assertThat(comparison.added()).isEqualTo(1);
        assertThat(comparison.removed()).isZero();
        assertThat(comparison.lines())
                .filteredOn(line -> line.kind() == WordDiff.Kind.ADDED)
                .singleElement()
                .satisfies(line -> assertThat(line.newSpans().get(0).text()).isEqualTo("- registers"));

        SaveResult restored = restorePage.restore(
                space,
                "guidelines/integration/overview.md",
                pageHistory.items().get(2).version(),
                "",
                ANA);
        assertThat(restored.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        assertThat(pages.read(space, "guidelines/integration/overview.md").body())
                .doesNotContain("registers");

        String before = pages.read(space, "guidelines/integration/overview.md").commitId();
        SaveResult deleted = deletePage.delete(space, "guidelines/integration/overview.md", before, "Obsolete", BEN);
        assertThat(deleted.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        assertThat(pages.list(space)).isEmpty();
        assertThatThrownBy(() -> pages.read(space, "guidelines/integration/overview.md"))
                .isInstanceOf(NotFoundException.class);
        assertThat(pages.read(space, new PageVersion(before, "guidelines/integration/overview.md"))
                        .title())
                .isEqualTo("Data integration");

        HistoryPage<SpaceChange> spaceHistory = history.ofSpace(space, 1, 3);
        assertThat(spaceHistory.hasMore()).isTrue();
        assertThat(spaceHistory.items())
                .extracting(change -> change.commit().summary())
                .containsExactly(
                        "Obsolete",
                        "Restore guidelines/integration/overview.md to the version of "
                                + pageHistory.items().get(2).commit().id().substring(0, 10),
                        pageHistory.items().get(0).commit().summary());
        assertThat(spaceHistory.items().get(2).paths())
                .containsExactly(
                        new ChangedPath("guidelines/data-integration.md", 'D', null),
                        new ChangedPath("guidelines/integration/overview.md", 'R', "guidelines/data-integration.md"));
        HistoryPage<SpaceChange> second = history.ofSpace(space, 2, 3);
        assertThat(second.items()).hasSize(2);
        assertThat(second.hasMore()).isFalse();

        try (Repository repository = repositoryCopy(space);
                RevWalk walk = new RevWalk(repository)) {
            RevCommit head = walk.parseCommit(repository.resolve(SpaceBranches.MAIN));
            assertThat(head.getAuthorIdent().getName()).isEqualTo("Ben Okafor");
            assertThat(head.getFullMessage()).isEqualTo("Obsolete\n");
            assertThat(repository.isBare()).isTrue();
        }
    }

    @Test
    void mergesAnEditMadeOnAnOlderVersionAndReportsRealConflicts() {
        long space = communities.incrementAndGet();
        String text = "Intro\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.";
        String base = saved(savePage.save(space, new PageEdit("minutes.md", "Minutes", text, null, ""), ANA));

        saved(savePage.save(
                space, new PageEdit("minutes.md", "Minutes", text.replace("First", "Opening"), base, ""), BEN));
        SaveResult merged = savePage.save(
                space, new PageEdit("minutes.md", "Minutes", text.replace("Third", "Closing"), base, ""), ANA);
        assertThat(merged.outcome()).isEqualTo(SaveResult.Outcome.MERGED);
        assertThat(pages.read(space, "minutes.md").body())
                .contains("Opening paragraph.")
                .contains("Closing paragraph.");

        SaveResult conflict = savePage.save(
                space,
                new PageEdit(
                        "minutes.md", "Minutes", text.replace("First paragraph.", "My first paragraph."), base, ""),
                BEN);
        assertThat(conflict.outcome()).isEqualTo(SaveResult.Outcome.CONFLICT);
        SaveResult.Conflicted conflicted = (SaveResult.Conflicted) conflict;
        assertThat(conflicted.yours()).contains("My first paragraph.");
        assertThat(conflicted.theirs()).contains("Opening paragraph.").contains("Closing paragraph.");
        assertThat(conflicted.marked())
                .contains("<<<<<<< yours\nMy first paragraph.\n=======\nOpening paragraph.\n>>>>>>> theirs");
        assertThat(conflicted.headCommit())
                .isEqualTo(pages.read(space, "minutes.md").commitId());
        assertThat(history.ofPage(space, "minutes.md", 1, 10).items()).hasSize(3);

        SaveResult resolved = savePage.save(
                space,
                new PageEdit(
                        "minutes.md",
                        "Minutes",
                        text.replace("First paragraph.", "My first paragraph."),
                        conflicted.headCommit(),
                        "Resolve"),
                BEN);
        assertThat(resolved.outcome()).isEqualTo(SaveResult.Outcome.SAVED);

        SaveResult twice = savePage.save(space, new PageEdit("minutes.md", "Other", "Another page", null, ""), ANA);
        assertThat(twice.outcome()).isEqualTo(SaveResult.Outcome.CONFLICT);
        assertThat(((SaveResult.Conflicted) twice).reason().english()).contains("created a page at this path");

        String seen = pages.read(space, "minutes.md").commitId();
        saved(movePage.move(space, "minutes.md", "archive/minutes.md", "", BEN));
        SaveResult onMoved = savePage.save(space, new PageEdit("minutes.md", "Minutes", "late edit", seen, ""), ANA);
        assertThat(onMoved.outcome()).isEqualTo(SaveResult.Outcome.CONFLICT);
        assertThat(((SaveResult.Conflicted) onMoved).yours()).contains("late edit");

        String old = history.ofPage(space, "archive/minutes.md", 1, 10)
                .items()
                .get(1)
                .commit()
                .id();
        SaveResult staleDelete = deletePage.delete(space, "archive/minutes.md", base, "", ANA);
        assertThat(staleDelete.outcome()).isEqualTo(SaveResult.Outcome.CONFLICT);
        assertThat(pages.read(space, "archive/minutes.md").body()).contains("My first paragraph.");
        assertThat(old).isNotBlank();
    }

    @Test
    void refusesBadInputAndWritesNothing() {
        long space = communities.incrementAndGet();
        for (String path : List.of(
                "../escape.md", "/abs.md", ".git/config", "a/.git/x.md", "bad\u0007.md", "notes.txt", "a//b.md")) {
            assertThatThrownBy(() -> savePage.save(space, new PageEdit(path, "T", "x", null, ""), ANA))
                    .as(path)
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> savePage.save(space, new PageEdit("a.md", "", "x", null, ""), ANA))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField()).containsKey("title"));
        assertThatThrownBy(() -> savePage.save(space, new PageEdit("a.md", "T\u202E", "x", null, ""), ANA))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> savePage.save(space, new PageEdit("a.md", "T", "x", "not-a-commit", ""), ANA))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField()).containsKey("baseCommit"));
        assertThatThrownBy(() -> savePage.save(
                        space, new PageEdit("a.md", "T", "x", ObjectId.zeroId().name(), ""), ANA))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField()).containsKey("baseCommit"));
        String big = "0123456789abcdef\n".repeat(70_000);
        assertThatThrownBy(() -> savePage.save(space, new PageEdit("big.md", "Big", big, null, ""), ANA))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField().get("body")).contains("too long"));
        assertThatThrownBy(() -> movePage.move(space, "missing.md", "other.md", "", ANA))
                .isInstanceOf(NotFoundException.class);
        assertThat(history.ofSpace(space, 1, 10).items()).isEmpty();

        saved(savePage.save(space, new PageEdit("folder/page.md", "Page", "x", null, ""), ANA));
        saved(savePage.save(space, new PageEdit("other.md", "Other", "y", null, ""), ANA));
        assertThatThrownBy(() -> movePage.move(space, "other.md", "folder/page.md", "", ANA))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.byField()).containsKey("to"));
        // Git keeps a name once in a folder: a page inside a page's name, or a page named as a folder, is refused
        assertThatThrownBy(() -> savePage.save(space, new PageEdit("other.md/inside.md", "In", "z", null, ""), ANA))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("other.md");
        saved(savePage.save(space, new PageEdit("folder.md/page.md", "Deep", "w", null, ""), ANA));
        assertThatThrownBy(() -> savePage.save(space, new PageEdit("folder.md", "Flat", "v", null, ""), ANA))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("folder.md");
        assertThat(pages.read(space, "other.md").body()).contains("y");
        assertThat(pages.read(space, "folder.md/page.md").body()).contains("w");
        assertThat(history.ofSpace(space, 1, 10).items()).hasSize(3);
    }

    @Test
    void aRebuiltIndexEqualsTheIncrementalOneAndTheIndexCatchesUpWithRefMovesItMissed() throws Exception {
        long space = communities.incrementAndGet();
        String base =
                saved(savePage.save(space, new PageEdit("a.md", "A", "one\ntwo\nthree\nfour\nfive", null, ""), ANA));
        saved(savePage.save(space, new PageEdit("b/c.md", "C", "see [[A]]", null, ""), BEN));
        saved(savePage.save(
                space, new PageEdit("a.md", "A!", "one\ntwo\nthree\nfour\nFIVE", base, "title and five"), BEN));
        saved(savePage.save(space, new PageEdit("a.md", "A", "ONE\ntwo\nthree\nfour\nfive", base, ""), ANA));
        saved(movePage.move(space, "b/c.md", "c.md", "flatten", ANA));
        String beforeDelete = saved(savePage.save(space, new PageEdit("d.md", "D", "d", null, ""), ANA));
        saved(deletePage.delete(space, "d.md", beforeDelete, "", BEN));
        saved(restorePage.restore(space, "d.md", new PageVersion(beforeDelete, "d.md"), "back", ANA));

        Map<String, List<Map<String, Object>>> incremental = dump(space);
        assertThat(incremental.get("pages")).extracting(row -> row.get("path")).containsExactly("a.md", "c.md", "d.md");
        assertThat(incremental.get("pages")).extracting(row -> row.get("title")).containsExactly("A!", "C", "D");
        index.rebuild(space);
        assertThat(dump(space)).isEqualTo(incremental);

        // A commit that reached main without the index (a crash between ref move and database commit).
        Repository repository = repositories.open(space).orElseThrow();
        ObjectId head = repository.resolve(SpaceBranches.MAIN);
        saved(savePage.save(space, new PageEdit("e.md", "E", "e", null, ""), ANA));
        ObjectId withE = repository.resolve(SpaceBranches.MAIN);
        jdbc.sql("delete from content.commits where community_id = ? and id = ?")
                .params(space, withE.name())
                .update();
        jdbc.sql("delete from content.pages where community_id = ? and path = 'e.md'")
                .param(space)
                .update();
        jdbc.sql("update content.spaces set indexed_commit = ?, commit_count = commit_count - 1 where community_id = ?")
                .params(head.name(), space)
                .update();
        assertThat(history.ofPage(space, "e.md", 1, 10).items()).hasSize(1);
        assertThat(pages.list(space)).extracting(PageSummary::path).contains("e.md");

        // main moved back behind the index's back: the index is rebuilt to match.
        RefUpdate back = repository.updateRef(SpaceBranches.MAIN);
        back.setNewObjectId(head);
        back.setForceUpdate(true);
        assertThat(back.update()).isEqualTo(RefUpdate.Result.FORCED);
        assertThat(pages.list(space)).extracting(PageSummary::path).doesNotContain("e.md");
        assertThat(dump(space)).isEqualTo(incremental);
    }

    @Test
    void createsAndRemovesSpacesWithTheirIndex() {
        long space = communities.incrementAndGet();
        repositories.create(space);
        index.rebuild(space);
        assertThat(repositories.open(space)).isPresent();
        assertThat(history.ofSpace(space, 1, 10).items()).isEmpty();
        deleteSpace.delete(space);
        assertThat(repositories.open(space)).isEmpty();
        assertThat(jdbc.sql("select count(*) from content.spaces where community_id = ?")
                        .param(space)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesFilesOverTheConfiguredSizeLimits() {
        long space = communities.incrementAndGet();
        assertThat(limits.maxPageSize()).isEqualTo(DataSize.ofMegabytes(1));
        assertThat(limits.maxAttachmentSize()).isEqualTo(DataSize.ofMegabytes(25));
        SpacePath report = new SpacePath("files/report.pdf");
        byte[] tooBig = new byte[(int) limits.maxAttachmentSize().toBytes() + 1];
        assertThatThrownBy(() -> writer.write(
                        space,
                        ANA,
                        "Attach",
                        snapshot ->
                                SpaceWriter.Plan.edits(SaveResult.Outcome.SAVED, report, FileEdit.put(report, tooBig))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("too large")
                .hasMessageContaining("25 MB");
        SpacePath page = new SpacePath("pasted.md");
        byte[] bigPage = new byte[(int) limits.maxPageSize().toBytes() + 1];
        assertThatThrownBy(() -> writer.write(
                        space,
                        ANA,
                        "Paste",
                        snapshot ->
                                SpaceWriter.Plan.edits(SaveResult.Outcome.SAVED, page, FileEdit.put(page, bigPage))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 MB");
        assertThat(history.ofSpace(space, 1, 10).items()).isEmpty();

        byte[] fits = new byte[(int) limits.maxPageSize().toBytes() * 2];
        SaveResult attached = writer.write(
                space,
                ANA,
                "Attach",
                snapshot -> SpaceWriter.Plan.edits(SaveResult.Outcome.SAVED, report, FileEdit.put(report, fits)));
        assertThat(attached.outcome()).isEqualTo(SaveResult.Outcome.SAVED);
        assertThat(history.ofSpace(space, 1, 10).items())
                .singleElement()
                .satisfies(change ->
                        assertThat(change.paths()).containsExactly(new ChangedPath("files/report.pdf", 'A', null)));
        assertThat(pages.list(space)).isEmpty();
    }

    private Map<String, List<Map<String, Object>>> dump(long space) {
        return Map.of(
                "spaces",
                        jdbc.sql("select indexed_commit, commit_count from content.spaces where community_id = ?")
                                .param(space)
                                .query()
                                .listOfRows(),
                "commits",
                        jdbc.sql(
                                        "select seq, id, parent_id, author_name, author_email, authored_at, summary from content.commits "
                                                + "where community_id = ? order by seq")
                                .param(space)
                                .query()
                                .listOfRows(),
                "paths",
                        jdbc.sql(
                                        "select seq, path, change, old_path from content.commit_paths where community_id = ? order by seq, path")
                                .param(space)
                                .query()
                                .listOfRows(),
                "pages",
                        jdbc.sql(
                                        "select path, title, blob_id, latest_seq, latest_commit, changed_at from content.pages "
                                                + "where community_id = ? order by path")
                                .param(space)
                                .query()
                                .listOfRows());
    }

    private Repository repositoryCopy(long space) throws Exception {
        return new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .setGitDir(repositories.open(space).orElseThrow().getDirectory())
                .setBare()
                .build();
    }

    private static String saved(SaveResult result) {
        assertThat(result.outcome()).isIn(SaveResult.Outcome.SAVED, SaveResult.Outcome.MERGED);
        return ((SaveResult.Saved) result).commitId();
    }
}
