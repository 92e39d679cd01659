package org.statcommons.content.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriUtils;
import org.statcommons.content.SpacePath;

/**
 * Addresses of pages: the page {@code guidelines/data-integration.md} of community {@code pacific} is read by
 * members at {@code /c/pacific/space/guidelines/data-integration} and, once published, by anyone at
 * {@code /c/pacific/p/guidelines/data-integration}. Actions on a page live under {@code /c/pacific/space/-/…}
 * (no page name starts with a hyphen, so they never collide with a page).
 */
final class SpaceAddress {

    private SpaceAddress() {
    }

    static String space(String slug) {
        return "/c/" + slug + "/space";
    }

    static String page(String slug, String path) {
        return space(slug) + "/" + encoded(path);
    }

    static String action(String slug, String action, String path) {
        return space(slug) + "/-/" + action + "/" + encoded(path);
    }

    static String published(String slug, String path) {
        return "/c/" + slug + "/p/" + encoded(path);
    }

    /** The page path an address names: the rest of the URL, with {@code .md} added when left out. */
    static String path(String rest) {
        String path = rest == null ? "" : rest.strip();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.isEmpty() || path.endsWith(SpacePath.PAGE_SUFFIX) ? path : path + SpacePath.PAGE_SUFFIX;
    }

    /** The path without {@code .md}, each segment percent-encoded. */
    private static String encoded(String path) {
        String bare = path.endsWith(SpacePath.PAGE_SUFFIX) ? path.substring(0, path.length() - SpacePath.PAGE_SUFFIX.length()) : path;
        List<String> segments = new ArrayList<>();
        for (String segment : bare.split("/")) {
            segments.add(UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8));
        }
        return String.join("/", segments);
    }
}
