package org.statcommons.surveys;

import java.time.Instant;

/** A row of a matrix of Likert items, answered on its question's scale; removed ones keep old answers. */
public record Item(long id, int position, String code, String label, Instant removedAt) {

    public boolean removed() {
        return removedAt != null;
    }
}
