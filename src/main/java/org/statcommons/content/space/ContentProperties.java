package org.statcommons.content.space;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.statcommons.content.SpacePath;

/**
 * Settings under {@code statcommons.content.*} (see docs/configuration.md).
 *
 * @param maxPageSize       the largest page (Markdown file) a save accepts
 * @param maxAttachmentSize the largest other file (PDF, image, spreadsheet) a space accepts
 * @param maxSaveAttempts   how often a save is retried when main moved under it before the person is told
 * @param maxFolderEntries  the most entries (pages, files, sub-folders) one folder may hold: a save rewrites
 *                          its folder's whole Git tree, so this bounds what one save writes
 * @param repackLooseSize   a space is repacked once the objects its saves wrote one by one take more than
 *                          this (or more than half of its packed size, whichever is larger)
 * @param repackPacks       a space is repacked once it has more packs than this (each push adds one)
 * @param repackPause       the least time between the end of one repack of a space and the start of the next
 * @param repackGrace       how long the packs a repack replaced stay: a clone or fetch that listed them just before
 *                          may still open them (JGit reads a pack's index only when it first needs it)
 * @param storage           where the Git repositories are kept: {@code files} in the data directory, or
 *                          {@code database} in PostgreSQL (JGit's DFS storage), for several servers on one database
 * @param storageConnections the connections of the Git storage's own pool, beside the application's, when the
 *                          repositories are in the database
 */
@ConfigurationProperties("statcommons.content")
public record ContentProperties(
        @DefaultValue("1MB") DataSize maxPageSize,
        @DefaultValue("25MB") DataSize maxAttachmentSize,
        @DefaultValue("5") int maxSaveAttempts,
        @DefaultValue("1000") int maxFolderEntries,
        @DefaultValue("4MB") DataSize repackLooseSize,
        @DefaultValue("20") int repackPacks,
        @DefaultValue("PT1M") Duration repackPause,
        @DefaultValue("PT1M") Duration repackGrace,
        @DefaultValue("files") Storage storage,
        @DefaultValue("10") int storageConnections) {

    /** Where the Git repositories of spaces and courses are kept. */
    public enum Storage {
        FILES,
        DATABASE
    }

    /** The limit for a file at this path: pages are Markdown and smaller than attachments. */
    public long limitFor(SpacePath path) {
        return path.isPage() ? maxPageSize.toBytes() : maxAttachmentSize.toBytes();
    }
}
