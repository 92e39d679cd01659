package org.statcommons.academy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.statcommons.content.Pages;
import org.statcommons.platform.Text;
import org.statcommons.platform.WeightedCache;

/**
 * Reads a course from its repository at main's commit: {@code course.yml}, {@code episodes/NN-name.md} in order, the
 * pages {@code index.md}, {@code setup.md} and {@code glossary.md}, and images. What a commit holds never changes, so
 * the material is kept by commit (one ref lookup per request otherwise). Nothing in the
 * files stops the course from being shown: each problem is named by file and line, and the rest is shown.
 */
@Component
class CourseReader {

    static final String MANIFEST = "course.yml";
    static final String EPISODES = "episodes/";

    /** An episode's file: two digits (its place), a hyphen, lower-case letters, digits and hyphens. */
    static final Pattern EPISODE_NAME = Pattern.compile("[0-9]{2}-[a-z0-9][a-z0-9-]{0,79}");

    /** The course's pages beside its episodes, by name. */
    static final List<String> PAGES = List.of("index", "setup", "glossary");

    /** Images a course may show, by the ending of their names. */
    static final Map<String, String> IMAGE_TYPES = Map.of(
            ".png",
            "image/png",
            ".jpg",
            "image/jpeg",
            ".jpeg",
            "image/jpeg",
            ".gif",
            "image/gif",
            ".svg",
            "image/svg+xml",
            ".webp",
            "image/webp");

    private static final int MAX_LIST_ITEMS = 50;
    private static final int MAX_ITEM_LENGTH = 500;

    private final Pages pages;
    private final EpisodeRenderer renderer;
    private final Frameworks frameworks;
    /** Materials by commit, weighed by their characters and image bytes: 64 MB, some hundred courses' worth. */
    private final WeightedCache<String, CourseMaterial> kept =
            new WeightedCache<>(64L << 20, (commit, material) -> material.weight());
    /** Manifests read alone, by commit: some hundred bytes each. */
    private final WeightedCache<String, CourseManifest> manifests = new WeightedCache<>(10_000, (commit, m) -> 1);

    CourseReader(Pages pages, EpisodeRenderer renderer, Frameworks frameworks) {
        this.pages = pages;
        this.renderer = renderer;
        this.frameworks = frameworks;
    }

    /** The course as main holds it now, its framework items checked against the frameworks. */
    CourseMaterial read(Course course) {
        String commit = pages.mainCommit(course.spaceKey())
                .orElseThrow(() -> new org.statcommons.platform.NotFoundException(Text.of("academy.course.empty")));
        return readAt(course, commit);
    }

    /**
     * The course as one commit of its history holds it (main's, a release's), its framework items checked against the
     * frameworks known now (an import may make a problem go away). A commit's id names its files, so what they make is
     * kept by the commit alone: a course's forks still at the commit they forked, and a release read again, cost
     * nothing more.
     */
    CourseMaterial readAt(Course course, String commit) {
        CourseMaterial material = kept.get(commit);
        if (material == null) {
            material = read(commit, pages.filesAt(course.spaceKey(), commit));
            kept.put(commit, material);
        }
        return checked(material, frameworks.all());
    }

    /**
     * The course's material at main as kept when it is, else its manifest alone (no episodes, pages or images): what a
     * screen showing only its title needs, without reading and rendering every episode of a commit not read yet.
     */
    CourseMaterial heading(Course course) {
        String commit = pages.mainCommit(course.spaceKey())
                .orElseThrow(() -> new org.statcommons.platform.NotFoundException(Text.of("academy.course.empty")));
        CourseMaterial material = kept.get(commit);
        if (material != null) {
            return material;
        }
        return new CourseMaterial(commit, manifestAt(course, commit), List.of(), Map.of(), Map.of(), List.of());
    }

