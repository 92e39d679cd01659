package org.statcommons.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statcommons.access.JoinPolicy;
import org.statcommons.community.Community;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;
import org.statcommons.platform.pdf.MixedScripts;
import org.statcommons.platform.pdf.PdfRenderer;
import org.statcommons.support.CpuTime;

/**
 * The evaluation report's PDF in Arabic, Russian and Chinese: the text PDFBox extracts from it is the text written (the
 * title, the community's name, the chapter and section headings of the language's bundle; Arabic shaped and laid out
 * right to left, read back in its logical order), in fonts embedded in the file.
 */
class EvaluationPdfRendererTests {

    private final EvaluationPdfRenderer renderer = new EvaluationPdfRenderer(new PdfRenderer());

    @ParameterizedTest
    @CsvSource({
        "ar, تقرير التقييم السنوي, مجتمع الإحصاءات الرسمية, MarkaziText",
        "ru, Отчёт об оценке за год, Сообщество официальной статистики, LiberationSans",
        "zh, 年度评估报告, 官方统计社区, NotoSansSC"
    })
    void theTextReadBackIsTheTextWrittenInEmbeddedFonts(String code, String title, String name, String font)
            throws IOException {
        Language language = Language.ofCode(code).orElseThrow();
        Community community = new Community(7, "official", name, "", "", JoinPolicy.OPEN, Instant.EPOCH, false);
        EvaluationReport report = new EvaluationReport(
                community,
                new InsightPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                language,
                title,
                "2026-01-01",
                "2026-12-31",
                "2026-12-06",
                name,
                List.of(new EvaluationReport.Chapter(Text.of("insights.report.who"), List.of())),
                List.of(),
                "/c/official/insights/evaluation-report.pdf");

        String text;
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(renderer.pdf(report))) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (var fontName : resources.getFontNames()) {
                    fonts.add(resources.getFont(fontName));
                }
            }
        }
        assertThat(text)
                .contains(
                        title,
                        name,
                        Text.of("insights.report.who").in(language),
                        Text.of("insights.report.surveys").in(language))
                .doesNotContain("#");
        assertThat(fonts)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        assertThat(fonts).anySatisfy(f -> assertThat(f.getName()).contains(font));
    }

    /**
     * Hostile text: the longest community name, and twenty most read pages whose titles are 1,000 letters each of
     * Arabic, Latin and Chinese words in turn (a change of direction and of font at every word: a run of bidi, shaping
     * and font fallback each), in an Arabic report (right to left, every face read, the ToUnicode maps mended).
     */
    @Test
    void aReportOfLongTitlesInMixedScriptsIsWrittenInBoundedTime() throws IOException {
        String title = MixedScripts.of(1_000);
        String name = MixedScripts.of(120);
        List<DashboardPresenter.RowView> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(new DashboardPresenter.RowView(
                    i + " " + title, "/c/official/p" + i, false, List.of("" + (1000 - i))));
        }
        DashboardPresenter.TableView table = new DashboardPresenter.TableView(
                "views-by-page",
                Text.of("insights.pages.views-by-page", 20),
                Text.of("insights.column.page"),
                List.of(Text.of("insights.column.views")),
                rows,
                "");
        Language arabic = Language.ofCode("ar").orElseThrow();
        EvaluationReport report = new EvaluationReport(
                new Community(7, "official", name, "", "", JoinPolicy.OPEN, Instant.EPOCH, false),
                new InsightPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                arabic,
                name,
                "2026-01-01",
                "2026-12-31",
                "2026-12-06",
                name,
                List.of(new EvaluationReport.Chapter(
                        Text.of("insights.report.who"),
                        List.of(new DashboardPresenter.SectionView(
                                "pages", Text.of("insights.pages.heading"), List.of(), List.of(table))))),
                List.of(),
                "/c/official/insights/evaluation-report.pdf");

        renderer.pdf(report);
        CpuTime.Measured<byte[]> printed = CpuTime.of(() -> renderer.pdf(report));

        assertThat(printed.cpu()).isLessThan(Duration.ofSeconds(10));
        try (PDDocument document = Loader.loadPDF(printed.result())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("census", "统计", "الإحصاءات");
        }
    }
}
