package org.statcommons.data.harvest;

import java.util.List;
import org.statcommons.data.DataTheme;
import org.statcommons.data.Frequency;
import org.statcommons.data.Licence;

/**
 * A dataset's description as read from another portal: metadata only, never its data.
 *
 * @param originId  its id at the source (a CKAN package's id, a DCAT dataset's IRI)
 * @param originUrl its page there
 * @param frequency null when not stated
 */
record HarvestedDataset(
        String originId,
        String originUrl,
        String title,
        String description,
        List<String> keywords,
        List<DataTheme> themes,
        String publisherName,
        Licence licence,
        Frequency frequency) {

    /** The longest texts kept of a harvested description: a hostile source's megabyte of title is cut. */
    static final int TITLE_MAX = 500;

    static final int DESCRIPTION_MAX = 20_000;

    static final int KEYWORDS_MAX = 50;

    static final int KEYWORD_MAX = 100;

    HarvestedDataset {
        title = clip(title, TITLE_MAX);
        description = clip(description, DESCRIPTION_MAX);
        publisherName = clip(publisherName, TITLE_MAX);
        keywords = keywords.stream()
                .filter(k -> k != null && !k.isBlank())
                .map(k -> clip(k.strip(), KEYWORD_MAX))
                .distinct()
                .limit(KEYWORDS_MAX)
                .toList();
        themes = themes.stream().distinct().toList();
    }

    private static String clip(String text, int max) {
        String t = text == null ? "" : text.strip().replace("\u0000", "");
        return t.length() > max ? t.substring(0, max) : t;
    }
}
