package org.statcommons.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code statcommons.content.*} (see docs/configuration.md).
 *
 * @param maxPageSize       the largest page (Markdown file) a save accepts
 * @param maxAttachmentSize the largest other file (PDF, image, spreadsheet) a space accepts
 * @param maxSaveAttempts   how often a save is retried when main moved under it before the person is told
 */
@ConfigurationProperties("statcommons.content")
public record ContentProperties(
        @DefaultValue("1MB") DataSize maxPageSize,
        @DefaultValue("25MB") DataSize maxAttachmentSize,
        @DefaultValue("5") int maxSaveAttempts) {

    /** The limit for a file at this path: pages are Markdown and smaller than attachments. */
    public long limitFor(SpacePath path) {
        return path.isPage() ? maxPageSize.toBytes() : maxAttachmentSize.toBytes();
    }
}
