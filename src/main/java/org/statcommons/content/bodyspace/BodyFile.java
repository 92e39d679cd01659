package org.statcommons.content.bodyspace;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriUtils;
import org.statcommons.content.BodySpace;
import org.statcommons.content.attachments.Attachment;
import org.statcommons.platform.ByteSize;
import org.statcommons.platform.Text;

/** A file attached to a page of a body's space, in the page's list: where to open it and where to remove it. */
record BodyFile(String name, Text size, Text kind, boolean image, String href, String removeHref) {

    static BodyFile of(BodySpace space, Attachment file, String version) {
        return new BodyFile(
                file.name(),
                ByteSize.of(file.size()),
                file.type().text(),
                file.image(),
                href(space, file.path()) + (version == null ? "" : "?version=" + version),
                space.address() + "/-/detach/" + encoded(file.path()));
    }

    /** Where the body's members open the file at {@code path} (a page's file: {@code page.files/name}). */
    static String href(BodySpace space, String path) {
        return space.address() + "/-/files/" + encoded(path);
    }

    /** Each segment percent-encoded; a file's name is kept whole (a page's address drops {@code .md}, a file's not). */
    private static String encoded(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            segments.add(UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8));
        }
        return String.join("/", segments);
    }
}
