package org.statcommons.insights;

import org.springframework.stereotype.Component;
import org.statcommons.platform.Text;
import org.statcommons.platform.chart.ChartDrawer;
import org.statcommons.platform.i18n.Language;
import org.statcommons.platform.pdf.PdfRenderer;

/**
 * Renders the evaluation report as a PDF: the report written as XHTML (the dashboard's sections, each table beside its
 * chart, the very SVG the dashboard draws) and laid out on A4 pages by {@link PdfRenderer}, in the report's language
 * (Arabic right to left). The document has no external resource.
 */
@Component
class EvaluationPdfRenderer {

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm; }
            body { font-family: %s; font-size: 10pt; color: #222; }
            h1 { font-size: 17pt; margin: 0 0 6pt; }
            h2 { font-size: 14pt; margin: 16pt 0 4pt; border-bottom: 1pt solid #999; }
            h3 { font-size: 12pt; margin: 10pt 0 4pt; }
            h4 { font-size: 10.5pt; margin: 8pt 0 3pt; }
            table { border-collapse: collapse; margin: 3pt 0 6pt; }
            th, td { border: 0.5pt solid #bbb; padding: 2pt 5pt; text-align: left; }
            td.n { text-align: right; }
            .chart { page-break-inside: avoid; }
            svg { width: 160mm; }
            """.formatted(PdfRenderer.FONTS);

    /** The tables of a right-to-left report: text from the right, numbers to the left. */
    private static final String RIGHT_TO_LEFT = """
            th, td { text-align: right; }
            td.n { text-align: left; }
            """;

    private final PdfRenderer renderer;

    EvaluationPdfRenderer(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    byte[] pdf(EvaluationReport report) {
        return renderer.pdf(xhtml(report), report.language().rightToLeft());
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
