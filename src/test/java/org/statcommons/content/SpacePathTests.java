package org.statcommons.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statcommons.platform.InvalidInputException;

class SpacePathTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "guidelines/data-integration.md",
                "index.md",
                "a/b/c/d_e.2.md",
                "méthodes/données.md",
                "統計/指南.md",
                "2026/minutes-03.md"
            })
    void acceptsOrdinaryPagePaths(String path) {
        assertThat(SpacePath.page("path", path).value()).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "/etc/passwd.md",
                "../secret.md",
                "a/../../b.md",
                "a/./b.md",
                "a//b.md",
                "a/b.md/",
                ".git/config",
                "a/.git/hooks.md",
                ".GIT/x.md",
                ".gitmodules",
                "git~1/x.md",
                ".hidden.md",
                "-rf.md",
                "a\\b.md",
                "c:/x.md",
                "a b.md",
                "tab\there.md",
                "new\nline.md",
                "nul\u0000.md",
                "rtl\u202Egpj.md",
                "zero\u200Bwidth.md",
                "trailing./x.md",
                "con.md/x",
                "a/CON/b.md",
                "quote\".md",
                "star*.md",
                "lt<.md"
            })
    void refusesPathTricks(String path) {
        assertThatThrownBy(() -> SpacePath.parse("path", path)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesOverlongPaths() {
        String segment = "a".repeat(SpacePath.MAX_SEGMENT_LENGTH + 1) + ".md";
        assertThatThrownBy(() -> SpacePath.parse("path", segment))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("too long");
        String deep = "a/".repeat(SpacePath.MAX_DEPTH) + "b.md";
        assertThatThrownBy(() -> SpacePath.parse("path", deep))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("too deep");
        String longPath = ("x".repeat(60) + "/").repeat(5) + "y.md";
        assertThatThrownBy(() -> SpacePath.parse("path", longPath))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("too long");
    }

    @Test
    void pagesAreMarkdownFiles() {
        assertThatThrownBy(() -> SpacePath.page("path", "report.pdf"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(".md");
        assertThatThrownBy(() -> SpacePath.page("path", "folder/.md")).isInstanceOf(InvalidInputException.class);
        assertThat(SpacePath.parse("path", "files/report.pdf").isPage()).isFalse();
        assertThat(SpacePath.page("path", "guidelines/data-integration.md").name())
                .isEqualTo("data-integration");
    }

    @Test
    void normalisesTypedPathsToNfc() {
        String decomposed = "me\u0301thodes.md";
        assertThat(SpacePath.parse("path", decomposed).value()).isEqualTo("m\u00e9thodes.md");
        assertThatThrownBy(() -> new SpacePath(decomposed)).isInstanceOf(IllegalArgumentException.class);
    }
}
