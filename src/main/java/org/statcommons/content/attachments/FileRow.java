package org.statcommons.content.attachments;

import org.statcommons.platform.ByteSize;
import org.statcommons.platform.Text;

/** An attached file in a list on a page: its name, size, kind, where to open it and where to remove it. */
record FileRow(String name, Text size, Text kind, boolean image, String href, String removeHref) {

    static FileRow of(String slug, Attachment file, String version) {
        String href = AttachmentAddress.member(slug, file.path()) + (version == null ? "" : "?version=" + version);
        return new FileRow(
                file.name(),
                ByteSize.of(file.size()),
                file.type().text(),
                file.image(),
                href,
                AttachmentAddress.action(slug, "detach", file.path()));
    }
}