    /** A file's text at a commit, as a clone has it: what an edit in the browser starts from. */
    String source(Course course, String commit, String path) {
        return pages.fileAt(course.spaceKey(), commit, path)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .orElseThrow(() -> new org.statcommons.platform.NotFoundException(Text.of("academy.episode.none")));
    }

    /** The material with a problem for each framework item no framework has, and each level its framework lacks. */
    static CourseMaterial checked(CourseMaterial material, List<Framework> known) {
        List<CourseProblem> problems = new ArrayList<>(material.problems());
        for (CourseManifest.Tag tag : material.manifest().framework()) {
            Optional<Framework> framework =
                    known.stream().filter(f -> f.item(tag.item()).isPresent()).findFirst();
            if (framework.isEmpty()) {
                problems.add(
                        new CourseProblem(MANIFEST, tag.line(), Text.of("academy.problem.framework-item", tag.item())));
            } else if (tag.level() != null && framework.get().level(tag.level()) < 0) {
                problems.add(new CourseProblem(
                        MANIFEST,
                        tag.line(),
                        Text.of(
                                "academy.problem.framework-level",
                                tag.level(),
                                framework.get().code(),
                                String.join(", ", framework.get().levels()))));
            }
        }
        if (problems.size() == material.problems().size()) {
            return material;
        }
        problems.sort(java.util.Comparator.comparing(CourseProblem::file).thenComparing(CourseProblem::line));
        return new CourseMaterial(
                material.commitId(),
                material.manifest(),
                material.episodes(),
                material.pages(),
                material.images(),
                List.copyOf(problems));
    }

    /**
     * The course's manifest as main holds it now, without reading the rest when the material is not kept: what a
     * fork network shows of each of its courses. Kept by commit like the material.
     */
    CourseManifest manifest(Course course) {
        return heading(course).manifest();
    }

    /** The manifest alone at a commit, kept by the commit. */
    private CourseManifest manifestAt(Course course, String commit) {
        CourseManifest manifest = manifests.get(commit);
        if (manifest == null) {
            manifest =
                    manifest(pages.fileAt(course.spaceKey(), commit, MANIFEST).orElse(null), new ArrayList<>());
            manifests.put(commit, manifest);
        }
        return manifest;
    }

