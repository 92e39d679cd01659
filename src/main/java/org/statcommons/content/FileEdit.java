package org.statcommons.content;

/** One file put into (content given) or removed from (content null) the next commit. */
record FileEdit(SpacePath path, byte[] content) {

    static FileEdit put(SpacePath path, byte[] content) {
        return new FileEdit(path, content);
    }

    static FileEdit remove(SpacePath path) {
        return new FileEdit(path, null);
    }

    boolean removes() {
        return content == null;
    }
}
