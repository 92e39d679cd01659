package org.statcommons.academy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.statcommons.community.Communities;
import org.statcommons.community.Community;
import org.statcommons.platform.NotFoundException;

/**
 * The public catalogue of courses ({@code /academy}, {@code /api/v1/courses}): every public course of every community,
 * found by words of its title, summary, audience and authors, narrowed by facets (level, language, licence,
 * community — the publisher —, capability framework item by phase or area, the level it teaches an item to, format,
 * duration), each facet's values counted among the courses found, and each course's reuse (forks, translations).
 * A course's manifest is read through {@link CourseReader}, which keeps it per commit: a request reads main's commit
 * of each course, and a Git tree only for a course that changed.
 */
@Component
class Catalogue {

    private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

    /** Duration bands, by their upper bound in minutes (exclusive); the last has none. */
    static final Map<String, Integer> DURATIONS = durations();

    /** What the reader asked for; blank parts ask for nothing. */
    record Query(
            String text,
            String level,
            String language,
            String licence,
            String community,
            String item,
            String proficiency,
            String format,
            String duration) {

        Query {
            text = clean(text);
            level = clean(level);
            language = clean(language);
            licence = clean(licence);
            community = clean(community);
            item = clean(item);
            proficiency = clean(proficiency);
            format = clean(format);
            duration = clean(duration);
        }

        static Query everything() {
            return new Query(null, null, null, null, null, null, null, null, null);
        }

        private static String clean(String value) {
            if (value == null) {
                return "";
            }
            String stripped = value.strip();
            return stripped.length() > 200 ? stripped.substring(0, 200) : stripped;
        }

        public boolean filtered() {
            return !(text + level + language + licence + community + item + proficiency + format + duration).isEmpty();
        }

        /** The catalogue's address with one part of the query changed. */
        public String with(String facet, String value) {
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("q", text);
            parts.put("level", level);
            parts.put("language", language);
            parts.put("licence", licence);
            parts.put("community", community);
            parts.put("item", item);
            parts.put("proficiency", proficiency);
            parts.put("format", format);
            parts.put("duration", duration);
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

    /**
     * A framework item a course is tagged with: its code and name, the level the course teaches it to (or null), and
     * the codes of the item and every item above it (its sub-process, its phase), by which the catalogue narrows.
     */
    record TaggedItem(String code, String name, String level, Framework.Item phase, List<String> within) {}

    /** A course found, with the community it belongs to, its framework items, formats and reuse. */
    record Entry(
            CoursePresenter.Listed course,
            String communitySlug,
            String communityName,
            List<TaggedItem> items,
            List<String> formats,
            String duration,
            CourseForks.Reuse reuse) {}

    /** One value of a facet: how it reads, how many courses found have it, whether chosen, where choosing it leads. */
    record FacetValue(String value, String label, long count, boolean chosen, String href) {}

    /** The courses found and the facets. */
    record Found(List<Entry> entries, Map<String, List<FacetValue>> facets, Query query) {}

    private final Courses courses;
    private final Communities communities;
    private final CoursePresenter presenter;
    private final Frameworks frameworks;
    private final CourseForks forks;

    Catalogue(
            Courses courses,
            Communities communities,
            CoursePresenter presenter,
            Frameworks frameworks,
            CourseForks forks) {
        this.courses = courses;
        this.communities = communities;
        this.presenter = presenter;
        this.frameworks = frameworks;
        this.forks = forks;
    }

    /** Every public course, as the catalogue lists it (the gap map's supply). */
    List<Entry> all() {
        Map<Long, CourseForks.Reuse> reuse = forks.reuse();
        List<Framework> known = frameworks.all();
        List<Entry> entries = new ArrayList<>();
        for (Course course : courses.open()) {
            Community community = communities.byId(course.communityId()).orElse(null);
            if (community == null) {
                continue;
            }
            CoursePresenter.Listed listed;
            try {
                listed = presenter.listed(course, CourseAddress.of(community.slug(), course.name()));
            } catch (NotFoundException unreadable) {
                // a course whose repository has no main (never written, or lost) must not take the catalogue down
                log.warn(
                        "Course {} of community {} has nothing to read; left out of the catalogue",
                        course.id(),
                        community.slug());
                continue;
            }
            entries.add(new Entry(
                    listed,
                    community.slug(),
                    community.name(),
                    items(listed.manifest(), known),
                    listed.episodes() > 0 ? List.of("site", "offline") : List.of("site"),
                    duration(listed.minutes()),
                    reuse.getOrDefault(course.id(), CourseForks.Reuse.NONE)));
        }
        entries.sort(Comparator.comparing(e -> e.course().manifest().title().toLowerCase(Locale.ROOT)));
        return entries;
    }

    Found find(Query query) {
        List<Entry> entries =
                all().stream().filter(entry -> matches(entry, query)).toList();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("level", facet(entries, query, "level", query.level(), e -> one(level(e))));
        facets.put(
                "language",
                facet(
                        entries,
                        query,
                        "language",
                        query.language(),
                        e -> one(e.course().manifest().language())));
        facets.put(
                "licence",
                facet(
                        entries,
                        query,
                        "licence",
                        query.licence(),
                        e -> one(e.course().manifest().licence())));
        facets.put("community", facet(entries, query, "community", query.community(), e -> one(e.communitySlug())));
        facets.put("item", facet(entries, query, "item", query.item(), Catalogue::phases));
        facets.put(
                "proficiency",
                facet(
                        entries,
                        query,
                        "proficiency",
                        query.proficiency(),
                        e -> e.items().stream()
                                .map(TaggedItem::level)
                                .filter(l -> l != null)
                                .map(l -> new String[] {l, l})
                                .toList()));
        facets.put(
                "format",
                facet(
                        entries,
                        query,
                        "format",
                        query.format(),
                        e -> e.formats().stream().map(f -> new String[] {f, f}).toList()));
        facets.put("duration", facet(entries, query, "duration", query.duration(), e -> one(e.duration())));
        return new Found(entries, facets, query);
    }

    /** The band a course's minutes fall in. */
    static String duration(int minutes) {
        for (Map.Entry<String, Integer> band : DURATIONS.entrySet()) {
            if (band.getValue() == null || minutes < band.getValue()) {
                return band.getKey();
            }
        }
        throw new IllegalStateException("the last band has no bound");
    }

    private static Map<String, Integer> durations() {
        Map<String, Integer> bands = new LinkedHashMap<>();
        bands.put("under-1h", 60);
        bands.put("1-3h", 180);
        bands.put("3-8h", 480);
        bands.put("over-8h", null);
        return bands;
    }

    /** The framework items a course is tagged with, by name (codes no framework has are left out). */
    List<TaggedItem> items(CourseManifest manifest) {
        return items(manifest, frameworks.all());
    }

    private static List<TaggedItem> items(CourseManifest manifest, List<Framework> known) {
        List<TaggedItem> items = new ArrayList<>();
        for (CourseManifest.Tag tag : manifest.framework()) {
            for (Framework framework : known) {
                framework.item(tag.item()).ifPresent(item -> {
                    Framework.Item phase = framework.root(item);
                    items.add(new TaggedItem(item.code(), item.name(), tag.level(), phase, within(framework, item)));
                });
            }
        }
        return List.copyOf(items);
    }

    /** The item's code and those of the items above it. */
    private static List<String> within(Framework framework, Framework.Item item) {
        List<String> codes = new ArrayList<>();
        Framework.Item at = item;
        while (at != null && codes.size() < FrameworkCsvReader.MAX_DEPTH) {
            codes.add(at.code());
            at = at.parent() == null ? null : framework.item(at.parent()).orElse(null);
        }
        return codes;
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
        if (!query.item().isEmpty()
                && entry.items().stream().noneMatch(i -> i.within().contains(query.item()))) {
            return false;
        }
        if (!query.proficiency().isEmpty()
                && entry.items().stream().noneMatch(i -> query.proficiency().equals(i.level()))) {
            return false;
        }
        if (!query.format().isEmpty() && !entry.formats().contains(query.format())) {
            return false;
        }
        if (!query.duration().isEmpty() && !query.duration().equals(entry.duration())) {
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

    private static List<String[]> one(String value) {
        return value.isEmpty() ? List.of() : List.<String[]>of(new String[] {value, value});
    }

    /** The phases or areas of a course's items, each once: value the phase's code, label its code and name. */
    private static List<String[]> phases(Entry entry) {
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> phases = new ArrayList<>();
        for (TaggedItem item : entry.items()) {
            if (seen.add(item.phase().code())) {
                phases.add(new String[] {
                    item.phase().code(),
                    item.phase().code() + " " + item.phase().name()
                });
            }
        }
        return phases;
    }

    /** A facet's values: each course counted once per value it has ({@code values} gives value and label pairs). */
    private static List<FacetValue> facet(
            List<Entry> entries, Query query, String name, String chosen, Function<Entry, List<String[]>> values) {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, String> labels = new TreeMap<>();
        for (Entry entry : entries) {
            Set<String> counted = new LinkedHashSet<>();
            for (String[] v : values.apply(entry)) {
                if (counted.add(v[0])) {
                    counts.merge(v[0], 1L, Long::sum);
                    labels.putIfAbsent(v[0], v[1]);
                }
            }
        }
        return counts.entrySet().stream()
                .map(e -> new FacetValue(
                        e.getKey(),
                        labels.get(e.getKey()),
                        e.getValue(),
                        e.getKey().equals(chosen),
                        query.with(name, e.getKey().equals(chosen) ? "" : e.getKey())))
                .toList();
    }
}
