package org.statcommons.workstreams;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A workstream's address in its community and the name of its folder, made from its title: Latin letters and digits
 * kept (accents dropped), every other run made one hyphen, at most 40 characters; a title with none of those
 * (Arabic, Chinese, Russian) gets {@code workstream}. A taken address gets {@code -2}, {@code -3}…
 */
final class WorkstreamSlug {

    static final int MAX = 40;

    private WorkstreamSlug() {}

    static String of(String title, Predicate<String> taken) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.length() > MAX) {
            base = base.substring(0, MAX).replaceAll("-+$", "");
        }
        if (base.length() < 3) {
            base = "workstream";
        }
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
