package org.statcommons.identity;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * A person's rows of one kind, read a page at a time as the download is written (keyset paging: each page starts
 * after the last key read), so that 100,000 comments cost one page of memory, not 100,000 rows. Written as a JSON
 * array. Not a record: JSON would show a record's fields instead of its rows.
 *
 * @param <T> a row
 */
public final class PersonalDataRows<T> implements Iterable<T> {

    /** Rows read per query. */
    public static final int PAGE = 500;

    private final LongFunction<List<T>> pageAfter;
    private final ToLongFunction<T> key;

    /**
     * @param pageAfter up to {@link #PAGE} rows whose key is greater than the one given, by key ({@code 0} for the
     *     first page)
     * @param key a row's key (its id)
     */
    public PersonalDataRows(LongFunction<List<T>> pageAfter, ToLongFunction<T> key) {
        this.pageAfter = pageAfter;
        this.key = key;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private List<T> page = pageAfter.apply(0);
            private int next;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (page.size() < PAGE) {
                    return false;
                }
                page = pageAfter.apply(key.applyAsLong(page.get(page.size() - 1)));
                next = 0;
                return !page.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
    }
}
