package org.statcommons.academy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;

/**
 * The public catalogue of courses ({@code /academy}, {@code /api/v1/courses}): every public course of every community,
 * found by words of its title, summary, audience and authors, narrowed by facets (level, language, licence,
 * community), each facet's values counted among the courses found.
 */
@Component
class Catalogue {

    /** What the reader asked for; blank parts ask for nothing. */
    record Query(String text, String level, String language, String licence, String community) {

        Query {
            text = clean(text);
            level = clean(level);
            language = clean(language);
            licence = clean(licence);
            community = clean(community);
        }

        private static String clean(String value) {
            if (value == null) {
                return "";
            }
            String stripped = value.strip();
            return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
        }

        public boolean filtered() {
            return !(text + level + language + licence + community).isEmpty();
        }

        /** The catalogue's address with one part of the query changed. */
        public String with(String facet, String value) {
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("q", text);
            parts.put("level", level);
            parts.put("language", language);
            parts.put("licence", licence);
            parts.put("community", community);
            parts.put(facet, value);
            UriComponentsBuilder address = UriComponentsBuilder.fromPath("/academy");
            parts.forEach((name, part) -> {
                if (!part.isEmpty()) {
                    address.queryParam(name, part);
                }
            });
            return address.encode().build().toUriString();
        }
    }

    /** A course found, with the community it belongs to. */
    record Entry(CoursePresenter.Listed course, String communitySlug, String communityName) {}

    /** One value of a facet: how many courses found have it, whether it is chosen, where choosing it leads. */
    record FacetValue(String value, long count, boolean chosen, String href) {}

    /** The courses found and the facets. */
    record Found(List<Entry> entries, Map<String, List<FacetValue>> facets, Query query) {}

    private final Courses courses;
    private final Communities communities;
    private final CoursePresenter presenter;

    Catalogue(Courses courses, Communities communities, CoursePresenter presenter) {
        this.courses = courses;
        this.communities = communities;
        this.presenter = presenter;
    }

    Found find(Query query) {
        List<Entry> entries = new ArrayList<>();
        for (Course course : courses.open()) {
            Community community = communities.byId(course.communityId()).orElse(null);
            if (community == null) {
                continue;
            }
            Entry entry = new Entry(
                    presenter.listed(course, CourseAddress.of(community.slug(), course.name())),
                    community.slug(),
                    community.name());
            if (matches(entry, query)) {
                entries.add(entry);
            }
        }
        entries.sort(java.util.Comparator.comparing(
                e -> e.course().manifest().title().toLowerCase(Locale.ROOT)));
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("level", facet(entries, query, "level", query.level(), e -> level(e)));
        facets.put(
                "language",
                facet(
                        entries,
                        query,
                        "language",
                        query.language(),
                        e -> e.course().manifest().language()));
        facets.put(
                "licence",
                facet(
                        entries,
                        query,
                        "licence",
                        query.licence(),
                        e -> e.course().manifest().licence()));
        facets.put("community", facet(entries, query, "community", query.community(), Entry::communitySlug));
        return new Found(entries, facets, query);
    }

    private static boolean matches(Entry entry, Query query) {
        CourseManifest manifest = entry.course().manifest();
        if (!query.level().isEmpty() && !query.level().equalsIgnoreCase(level(entry))) {
            return false;
        }
        if (!query.language().isEmpty() && !query.language().equals(manifest.language())) {
            return false;
        }
        if (!query.licence().isEmpty() && !query.licence().equals(manifest.licence())) {
            return false;
        }
        if (!query.community().isEmpty() && !query.community().equals(entry.communitySlug())) {
            return false;
        }
        if (query.text().isEmpty()) {
            return true;
        }
        String haystack = String.join(
                        " ",
                        manifest.title(),
                        manifest.summary(),
                        manifest.audience(),
                        String.join(" ", manifest.authors()),
                        entry.communityName())
                .toLowerCase(Locale.ROOT);
        for (String word : query.text().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static String level(Entry entry) {
        CourseManifest.Level level = entry.course().manifest().level();
        return level == null ? "" : level.name().toLowerCase(Locale.ROOT);
    }

    private static List<FacetValue> facet(
            List<Entry> entries, Query query, String name, String chosen, Function<Entry, String> value) {
        Map<String, Long> counts = new TreeMap<>();
        for (Entry entry : entries) {
            String v = value.apply(entry);
            if (!v.isEmpty()) {
                counts.merge(v, 1L, Long::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new FacetValue(
                        e.getKey(),
                        e.getValue(),
                        e.getKey().equals(chosen),
                        query.with(name, e.getKey().equals(chosen) ? "" : e.getKey())))
                .toList();
    }
}
