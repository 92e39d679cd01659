package org.statcommons.content.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jgit.lib.Repository;
import org.springframework.stereotype.Service;
import org.statcommons.content.PageVersion;
import org.statcommons.content.SpacePath;
import org.statcommons.content.space.Snapshot;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;
import org.statcommons.platform.text.WordDiff;

/** Compares two versions of a page (for instance two entries of its history), text and title alike. */
@Service
public class CompareVersions {

    private final SpaceRepositories repositories;

    CompareVersions(SpaceRepositories repositories) {
        this.repositories = repositories;
    }

    /** @param from the older version, or null to compare with nothing (the page's creation) */
    public Comparison compare(long communityId, PageVersion from, PageVersion to) {
        Repository repository = repositories
                .open(communityId)
                .orElseThrow(() -> new NotFoundException(Text.of("content.no-pages-yet")));
        try (Snapshot snapshot = new Snapshot(repository)) {
            String before = from == null ? "" : text(snapshot, "from", from);
            String after = text(snapshot, "to", to);
            var lines = WordDiff.lines(before, after);
            int added = (int) lines.stream()
                    .filter(l -> l.newNumber() > 0 && l.kind() != WordDiff.Kind.SAME)
                    .count();
            int removed = (int) lines.stream()
                    .filter(l -> l.oldNumber() > 0 && l.kind() != WordDiff.Kind.SAME)
                    .count();
            return new Comparison(from, to, lines, added, removed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Snapshot snapshot, String field, PageVersion version) throws IOException {
        SpacePath path = SpacePath.page(field, version.path());
        return new String(snapshot.file(snapshot.commit(field, version.commitId()), path), StandardCharsets.UTF_8);
    }
}
