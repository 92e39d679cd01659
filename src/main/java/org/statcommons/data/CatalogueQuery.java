package org.statcommons.data;

/**
 * What a catalogue reader asks: a text and at most one value per facet (each null when not chosen; {@code origin}: the
 * name of a harvested portal, data.harvest), and a page.
 * Values are matched as given, never put into SQL text.
 */
public record CatalogueQuery(
        String text,
        String theme,
        Integer sdg,
        String publisher,
        String country,
        String licence,
        String frequency,
        Integer score,
        String origin,
        int page) {

    public static final int PAGE_SIZE = 20;

    /** The longest text searched for (the search field's own limit): every word of it is a term of the query. */
    public static final int TEXT_MAX = 200;

    /** The last page anyone may ask for: deep pages of a facet-narrowed catalogue are never needed. */
    public static final int MAX_PAGE = 500;

    public CatalogueQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        theme = blankToNull(theme);
        publisher = blankToNull(publisher);
        country = blankToNull(country);
        licence = blankToNull(licence);
        frequency = blankToNull(frequency);
        origin = blankToNull(origin);
        page = Math.max(1, Math.min(page, MAX_PAGE));
    }

    /** Nothing chosen: the whole catalogue, whatever the page. */
    public boolean unfiltered() {
        return text == null
                && theme == null
                && sdg == null
                && publisher == null
                && country == null
                && licence == null
                && frequency == null
                && score == null
                && origin == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
