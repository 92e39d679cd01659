package org.statcommons.content.attachments;

/**
 * A file attached to a page: its name, its path in the space ({@code <page folder>/<page name>.files/<name>}),
 * its size, its blob (a stable tag for caching) and its type as served.
 */
public record Attachment(String pagePath, String name, String path, long size, String blobId, FileType type) {

    public boolean image() {
        return type.inline();
    }
}
