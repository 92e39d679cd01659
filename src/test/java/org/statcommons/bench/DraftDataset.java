package org.statcommons.bench;

import java.net.URI;
import java.util.Map;
import org.statcommons.access.JoinPolicy;
import org.statcommons.community.Community;
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
}