    /** The course these files make (the files of one commit, by path). */
    CourseMaterial read(String commit, Map<String, byte[]> files) {
        List<CourseProblem> problems = new ArrayList<>();
        CourseManifest manifest = manifest(files.get(MANIFEST), problems);
        Locale language = Locale.forLanguageTag(manifest.language());
        List<Episode> episodes = new ArrayList<>();
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String path = file.getKey();
            if (image(path).isPresent()) {
                images.put(path, file.getValue());
            } else if (path.startsWith(EPISODES) && path.endsWith(".md")) {
                String name = path.substring(EPISODES.length(), path.length() - ".md".length());
                if (!EPISODE_NAME.matcher(name).matches()) {
                    problems.add(new CourseProblem(path, 1, Text.of("academy.problem.episode-name")));
                    continue;
                }
                episodes.add(episode(path, name, text(file.getValue()), language, problems));
            }
        }
        Map<String, CoursePage> coursePages = new LinkedHashMap<>();
        for (String name : PAGES) {
            byte[] bytes = files.get(name + ".md");
            if (bytes != null) {
                coursePages.put(name, page(name, text(bytes), language, problems));
            }
        }
        problems.sort(java.util.Comparator.comparing(CourseProblem::file).thenComparing(CourseProblem::line));
        return new CourseMaterial(commit, manifest, List.copyOf(episodes), coursePages, images, List.copyOf(problems));
    }

    /** The media type of an image the course may show, by its name. */
    static Optional<String> image(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return IMAGE_TYPES.entrySet().stream()
                .filter(type -> lower.endsWith(type.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    private CourseManifest manifest(byte[] bytes, List<CourseProblem> problems) {
        if (bytes == null) {
            problems.add(new CourseProblem(MANIFEST, 1, Text.of("academy.problem.no-manifest")));
            return new CourseManifest(
                    "—", "", "", null, "en", Licences.DEFAULT, List.of(), List.of(), null, List.of(), List.of());
        }
        YamlFields.Read read = YamlFields.read(MANIFEST, text(bytes), 1);
        problems.addAll(read.problems());
        Fields fields = new Fields(MANIFEST, read.fields(), problems);
        String title = fields.text("title");
        if (title.isBlank()) {
            problems.add(new CourseProblem(MANIFEST, 1, Text.of("academy.problem.no-title")));
            title = "—";
        }
        String licence = fields.text("licence");
        if (licence.isBlank()) {
            licence = Licences.DEFAULT;
        } else if (!Licences.valid(licence)) {
            problems.add(
                    new CourseProblem(MANIFEST, fields.line("licence"), Text.of("academy.problem.licence", licence)));
            licence = Licences.DEFAULT;
        }
        String language = fields.text("language");
        if (language.isBlank()) {
            language = "en";
        } else if (!Languages.valid(language)) {
            problems.add(new CourseProblem(
                    MANIFEST, fields.line("language"), Text.of("academy.problem.language", language)));
            language = "en";
        }
        CourseManifest.Level level = null;
        String typedLevel = fields.text("level");
        if (!typedLevel.isBlank()) {
            try {
                level = CourseManifest.Level.valueOf(typedLevel.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new CourseProblem(
                        MANIFEST, fields.line("level"), Text.of("academy.problem.level", typedLevel)));
            }
        }
        return new CourseManifest(
                title,
                fields.text("summary"),
                fields.text("audience"),
                level,
                language,
                licence,
                fields.list("authors"),
                fields.list("contributors"),
                fields.has("duration") ? fields.minutes("duration") : null,
                fields.list("prerequisites"),
                fields.tags("framework"));
    }

    private Episode episode(String path, String name, String text, Locale language, List<CourseProblem> problems) {
        FrontMatter front = FrontMatter.split(text);
        Fields fields;
        if (front == null) {
            problems.add(new CourseProblem(path, 1, Text.of("academy.problem.no-front-matter")));
            fields = new Fields(path, Map.of(), problems);
        } else {
            YamlFields.Read read = YamlFields.read(path, front.yaml(), 2);
            problems.addAll(read.problems());
            fields = new Fields(path, read.fields(), problems);
        }
        String title = fields.text("title");
        if (title.isBlank()) {
            if (front != null) {
                problems.add(new CourseProblem(path, 1, Text.of("academy.problem.no-title")));
            }
            title = name;
        }
        String body = front == null ? text : front.body();
        int bodyLine = front == null ? 1 : front.bodyLine();
        EpisodeRenderer.Rendered rendered = renderer.render(path, body, bodyLine, language);
        problems.addAll(rendered.problems());
        return new Episode(
                name,
                path,
                title,
                fields.minutes("teaching"),
                fields.minutes("exercises"),
                fields.list("questions"),
                fields.list("objectives"),
                fields.list("keypoints"),
                rendered.learnerHtml(),
                rendered.instructorHtml());
    }

    private CoursePage page(String name, String text, Locale language, List<CourseProblem> problems) {
        String file = name + ".md";
        FrontMatter front = FrontMatter.split(text);
        String title = name;
        if (front != null) {
            YamlFields.Read read = YamlFields.read(file, front.yaml(), 2);
            problems.addAll(read.problems());
            String typed = new Fields(file, read.fields(), problems).text("title");
            title = typed.isBlank() ? name : typed;
        }
        EpisodeRenderer.Rendered rendered = renderer.render(
                file, front == null ? text : front.body(), front == null ? 1 : front.bodyLine(), language);
        problems.addAll(rendered.problems());
        return new CoursePage(name, title, rendered.learnerHtml(), rendered.instructorHtml());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** A file's front matter (between its first two {@code ---} lines) and body. */
    record FrontMatter(String yaml, String body, int bodyLine) {

        static FrontMatter split(String text) {
            if (!text.startsWith("---\n")) {
                return null;
            }
            int end = text.indexOf("\n---\n", 3);
            if (end < 0) {
                return null;
            }
            String yaml = text.substring(4, end + 1);
            int bodyLine = 2 + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
            return new FrontMatter(yaml, text.substring(end + 5), bodyLine);
        }
    }

    /** The fields read, taken as text, minutes or lists, each problem named by its line. */
    private record Fields(String file, Map<String, YamlFields.Field> fields, List<CourseProblem> problems) {

        boolean has(String name) {
            return fields.containsKey(name);
        }

        int line(String name) {
            YamlFields.Field field = fields.get(name);
            return field == null ? 1 : field.line();
        }

        String text(String name) {
            YamlFields.Field field = fields.get(name);
            if (field == null) {
                return "";
            }
            if (field.text() == null || field.text().length() > MAX_ITEM_LENGTH) {
                problems.add(new CourseProblem(file, field.line(), Text.of("academy.problem.not-text", name)));
                return "";
            }
            return field.text().strip();
        }

        int minutes(String name) {
            String typed = text(name);
            if (typed.isEmpty()) {
                return 0;
            }
            try {
                int minutes = Integer.parseInt(typed);
                if (minutes >= 0 && minutes <= 10_000) {
                    return minutes;
                }
            } catch (NumberFormatException e) {
                // told below
            }
            problems.add(new CourseProblem(file, line(name), Text.of("academy.problem.minutes", name, typed)));
            return 0;
        }

        /** Items by code, or {@code {item: CODE, level: LEVEL}}; their codes and levels are checked against the frameworks later. */
        List<CourseManifest.Tag> tags(String name) {
            YamlFields.Field field = fields.get(name);
            if (field == null) {
                return List.of();
            }
            List<CourseManifest.Tag> tags = new ArrayList<>();
            for (YamlFields.Entry entry : field.entries()) {
                if (tags.size() == MAX_LIST_ITEMS) {
                    problems.add(new CourseProblem(
                            file, field.line(), Text.of("academy.problem.list-too-long", name, MAX_LIST_ITEMS)));
                    break;
                }
                String item = entry.text() != null ? entry.text() : entry.keys().getOrDefault("item", "");
                String level = entry.text() != null ? null : entry.keys().get("level");
                boolean known = entry.keys().keySet().stream().allMatch(k -> k.equals("item") || k.equals("level"));
                if (item.isBlank() || item.length() > 40 || !known || (level != null && level.length() > 40)) {
                    problems.add(new CourseProblem(file, entry.line(), Text.of("academy.problem.tag", name)));
                    continue;
                }
                tags.add(new CourseManifest.Tag(
                        item.strip(),
                        level == null || level.isBlank() ? null : level.strip().toLowerCase(Locale.ROOT),
                        entry.line()));
            }
            return List.copyOf(tags);
        }

        List<String> list(String name) {
            YamlFields.Field field = fields.get(name);
            if (field == null) {
                return List.of();
            }
            if (field.list() == null) {
                problems.add(new CourseProblem(file, field.line(), Text.of("academy.problem.field-shape", name)));
                return List.of();
            }
            List<String> items = field.list().stream()
                    .map(String::strip)
                    .filter(item -> !item.isEmpty())
                    .toList();
            if (items.size() > MAX_LIST_ITEMS || items.stream().anyMatch(item -> item.length() > MAX_ITEM_LENGTH)) {
                problems.add(new CourseProblem(
                        file, field.line(), Text.of("academy.problem.list-too-long", name, MAX_LIST_ITEMS)));
                return items.stream()
                        .limit(MAX_LIST_ITEMS)
                        .filter(item -> item.length() <= MAX_ITEM_LENGTH)
                        .toList();
            }
            return items;
        }
    }
}
