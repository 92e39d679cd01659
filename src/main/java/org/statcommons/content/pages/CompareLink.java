package org.statcommons.content.pages;

import org.springframework.web.util.UriComponentsBuilder;
import org.statcommons.content.PageVersion;
import org.statcommons.content.web.SpaceAddress;

/** The address comparing two versions of a page. */
final class CompareLink {

    private CompareLink() {}

    /** @param older null to compare with nothing (the page's creation) */
    static String of(String slug, String path, PageVersion older, PageVersion newer, String view) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(SpaceAddress.action(slug, "compare", path));
        if (older != null) {
            uri.queryParam("from", older.commitId()).queryParam("fromPath", older.path());
        }
        uri.queryParam("to", newer.commitId())
                .queryParam("toPath", newer.path())
                .queryParam("view", view);
        return uri.encode().build().toUriString();
    }
}
