package org.statcommons.content.attachments;

import java.util.Locale;
import org.statcommons.platform.Text;

/** An attached file in a list on a page: its name, size, kind, where to open it and where to remove it. */
record FileRow(String name, String size, Text kind, boolean image, String href, String removeHref) {

    static FileRow of(String slug, Attachment file, String version) {
        String href = AttachmentAddress.member(slug, file.path()) + (version == null ? "" : "?version=" + version);
        return new FileRow(
                file.name(),
                size(file.size()),
                file.type().text(),
                file.image(),
                href,
                AttachmentAddress.action(slug, "detach", file.path()));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
