package org.statcommons.insights;

import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.statcommons.platform.Text;
import org.statcommons.platform.chart.ChartDrawer;
import org.statcommons.platform.i18n.Language;

/**
 * Renders the evaluation report as a PDF with openhtmltopdf: the report written as XHTML (the dashboard's sections,
 * each table beside its chart, the very SVG the dashboard draws) and laid out on A4 pages. Its letters are drawn in
 * embedded fonts that the build takes from Maven Central (docs/evaluation.md#fonts): Liberation Sans (Latin and
 * Cyrillic, in PDFBox's own jar), Markazi Text (Arabic) and Noto Sans SC (Chinese), each tried in turn for a letter the
 * one before has no glyph for; a face is given to the renderer only when the report has letters of its script, so that
 * a Chinese font of 10 MB is read only for a report with a Chinese letter. Arabic
 * is laid out right to left and shaped (ICU, {@link ShapingReorderer}); Chinese reads back as the ideographs written
 * ({@link ToUnicodeMender}). Nothing is loaded from outside: the document
 * has no external resource, the renderer is given no base address, and the fonts are read from the class path.
 */
@Component
class EvaluationPdfRenderer {

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm; }
            body { font-family: 'Report Latin', 'Report Arabic', 'Report Chinese'; font-size: 10pt; color: #222; }
            h1 { font-size: 17pt; margin: 0 0 6pt; }
            h2 { font-size: 14pt; margin: 16pt 0 4pt; border-bottom: 1pt solid #999; }
            h3 { font-size: 12pt; margin: 10pt 0 4pt; }
            h4 { font-size: 10.5pt; margin: 8pt 0 3pt; }
            table { border-collapse: collapse; margin: 3pt 0 6pt; }
            th, td { border: 0.5pt solid #bbb; padding: 2pt 5pt; text-align: left; }
            td.n { text-align: right; }
            .chart { page-break-inside: avoid; }
            svg { width: 160mm; }
            """;

    /** The tables of a right-to-left report: text from the right, numbers to the left. */
    private static final String RIGHT_TO_LEFT = """
            th, td { text-align: right; }
            td.n { text-align: left; }
            """;

    /** A face the PDF may embed: its family as the style names it, its weight and where it is on the class path. */
    private record Font(String family, int weight, String resource, Set<Character.UnicodeScript> scripts) {

        /** Whether the report needs this face: always for the first, for the others when it has their letters. */
        boolean needed(Set<Character.UnicodeScript> written) {
            return scripts.isEmpty() || scripts.stream().anyMatch(written::contains);
        }
    }

    private static final Font CHINESE = new Font(
            "Report Chinese",
            400,
            "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf",
            Set.of(
                    Character.UnicodeScript.HAN,
                    Character.UnicodeScript.HIRAGANA,
                    Character.UnicodeScript.KATAKANA,
                    Character.UnicodeScript.BOPOMOFO));

    /**
     * The faces, in the order the style tries them for a letter. Liberation Sans and Noto Sans SC have no bold face
     * here (a bold Chinese face would be 10 MB more): bold text in them is drawn in the regular face.
     */
    private static final List<Font> FONTS = List.of(
            new Font("Report Latin", 400, "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf", Set.of()),
            new Font(
                    "Report Arabic",
                    400,
                    "/fonts/ttf/Markazi/MarkaziText-Regular.ttf",
                    Set.of(Character.UnicodeScript.ARABIC)),
            new Font(
                    "Report Arabic",
                    700,
                    "/fonts/ttf/Markazi/MarkaziText-Bold.ttf",
                    Set.of(Character.UnicodeScript.ARABIC)),
            CHINESE);

    private final ToUnicodeMender mender = new ToUnicodeMender();

    byte[] pdf(EvaluationReport report) {
        String xhtml = xhtml(report);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ShapingReorderer());
            builder.defaultTextDirection(
                    report.language().rightToLeft()
                            ? BaseRendererBuilder.TextDirection.RTL
                            : BaseRendererBuilder.TextDirection.LTR);
            // openhtmltopdf reads every face the style names for a page's first letters: a face the report has no
            // letter for is not given to it (the Chinese face alone took seconds to read for every English report)
            Set<Character.UnicodeScript> written = scripts(xhtml);
            for (Font font : FONTS) {
                if (!font.needed(written)) {
                    continue;
                }
                builder.useFont(
                        () -> EvaluationPdfRenderer.class.getResourceAsStream(font.resource()),
                        font.family(),
                        font.weight(),
                        BaseRendererBuilder.FontStyle.NORMAL,
                        true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            // only the Chinese face maps radicals and ideographs to one glyph: another PDF is not read again
            return CHINESE.needed(written) ? mender.mend(out.toByteArray()) : out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The evaluation report's PDF could not be written", e);
        }
    }

    private static Set<Character.UnicodeScript> scripts(String text) {
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        text.codePoints().forEach(c -> scripts.add(Character.UnicodeScript.of(c)));
        return scripts;
    }

    /** The report as an XHTML document (what the renderer lays out). */
    String xhtml(EvaluationReport report) {
        Language language = report.language();
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(language.code())
                .append(language.rightToLeft() ? "\" dir=\"rtl" : "")
                .append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(x(report.title()))
                .append("</title><style>")
                .append(STYLE)
                .append(language.rightToLeft() ? RIGHT_TO_LEFT : "")
                .append("</style></head><body>");
        out.append("<h1>").append(x(report.title())).append("</h1>");
        out.append("<p>")
                .append(report.introduction(ChartDrawer::escape).in(language))
                .append("</p>");
        for (EvaluationReport.Chapter chapter : report.chapters()) {
            out.append("<h2>").append(x(chapter.heading().in(language))).append("</h2>");
            for (DashboardPresenter.SectionView section : chapter.sections()) {
                out.append("<h3>").append(x(section.heading().in(language))).append("</h3><table><tbody>");
                for (DashboardPresenter.FigureView figure : section.figures()) {
                    out.append("<tr><th>")
                            .append(x(figure.label().in(language)))
                            .append("</th><td class=\"n\">")
                            .append(x(figure.shown()))
                            .append("</td></tr>");
                }
                out.append("</tbody></table>");
                for (DashboardPresenter.TableView table : section.tables()) {
                    out.append("<h4>").append(x(table.title().in(language))).append("</h4>");
                    if (table.rows().isEmpty()) {
                        out.append("<p>")
                                .append(x(Text.of("insights.table.none").in(language)))
                                .append("</p>");
                        continue;
                    }
                    out.append("<div class=\"chart\">").append(table.chart()).append("</div>");
                    table(out, table, language);
                }
            }
        }
        out.append("<h2>")
                .append(x(Text.of("insights.report.surveys").in(language)))
                .append("</h2>");
        if (report.others().isEmpty()) {
            out.append("<p><em>")
                    .append(x(Text.of("insights.report.surveys-to-come").in(language)))
                    .append("</em></p>");
        }
        for (EvaluationPart part : report.others()) {
            out.append("<h3>").append(x(part.heading().in(language))).append("</h3>");
            for (Text paragraph : part.paragraphs()) {
                out.append("<p>").append(x(paragraph.in(language))).append("</p>");
            }
        }
        return out.append("</body></html>").toString();
    }

    private static void table(StringBuilder out, DashboardPresenter.TableView table, Language language) {
        out.append("<table><thead><tr><th>")
                .append(x(table.label().in(language)))
                .append("</th>");
        for (Text column : table.columns()) {
            out.append("<th>").append(x(column.in(language))).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (DashboardPresenter.RowView row : table.rows()) {
            out.append("<tr><td>").append(x(row.label())).append("</td>");
            for (String count : row.cells()) {
                out.append("<td class=\"n\">").append(x(count)).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private static String x(String text) {
        return ChartDrawer.escape(text);
    }
}
