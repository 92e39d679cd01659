package org.statcommons.academy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;
import org.statcommons.platform.pdf.MixedScripts;
import org.statcommons.platform.pdf.PdfRenderer;
import org.statcommons.support.CpuTime;

/**
 * A certificate's PDF in the reader's language, Arabic included (shaped, right to left), with a learner's name in
 * another script than the language's: the text PDFBox reads back is the text written, in the faces its scripts need,
 * embedded.
 */
class CertificatePdfRendererTests {

    private final CertificatePdfRenderer renderer = new CertificatePdfRenderer(new PdfRenderer());

    /**
     * Hostile names: a learner's name and a course title of 1,000 letters of Arabic, Latin and Chinese words in turn
     * (a change of direction and of face at every word), in an Arabic certificate: written in bounded time, its text
     * read back.
     */
    @Test
    void aCertificateOfLongNamesInMixedScriptsIsWrittenInBoundedTime() throws IOException {
        String name = MixedScripts.of(1_000);
        Completion completion = new Completion(
                1,
                2,
                3,
                "4f2a0c9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39",
                Instant.EPOCH,
                "code",
                name,
                name,
                name,
                false,
                false,
                null);
        Language arabic = Language.ofCode("ar").orElseThrow();
        renderer.pdf(completion, "https://statcommons.example/c", arabic);

        CpuTime.Measured<byte[]> printed =
                CpuTime.of(() -> renderer.pdf(completion, "https://statcommons.example/c", arabic));

        assertThat(printed.cpu()).isLessThan(Duration.ofSeconds(10));
        try (PDDocument document = Loader.loadPDF(printed.result())) {
            assertThat(new PDFTextStripper().getText(document)).contains("census", "统计", "الإحصاءات");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "ar, Ana Lima, مقدمة في الإحصاءات الرسمية, MarkaziText",
        "en, ليلى حداد, Introduction to official statistics, MarkaziText",
        "zh, Ана Лима, 官方统计入门, NotoSansSC",
        "fr, 李娜, Introduction à la statistique officielle, NotoSansSC"
    })
    void theTextReadBackIsTheTextWrittenInTheReadersLanguage(String code, String learner, String course, String font)
            throws IOException {
        Language language = Language.ofCode(code).orElseThrow();
        Completion completion = new Completion(
                1,
                2,
                3,
                "4f2a0c9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39",
                Instant.parse("2026-12-05T10:00:00Z"),
                "code",
                learner,
                course,
                "Official statistics",
                false,
                false,
                "1.0");

        String text;
        List<PDFont> fonts = new ArrayList<>();
        // one page whatever the faces' line heights (Noto Sans SC's tall lines pushed the address to a second page)
        try (PDDocument document = Loader.loadPDF(
                renderer.pdf(completion, "https://statcommons.example/academy/certificates/code", language))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
        assertThat(text)
                .contains(
                        Text.of("academy-learning.certificate.title").in(language),
                        Text.of("academy-learning.certificate.certifies").in(language),
                        learner,
                        course,
                        "4f2a0c9d8e7b");
        assertThat(fonts)
                .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        assertThat(fonts).anySatisfy(f -> assertThat(f.getName()).contains(font));
    }
}
