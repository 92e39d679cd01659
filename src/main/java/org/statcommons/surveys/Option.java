package org.statcommons.surveys;

import java.time.Instant;

/** A choice offered by a question, or a labelled point of a scale (code "1" to "7"); removed ones keep old answers. */
public record Option(long id, int position, String code, String label, Instant removedAt) {

    public boolean removed() {
        return removedAt != null;
    }
}
