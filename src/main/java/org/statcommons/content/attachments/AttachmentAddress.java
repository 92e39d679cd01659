package org.statcommons.content.attachments;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriUtils;

/**
 * Addresses of attached files. Members open {@code guidelines/data.files/table.xlsx} of community
 * {@code pacific} at {@code /c/pacific/space/-/files/guidelines/data.files/table.xlsx}; the public, when the
 * published page links to it, at {@code /c/pacific/p/-/files/guidelines/data.files/table.xlsx}.
 */
public final class AttachmentAddress {

    private AttachmentAddress() {}

    public static String member(String slug, String filePath) {
        return action(slug, "files", filePath);
    }

    /** An action on a file under the space's actions, e.g. {@code detach} (removing it). */
    static String action(String slug, String action, String filePath) {
        return "/c/" + slug + "/space/-/" + action + "/" + encoded(filePath);
    }

    public static String published(String slug, String filePath) {
        return "/c/" + slug + "/p/-/files/" + encoded(filePath);
    }

    /** The file path an address names (the rest of the URL, without surrounding slashes). */
    public static String path(String rest) {
        String path = rest == null ? "" : rest.strip();
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static String encoded(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            segments.add(UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8));
        }
        return String.join("/", segments);
    }
}
