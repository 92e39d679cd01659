package org.statcommons.content.githttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.jgit.lib.FileMode;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.statcommons.content.space.ContentProperties;
import org.statcommons.platform.Markdown;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

class PushedFileTests {

    private static final ContentProperties LIMITS = new ContentProperties(
            DataSize.ofKilobytes(10),
            DataSize.ofKilobytes(100),
            5,
            1000,
            DataSize.ofMegabytes(4),
            20,
            Duration.ofMinutes(1),
            Duration.ofMinutes(1),
            ContentProperties.Storage.FILES,
            10);
    private static final Markdown MARKDOWN = new Markdown();

    private static String problem(String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return problem(path, FileMode.REGULAR_FILE, bytes.length, bytes);
    }

    /** The refusal in English, as a Git client of an English-speaking pusher shows it; null for none. */
    private static String problem(String path, FileMode mode, long size, byte[] bytes) {
        Text problem = PushedFile.problem(path, mode, size, LIMITS, MARKDOWN, () -> bytes);
        return problem == null ? null : problem.english();
    }

    @Test
    void acceptsPagesWithOrWithoutFrontMatterAndOtherFiles() {
        assertThat(problem("guidelines/sources.md", "---\ntitle: Sources\nauthor: Ana\n---\n\nText\n"))
                .isNull();
        assertThat(problem("guidelines/sources.md", "---\r\ntitle: Sources\r\n---\r\nText"))
                .isNull();
        assertThat(problem("guidelines/plain.md", "Just text, no front matter.\n---\nA rule.\n"))
                .isNull();
        assertThat(problem("data/table.csv", "a,b\n1,2\n")).isNull();
        assertThat(problem("tool.sh", FileMode.EXECUTABLE_FILE, 3, new byte[0])).isNull();
    }

    @Test
    void filesFollowTheSamePolicyAsUploads() {
        assertThat(problem("code/model.py", "import pandas\n")).isNull();
        assertThat(problem("data/indicators.json", "{\"a\": 1}")).isNull();
        assertThat(problem("data/population.xml", "<?xml version=\"1.0\"?><message/>"))
                .isNull();
        byte[] program = {'M', 'Z', (byte) 0x90, 0};
        assertThat(problem("tools/setup.exe", FileMode.REGULAR_FILE, program.length, program))
                .isEqualTo("Programs cannot be attached.");
        assertThat(problem("site/index.html", "<html><script>alert(1)</script>"))
                .contains("run when opened");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        assertThat(problem("guide.files/chart.pdf", FileMode.REGULAR_FILE, png.length, png))
                .contains("is a PNG image but its name ends in '.pdf'");
    }

    @Test
    void refusesBadPathsLinksAndSubmodulesNamingTheRule() {
        assertThat(problem(".hidden/x.md", "x")).contains("letters, digits");
        assertThat(problem("a/../b.md", "x")).contains("'..'");
        assertThat(problem("GIT~1/config", "x")).contains("Git's own files");
        assertThat(problem("bad:name.md", "x")).contains("relative");
        assertThat(problem("link.md", FileMode.SYMLINK, 3, new byte[0])).contains("symbolic links");
        assertThat(problem("module", FileMode.GITLINK, 0, new byte[0])).contains("submodules");
    }

    @Test
    void refusesOversizedFilesAndBrokenPages() {
        assertThat(problem("big.md", "x".repeat(10 * 1024 + 1))).contains("too large", "at most 10 kB for a page");
        assertThat(problem("big.pdf", FileMode.REGULAR_FILE, 100 * 1024 + 1, new byte[0]))
                .contains("at most 100 kB for a file");
        assertThat(problem("latin1.md", FileMode.REGULAR_FILE, 2, new byte[] {(byte) 0xE9, 'x'}))
                .contains("UTF-8");
        assertThat(problem("open.md", "---\ntitle: Open\n\nText without end\n")).contains("line 4", "'key: value'");
        assertThat(problem("open.md", "---\ntitle: Open\n")).contains("not closed");
        assertThat(problem("long.md", "---\ntitle: " + "t".repeat(201) + "\n---\n"))
                .contains("title is too long");
        assertThat(problem("ctrl.md", "---\ntitle: a\u0007b\n---\n")).contains("control characters");
    }

    @Test
    void refusalsArePutInThePushersLanguage() {
        byte[] big = "x".repeat(10 * 1024 + 1).getBytes(StandardCharsets.UTF_8);
        assertThat(PushedFile.problem("big.md", FileMode.REGULAR_FILE, big.length, LIMITS, MARKDOWN, () -> big)
                        .in(Language.FRENCH))
                .startsWith("trop volumineux : 10")
                .contains("ko", "au plus 10", "pour une page");
        byte[] open = "---\ntitle: Open\n".getBytes(StandardCharsets.UTF_8);
        assertThat(PushedFile.problem("open.md", FileMode.REGULAR_FILE, open.length, LIMITS, MARKDOWN, () -> open)
                        .in(Language.FRENCH))
                .isEqualTo("l’en-tête n’est pas fermé : ajoutez une ligne '---' après lui");
        assertThat(PushedFile.problem("a/../b.md", FileMode.REGULAR_FILE, 1, LIMITS, MARKDOWN, () -> big))
                .as("the path's rules, in the words the web uses")
                .isEqualTo(Text.of("content.path.dots"));
    }

    @Test
    void refusesPagesThatCannotBeShownFormatted() {
        assertThat(problem("deep.md", "---\ntitle: Deep\n---\n\n" + ">".repeat(5_000)))
                .startsWith("the page cannot be shown formatted: it nests more than 100 levels deep");
        assertThat(problem("table.md", "|a".repeat(1_000) + "\n" + "|-".repeat(1_000) + "\n" + "a\n".repeat(150)))
                .isEqualTo("the page cannot be shown formatted: it has a table of more than 100,000 cells");
        assertThat(problem("quotes.md", "> ".repeat(20) + "quoted, twenty levels deep\n"))
                .isNull();
        assertThat(problem("deep.txt", ">".repeat(5_000)))
                .as("only pages are Markdown")
                .isNull();
    }

    @Test
    void saysWhyAPageCannotBeFormattedInThePushersLanguage() {
        byte[] deep = ("---\ntitle: Deep\n---\n\n" + ">".repeat(5_000)).getBytes(StandardCharsets.UTF_8);
        Text problem = PushedFile.problem("deep.md", FileMode.REGULAR_FILE, deep.length, LIMITS, MARKDOWN, () -> deep);
        assertThat(problem.in(Language.FRENCH))
                .as("the Markdown engine's reason too, not only the refusal around it")
                .contains("il imbrique plus de 100 niveaux")
                .doesNotContain("levels");
        assertThat(problem.in(Language.ARABIC)).contains("يتداخل فيه أكثر من 100 مستوى");
        byte[] table = ("|a".repeat(1_000) + "\n" + "|-".repeat(1_000) + "\n" + "a\n".repeat(150))
                .getBytes(StandardCharsets.UTF_8);
        assertThat(PushedFile.problem("t.md", FileMode.REGULAR_FILE, table.length, LIMITS, MARKDOWN, () -> table)
                        .in(Language.FRENCH))
                .contains("un tableau de plus de 100", "000 cellules");
    }
}
