package org.statcommons.content.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.statcommons.platform.InvalidInputException;

class FileNameTests {

    @Test
    void keepsOrdinaryNamesAndLowerCasesTheExtension() {
        assertThat(FileName.clean("file", "Data_2024-v2.XLSX")).isEqualTo("Data_2024-v2.xlsx");
        assertThat(FileName.clean("file", "Résumé des données.pdf")).isEqualTo("Résumé-des-données.pdf");
    }

    @Test
    void dropsFoldersAndPathTricks() {
        assertThat(FileName.clean("file", "../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(FileName.clean("file", "C:\\Users\\me\\report.pdf")).isEqualTo("report.pdf");
        assertThat(FileName.clean("file", "..\\..\\.git\\config.txt")).isEqualTo("config.txt");
        assertThat(FileName.clean("file", ".hidden.csv")).isEqualTo("hidden.csv");
        assertThat(FileName.clean("file", "...pdf")).isEqualTo("file.pdf");
    }

    @Test
    void removesControlAndDirectionCharacters() {
        // U+202E RIGHT-TO-LEFT OVERRIDE would show "report‮fdp.exe" as "reportexe.pdf"
        assertThat(FileName.clean("file", "report\u202Efdp.exe")).isEqualTo("reportfdp.exe");
        assertThat(FileName.clean("file", "a\u0000b\u001Fc\u200Bd.txt")).isEqualTo("abcd.txt");
        assertThat(FileName.clean("file", "tab\there.csv")).isEqualTo("tab-here.csv");
    }

    @Test
    void makesWindowsReservedAndGitNamesHarmless() {
        assertThat(FileName.clean("file", "CON.txt")).isEqualTo("file-CON.txt");
        assertThat(FileName.clean("file", "nul.tar.csv")).isEqualTo("file-nul.tar.csv");
        assertThat(FileName.clean("file", "com1.pdf")).isEqualTo("file-com1.pdf");
        // "~" is not kept, so Git's short name for .git (GIT~1) cannot be formed
        assertThat(FileName.clean("file", "GIT~1.txt")).isEqualTo("GIT-1.txt");
        assertThat(FileName.clean("file", "console.txt")).isEqualTo("console.txt");
    }

    @Test
    void shortensLongNamesKeepingTheExtension() {
        String name = FileName.clean("file", "x".repeat(300) + ".pdf");
        assertThat(name).hasSize(FileName.MAX_LENGTH).endsWith(".pdf");
    }

    @Test
    void keepsNamesWithoutAnEndingAndRefusesNoName() {
        // whether content under such a name is accepted is FileType's question (text is, a PNG is not)
        assertThat(FileName.clean("file", "README")).isEqualTo("README");
        assertThatThrownBy(() -> FileName.clean("file", "")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FileName.clean("file", "...")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> FileName.clean("file", null)).isInstanceOf(InvalidInputException.class);
    }
}
