package org.statcommons.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriUtils;

/**
 * Web addresses of pages for other features (comments, search): members read {@code guidelines/x.md} of
 * community {@code pacific} at {@code /c/pacific/space/guidelines/x}, everyone reads it once published at
 * {@code /c/pacific/p/guidelines/x}. Each path segment is percent-encoded and {@code .md} left out.
 */
public final class PageAddress {

    private PageAddress() {}

    public static String page(String slug, String path) {
        return "/c/" + slug + "/space/" + encoded(path);
    }

    public static String published(String slug, String path) {
        return "/c/" + slug + "/p/" + encoded(path);
    }

    /** A proposal of the community's space. */
    public static String proposal(String slug, long id) {
        return "/c/" + slug + "/proposals/" + id;
    }

    /** The page path the rest of an address names, with {@code .md} added when left out. */
    public static String path(String rest) {
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
    public static String encoded(String path) {
        String bare = path.endsWith(SpacePath.PAGE_SUFFIX)
                ? path.substring(0, path.length() - SpacePath.PAGE_SUFFIX.length())
                : path;
        List<String> segments = new ArrayList<>();
        for (String segment : bare.split("/")) {
            segments.add(UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8));
        }
        return String.join("/", segments);
    }
}
