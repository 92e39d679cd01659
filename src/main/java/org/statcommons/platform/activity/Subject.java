package org.statcommons.platform.activity;

import java.util.regex.Pattern;

/**
 * Names one thing across features, such as {@code page:12/guides/sampling.md}, {@code thread:40},
 * {@code comment:311}, {@code meeting:7} or {@code profile:5}: what people follow and mute, and what
 * moderators hide.
 *
 * @param kind a lower-case word naming the kind of thing, owned by one feature
 * @param id   its identity within that kind
 */
public record Subject(String kind, String id) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,30}");

    public Subject {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("Not a subject kind: " + kind);
        }
        if (id == null || id.isEmpty() || id.length() > 1000) {
            throw new IllegalArgumentException("A subject needs an id");
        }
    }

    public static Subject of(String kind, long id) {
        return new Subject(kind, Long.toString(id));
    }

    /** The form stored in tables and used in links: {@code kind:id}. */
    public String key() {
        return kind + ":" + id;
    }

    public static Subject parse(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("Not a subject: " + key);
        }
        return new Subject(key.substring(0, colon), key.substring(colon + 1));
    }

    @Override
    public String toString() {
        return key();
    }
}
