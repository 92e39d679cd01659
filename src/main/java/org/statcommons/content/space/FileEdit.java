package org.statcommons.content.space;

import org.statcommons.content.SpacePath;

/** One file put into (content given) or removed from (content null) the next commit. */
public record FileEdit(SpacePath path, byte[] content) {

    public static FileEdit put(SpacePath path, byte[] content) {
        return new FileEdit(path, content);
    }

    public static FileEdit remove(SpacePath path) {
        return new FileEdit(path, null);
    }

    boolean removes() {
        return content == null;
    }
}
