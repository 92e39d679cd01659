package org.statcommons.content.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.blame.BlameResult;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.springframework.stereotype.Service;
import org.statcommons.content.SpacePath;
import org.statcommons.content.space.SpaceBranches;
import org.statcommons.content.space.SpaceRepositories;
import org.statcommons.platform.NotFoundException;
import org.statcommons.platform.Text;

/**
 * Who wrote each line of a page as it is now (Git's blame, following moves): runs of lines by the same
 * commit, with its author, time and summary. Walks history, so it is for a person asking, not for lists.
 */
@Service
public class BlameReader {

    private final SpaceRepositories repositories;

    BlameReader(SpaceRepositories repositories) {
        this.repositories = repositories;
    }

    /** Consecutive lines last changed by one commit. */
    public record Run(String commitId, String author, Instant when, String summary, List<String> lines) {}

    public List<Run> of(long communityId, String path) {
        SpacePath page = SpacePath.page("path", path);
        Repository repository = repositories
                .open(communityId)
                .orElseThrow(() -> new NotFoundException(Text.of("content.no-pages-yet")));
        try {
            ObjectId head = repository.resolve(SpaceBranches.MAIN);
            BlameResult blame = head == null
                    ? null
                    : new Git(repository)
                            .blame()
                            .setStartCommit(head)
                            .setFilePath(page.value())
                            .setFollowFileRenames(true)
                            .call();
            if (blame == null) {
                throw new NotFoundException(Text.of("content.no-page", String.valueOf(page)));
            }
            blame.computeAll();
            List<Run> runs = new ArrayList<>();
            for (int line = 0; line < blame.getResultContents().size(); line++) {
                RevCommit commit = blame.getSourceCommit(line);
                String text = blame.getResultContents().getString(line);
                Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
                if (last != null && commit != null && last.commitId().equals(commit.name())) {
                    last.lines().add(text);
                    continue;
                }
                PersonIdent author = blame.getSourceAuthor(line);
                List<String> lines = new ArrayList<>();
                lines.add(text);
                runs.add(new Run(
                        commit == null ? "" : commit.name(),
                        author == null ? "" : author.getName(),
                        author == null ? null : author.getWhenAsInstant(),
                        commit == null ? "" : commit.getShortMessage(),
                        lines));
            }
            return runs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException("Cannot tell who wrote " + page, e);
        }
    }
}
