package org.statcommons.content.space;

import java.util.List;

/** One page of a history list, newest first; {@code page} counts from 1. */
public record HistoryPage<T>(List<T> items, int page, int size, boolean hasMore) {

    public static final int MAX_SIZE = 100;

    /** A page number and size made safe for a query (page at least 1, size between 1 and {@link #MAX_SIZE}). */
    static int[] bounds(int page, int size) {
        int safePage = Math.max(1, page);
        int safeSize = Math.min(MAX_SIZE, Math.max(1, size));
        return new int[] {safePage, safeSize};
    }
}
