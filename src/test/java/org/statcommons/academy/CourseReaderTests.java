package org.statcommons.academy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.statcommons.platform.Markdown;
import org.statcommons.support.CpuTime;

/**
 * A course read from its files: the sample course whole, then each kind of bad input named by file and line, and
 * hostile YAML read in bounded processor time.
 */
class CourseReaderTests {

    private final CourseReader reader = new CourseReader(null, new EpisodeRenderer(new Markdown(), labels()), null);

    private static StaticMessageSource labels() {
        StaticMessageSource labels = new StaticMessageSource();
        labels.setUseCodeAsDefaultMessage(true);
        labels.addMessage("academy.block.exercise", java.util.Locale.ENGLISH, "Exercise");
        labels.addMessage("academy.block.solution", java.util.Locale.ENGLISH, "Solution");
        return labels;
    }

    private static Map<String, byte[]> sample() {
        return new SampleCourse().files("Git for statisticians", "en", "CC-BY-4.0");
    }

    private CourseMaterial read(Map<String, byte[]> files) {
        return reader.read("0123456789abcdef0123456789abcdef01234567", files);
    }

    private static Map<String, byte[]> with(String path, String text) {
        Map<String, byte[]> files = new LinkedHashMap<>(sample());
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static List<String> problems(CourseMaterial material) {
        return material.problems().stream()
                .map(p -> p.file() + ":" + p.line() + " " + p.text().key() + " "
                        + p.text().args())
                .toList();
    }

    @Test
    void theSampleCourseReadsWholeWithoutProblems() {
        CourseMaterial material = read(sample());

        assertThat(material.problems()).isEmpty();
        CourseManifest manifest = material.manifest();
        assertThat(manifest.title()).isEqualTo("Git for statisticians");
        assertThat(manifest.licence()).isEqualTo("CC-BY-4.0");
        assertThat(manifest.level()).isEqualTo(CourseManifest.Level.BEGINNER);
        assertThat(manifest.framework()).extracting(CourseManifest.Tag::item).containsExactly("GSBPM-5.1", "GSBPM-6.5");
        assertThat(material.episodes())
                .extracting(Episode::name)
                .containsExactly("01-why-version-control", "02-first-commits", "03-working-together");
        Episode first = material.episodes().get(0);
        assertThat(first.objectives()).hasSize(2).first().asString().startsWith("Explain what");
        assertThat(first.minutes()).isEqualTo(15);
        assertThat(material.minutes()).isEqualTo(150);
        assertThat(material.pages()).containsOnlyKeys("index", "setup", "glossary");
        assertThat(material.images()).containsOnlyKeys("episodes/fig/commits.svg");
        assertThat(material.after(first).name()).isEqualTo("02-first-commits");
        assertThat(material.before(first)).isNull();
    }

    @Test
    void solutionsFoldAndInstructorNotesAreLeftOutForLearners() {
        Episode first = read(sample()).episodes().get(0);

        assertThat(first.learnerHtml())
                .contains("<section class=\"exercise\"><h2 class=\"block\">Exercise</h2>")
                .contains("<details class=\"solution\"><summary>Solution</summary>")
                .contains("<aside class=\"callout\">")
                .doesNotContain("lost versions");
        assertThat(first.instructorHtml())
                .contains("<aside class=\"instructor\">")
                .contains("lost versions");
        // the solution is inside its exercise, and both are closed
        String html = first.learnerHtml();
        assertThat(html.indexOf("<details")).isBetween(html.indexOf("<section"), html.indexOf("</section>"));
    }

    @Test
    void episodeLinksAndImagesWorkOnTheSiteTheZipAndThePrintablePage() {
        Episode second = read(sample()).episodes().get(1);

        assertThat(CourseLinks.site(second.learnerHtml())).contains("href=\"03-working-together\"");
        assertThat(CourseLinks.offline(second.learnerHtml())).contains("href=\"03-working-together.html\"");
        assertThat(CourseLinks.printed(second.learnerHtml())).contains("href=\"#episode-03-working-together\"");
        Episode first = read(sample()).episodes().get(0);
        assertThat(CourseLinks.printed(first.learnerHtml())).contains("src=\"episodes/fig/commits.svg\"");
    }

    @Test
    void aBadLicenceAndAMissingTitleAreNamedByFileAndLine() {
        CourseMaterial material = read(with("course.yml", "summary: no title here\nlicence: CC-BY-FOO\n"));

        assertThat(problems(material))
                .contains(
                        "course.yml:1 academy.problem.no-title []", "course.yml:2 academy.problem.licence [CC-BY-FOO]");
        // shown meanwhile under the default licence
        assertThat(material.manifest().licence()).isEqualTo("CC-BY-4.0");
        assertThat(Licences.valid("LicenseRef-statcan-open")).isTrue();
        assertThat(Licences.valid("cc-by-4.0")).isFalse();
    }

    @Test
    void anEpisodeWithoutFrontMatterIsNamedAndStillShown() {
        CourseMaterial material = read(with("episodes/04-loose.md", "Just text, no front matter.\n"));

        assertThat(problems(material)).contains("episodes/04-loose.md:1 academy.problem.no-front-matter []");
        assertThat(material.episode("04-loose")).isPresent();
    }

    @Test
    void pathTricksAndOtherNamesAreNotEpisodes() {
        Map<String, byte[]> files = with("episodes/Intro Part.md", "---\ntitle: x\n---\n");
        files.put("episodes/sub/05-deeper.md", "---\ntitle: y\n---\n".getBytes(StandardCharsets.UTF_8));
        files.put("episodes/..%2f06-up.md", "---\ntitle: z\n---\n".getBytes(StandardCharsets.UTF_8));
        CourseMaterial material = read(files);

        assertThat(problems(material))
                .contains(
                        "episodes/Intro Part.md:1 academy.problem.episode-name []",
                        "episodes/sub/05-deeper.md:1 academy.problem.episode-name []",
                        "episodes/..%2f06-up.md:1 academy.problem.episode-name []");
        assertThat(material.episodes()).hasSize(3);
    }

    @Test
    void wrongFieldsAndBlocksAreNamedByLine() {
        CourseMaterial material = read(with(
                "episodes/04-broken.md",
                "---\ntitle: Broken\nteaching: ten\nobjectives:\n  nested: map\ntitle: again\n---\n\n"
                        + "::: quiz\nx\n:::\n\n::: exercise\nnever closed\n"));

        assertThat(problems(material))
                .contains(
                        "episodes/04-broken.md:3 academy.problem.minutes [teaching, ten]",
                        "episodes/04-broken.md:4 academy.problem.field-shape [objectives]",
                        "episodes/04-broken.md:6 academy.problem.duplicate [title]",
                        "episodes/04-broken.md:9 academy.problem.block-unknown [quiz]",
                        "episodes/04-broken.md:11 academy.problem.block-not-open []");
        assertThat(problems(material)).anyMatch(p -> p.contains("academy.problem.block-not-closed [exercise]"));
    }

    @Test
    void frameworkItemsAreCodesOrItemsWithLevelsAndUnknownOnesAreNamedByLine() {
        CourseMaterial material = read(with("course.yml", """
                title: Data integration
                framework:
                  - GSBPM-5.1
                  - {item: GSBPM-6.5, level: Practitioner}
                  - item: GSBPM-9.9
                  - {item: GSBPM-2.1, level: guru}
                  - {level: expert}
                  - {item: GSBPM-4.1, colour: red}
                """));
        assertThat(material.manifest().framework())
                .containsExactly(
                        new CourseManifest.Tag("GSBPM-5.1", null, 3),
                        new CourseManifest.Tag("GSBPM-6.5", "practitioner", 4),
                        new CourseManifest.Tag("GSBPM-9.9", null, 5),
                        new CourseManifest.Tag("GSBPM-2.1", "guru", 6));
        assertThat(problems(material))
                .containsExactly(
                        "course.yml:7 academy.problem.tag [framework]", "course.yml:8 academy.problem.tag [framework]");

        Framework gsbpm = new Framework(
                1,
                "GSBPM",
                "Generic Statistical Business Process Model",
                "5.1",
                List.of("awareness", "practitioner", "expert"),
                List.of(
                        new Framework.Item("GSBPM-2", "Design", null),
                        new Framework.Item("GSBPM-2.1", "Design outputs", "GSBPM-2"),
                        new Framework.Item("GSBPM-5", "Process", null),
                        new Framework.Item("GSBPM-5.1", "Integrate data", "GSBPM-5"),
                        new Framework.Item("GSBPM-6", "Analyse", null),
                        new Framework.Item("GSBPM-6.5", "Finalise outputs", "GSBPM-6")));
        assertThat(problems(CourseReader.checked(material, List.of(gsbpm))))
                .containsExactly(
                        "course.yml:5 academy.problem.framework-item [GSBPM-9.9]",
                        "course.yml:6 academy.problem.framework-level [guru, GSBPM, awareness, practitioner, expert]",
                        "course.yml:7 academy.problem.tag [framework]",
                        "course.yml:8 academy.problem.tag [framework]");
        // a list of mappings is a framework's shape only
        assertThat(problems(read(with("course.yml", "title: T\nauthors:\n  - {name: Ana}\n"))))
                .containsExactly("course.yml:2 academy.problem.field-shape [authors]");
    }

    @Test
    void aBillionLaughsStopsAtTheAliasBoundQuickly() {
        StringBuilder yaml = new StringBuilder(
                "title: lol\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char c = 'b'; c <= 'j'; c++) {
            yaml.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = c;
        }
        CpuTime.Measured<CourseMaterial> read = CpuTime.of(() -> read(with("course.yml", yaml.toString())));

        assertThat(problems(read.result()))
                .anyMatch(p -> p.startsWith("course.yml:") && p.contains("academy.problem.yaml"));
        assertThat(read.cpu()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void deepNestingAndHugeYamlAreRefusedQuickly() {
        String deep = "title: deep\nx: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";
        CpuTime.Measured<CourseMaterial> nested = CpuTime.of(() -> read(with("course.yml", deep)));
        assertThat(problems(nested.result()))
                .anyMatch(p -> p.startsWith("course.yml:") && p.contains("academy.problem.yaml"));
        assertThat(nested.cpu()).isLessThan(Duration.ofSeconds(2));

        String huge = "title: huge\nsummary: " + "x".repeat(2_000_000) + "\n";
        CpuTime.Measured<CourseMaterial> large =
                CpuTime.of(() -> read(with("episodes/01-why-version-control.md", "---\n" + huge + "---\nbody\n")));
        assertThat(problems(large.result()))
                .contains("episodes/01-why-version-control.md:2 academy.problem.yaml-too-long [65536]");
        assertThat(large.cpu()).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aYamlTagMakesNoObject() {
        CourseMaterial material = read(
                with("course.yml", "title: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]\n"));

        assertThat(problems(material)).anyMatch(p -> p.startsWith("course.yml:1 academy.problem."));
    }

    @Test
    void aCourseAddressIsMadeFromItsTitle() {
        assertThat(CreateCourse.name("Git für Statistiker: Einführung!")).isEqualTo("git-fur-statistiker-einfuhrung");
        assertThat(CreateCourse.name("统计")).isEqualTo("course");
        assertThat(SampleCourse.quoted("A \"quoted\" \\ title")).isEqualTo("\"A \\\"quoted\\\" \\\\ title\"");
    }
}
