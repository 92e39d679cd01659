package org.statcommons.identity;

/**
 * A feature's part of a person's personal data, as the download of their data gives it (GDPR articles 15 and 20,
 * docs/identity.md "Your personal data"). The features that keep things about a person depend on {@code identity}, so
 * each gives its section through this interface, read from its own tables, and {@code identity} never reads them.
 */
public interface PersonalDataSource {

    /** The section's name in the download ({@code "discussions"}): the feature's name, stable across versions. */
    String section();

    /**
     * What this feature keeps about the person, as records, lists and maps that JSON can show. A list that can grow
     * without bound (a person's comments over years) is given as {@link PersonalDataRows}, read page by page while
     * the download is written, so that no list is ever whole in memory.
     */
    Object of(long personId);
}
