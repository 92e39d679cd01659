package org.statcommons.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Repository;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.statcommons.content.space.FileEdit;
import org.statcommons.content.space.PageFile;
import org.statcommons.content.space.SpaceBranches;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.content.space.SpaceWriter;

/**
 * Sets up a community's space: the repository and a first commit holding the page templates (guideline
 * chapter, case study, meeting minutes, terms of reference, a workstream's terms of reference) under {@code _templates/}, where members can edit
 * them like any page. Done when a community is created, and on first use for communities that have none. A body's
 * members-only space is set up on its first use, with a start page ({@link #ensureBodySpace}).
 */
@Service
public class SetUpSpace {

    /** Where templates live in a space; the page tree lists them apart from the pages. */
    public static final String TEMPLATES = "_templates/";

    /** The start page of a body's members-only space, the first page its members read. */
    public static final String BODY_START = "start.md";

    static final List<String> SEEDED = List.of(
            "guideline-chapter",
            "case-study",
            "meeting-minutes",
            "terms-of-reference",
            "workstream-terms-of-reference");

    private static final Author SYSTEM = new Author("StatCommons", "statcommons@localhost");

    private final SpaceRepositories repositories;
    private final SpaceWriter writer;

    SetUpSpace(SpaceRepositories repositories, SpaceWriter writer) {
        this.repositories = repositories;
        this.writer = writer;
    }

    /** Creates the space with its templates unless main already exists; safe to call on every visit. */
    public void ensure(long communityId) {
        if (hasMain(communityId)) {
            return;
        }
        List<FileEdit> templates = new ArrayList<>();
        for (String name : SEEDED) {
            templates.add(FileEdit.put(new SpacePath(TEMPLATES + name + SpacePath.PAGE_SUFFIX), resource(name)));
        }
        SpacePath first = templates.get(0).path();
        writer.write(
                communityId,
                SYSTEM,
                "Set up the space with page templates",
                snapshot -> snapshot.head() != null
                        // someone set it up meanwhile (the writer holds the space's lock now)
                        ? SpaceWriter.Plan.edits(SaveResult.Outcome.UNCHANGED, first)
                        : SpaceWriter.Plan.edits(SaveResult.Outcome.SAVED, first, templates.toArray(FileEdit[]::new)));
    }

    /**
     * Creates a body's members-only space ({@link BodySpace}) with a start page unless it has one already; safe to
     * call on every visit. No templates: they are the community's, in its own space.
     */
    public void ensureBodySpace(BodySpace space) {
        if (hasMain(space.key())) {
            return;
        }
        SpacePath start = new SpacePath(BODY_START);
        byte[] page = PageFile.of(
                        space.bodyName() + ": members-only space",
                        Map.of(),
                        "Only the members of " + space.bodyName()
                                + " and the community's secretariat read and write the pages of this space."
                                + " Nothing of it is ever published.\n")
                .bytes();
        writer.write(
                space.key(),
                SYSTEM,
                "Set up the members-only space of " + space.bodyName(),
                snapshot -> snapshot.head() != null
                        ? SpaceWriter.Plan.edits(SaveResult.Outcome.UNCHANGED, start)
                        : SpaceWriter.Plan.edits(SaveResult.Outcome.SAVED, start, FileEdit.put(start, page)));
    }

    /**
     * Creates a course's repository ({@link CourseSpace}) with its first files (the course it starts from) unless it has
     * a main already: one commit by the person who created the course.
     */
    public void ensureCourse(long courseId, Author author, String message, Map<String, byte[]> files) {
        long key = CourseSpace.keyOf(courseId);
        if (hasMain(key)) {
            return;
        }
        List<FileEdit> edits = new ArrayList<>();
        files.forEach((path, bytes) -> edits.add(FileEdit.put(new SpacePath(path), bytes)));
        SpacePath first = edits.get(0).path();
        writer.write(
                key,
                author,
                message,
                snapshot -> snapshot.head() != null
                        ? SpaceWriter.Plan.edits(SaveResult.Outcome.UNCHANGED, first)
                        : SpaceWriter.Plan.edits(SaveResult.Outcome.SAVED, first, edits.toArray(FileEdit[]::new)));
    }

    private boolean hasMain(long communityId) {
        try {
            Repository repository = repositories.open(communityId).orElse(null);
            return repository != null && repository.exactRef(SpaceBranches.MAIN) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in =
                new ClassPathResource("space-templates/" + name + SpacePath.PAGE_SUFFIX).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing page template " + name, e);
        }
    }
}
