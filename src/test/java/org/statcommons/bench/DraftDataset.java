package org.statcommons.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.statcommons.access.JoinPolicy;
import org.statcommons.community.Community;
import org.statcommons.data.ingest.DistributionKeeper;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.Visitor;

/** A benchmark's dataset: made through the screens in a community of its own, with a draft release to fill. */
final class DraftDataset {

    private DraftDataset() {}

    /** A dataset made: its id and its page's path; its draft release is its only release. */
    record Made(long id, String page) {}

    static Made of(Fixtures fixtures, Account publisher, String office, String title) {
        Community community = fixtures.community(office, JoinPolicy.OPEN, publisher);
        Visitor visitor = fixtures.signedIn(publisher);
        String page = URI.create(visitor.submitNoFollow(
                                "/c/" + community.slug() + "/data",
                                Map.of("title", title, "description", "Bench.", "contactEmail", "data@example.org"))
                        .location())
                .getPath();
        visitor.submitNoFollow(page + "/releases", Map.of("changelog", "Bench"));
        return new Made(Long.parseLong(page.substring(page.lastIndexOf('/') + 1)), page);
    }

    /** Releases the stored draft now, as its reviewer does on the dataset's page. */
    static void release(Visitor visitor, String page) {
        String body = visitor.get(page).body();
        int at = body.indexOf(page + "/releases/");
        Visitor.Page released = visitor.submitNoFollow(body.substring(at, body.indexOf('"', at)), Map.of("at", ""));
        if (released.status() != 302) {
            throw new IllegalStateException("The release was refused: " + released.status() + " " + released.body());
        }
    }

    /** Waits until the release's whole-release file is written (in the background, after the release): its path. */
    static Path written(DistributionKeeper keeper, long releaseId, String name) throws InterruptedException {
        for (int i = 0; i < 6_000; i++) {
            Optional<Path> file = keeper.file(releaseId, name);
            if (file.isPresent()) {
                return file.get();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("The file " + name + " of release " + releaseId + " was not written");
    }
}
