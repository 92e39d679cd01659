package org.statcommons.content.git;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.jgit.lib.FileMode;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.statcommons.content.ContentProperties;

import static org.assertj.core.api.Assertions.assertThat;

class PushedFileTests {

    private static final ContentProperties LIMITS = new ContentProperties(DataSize.ofKilobytes(10), DataSize.ofKilobytes(100), 5, 1000,
            DataSize.ofMegabytes(4), 20, Duration.ofMinutes(1));

    private static String problem(String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return PushedFile.problem(path, FileMode.REGULAR_FILE, bytes.length, LIMITS, () -> bytes);
    }

    @Test
    void acceptsPagesWithOrWithoutFrontMatterAndOtherFiles() {
        assertThat(problem("guidelines/sources.md", "---\ntitle: Sources\nauthor: Ana\n---\n\nText\n")).isNull();
        assertThat(problem("guidelines/sources.md", "---\r\ntitle: Sources\r\n---\r\nText")).isNull();
        assertThat(problem("guidelines/plain.md", "Just text, no front matter.\n---\nA rule.\n")).isNull();
        assertThat(problem("data/table.csv", "a,b\n1,2\n")).isNull();
        assertThat(PushedFile.problem("tool.sh", FileMode.EXECUTABLE_FILE, 3, LIMITS, () -> new byte[0])).isNull();
    }

    @Test
    void refusesBadPathsLinksAndSubmodulesNamingTheRule() {
        assertThat(problem(".hidden/x.md", "x")).contains("letters, digits");
        assertThat(problem("a/../b.md", "x")).contains("'..'");
        assertThat(problem("GIT~1/config", "x")).contains("Git's own files");
        assertThat(problem("bad:name.md", "x")).contains("relative");
        assertThat(PushedFile.problem("link.md", FileMode.SYMLINK, 3, LIMITS, () -> new byte[0])).contains("symbolic links");
        assertThat(PushedFile.problem("module", FileMode.GITLINK, 0, LIMITS, () -> new byte[0])).contains("submodules");
    }

    @Test
    void refusesOversizedFilesAndBrokenPages() {
        assertThat(problem("big.md", "x".repeat(10 * 1024 + 1))).contains("too large", "10240");
        assertThat(PushedFile.problem("big.pdf", FileMode.REGULAR_FILE, 100 * 1024 + 1, LIMITS, () -> new byte[0])).contains("at most 102400");
        assertThat(PushedFile.problem("latin1.md", FileMode.REGULAR_FILE, 2, LIMITS, () -> new byte[] {(byte) 0xE9, 'x'}))
                .contains("UTF-8");
        assertThat(problem("open.md", "---\ntitle: Open\n\nText without end\n")).contains("line 4", "'key: value'");
        assertThat(problem("open.md", "---\ntitle: Open\n")).contains("not closed");
        assertThat(problem("long.md", "---\ntitle: " + "t".repeat(201) + "\n---\n")).contains("title is too long");
        assertThat(problem("ctrl.md", "---\ntitle: a\u0007b\n---\n")).contains("control characters");
    }
}
