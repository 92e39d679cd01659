package org.statcommons.insights;

import org.springframework.stereotype.Component;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * Writes the evaluation report as the Markdown body of a page of the space: the link to its PDF, the three questions
 * with the dashboard's sections under them (each section's figures as a two-column table, each of its tables as a
 * GFM table, the rows as the dashboard shows them), then the other features' parts, or, while no feature writes
 * them, the marked place of what the surveys say. What people typed (page titles, the community's name) is escaped so
 * that it cannot break a table or start a link.
 */
@Component
class EvaluationReportWriter {

    String markdown(EvaluationReport report) {
        Language language = report.language();
        StringBuilder out = new StringBuilder(4096);
        out.append(report.introduction(EvaluationReportWriter::escape).in(language))
                .append("\n\n");
        out.append('[')
                .append(Text.of("insights.report.pdf").in(language))
                .append("](<")
                .append(report.pdf())
                .append(">)\n");
        for (EvaluationReport.Chapter chapter : report.chapters()) {
            out.append("\n## ").append(chapter.heading().in(language)).append('\n');
            for (DashboardPresenter.SectionView section : chapter.sections()) {
                out.append("\n### ").append(section.heading().in(language)).append("\n\n");
                out.append("| ")
                        .append(cell(Text.of("insights.report.figure").in(language)))
                        .append(" | ")
                        .append(cell(Text.of("insights.report.count").in(language)))
                        .append(" |\n|---|---|\n");
                for (DashboardPresenter.FigureView figure : section.figures()) {
                    out.append("| ")
                            .append(cell(figure.label().in(language)))
                            .append(" | ")
                            .append(cell(figure.shown()))
                            .append(" |\n");
                }
                for (DashboardPresenter.TableView table : section.tables()) {
                    out.append("\n#### ").append(table.title().in(language)).append("\n\n");
                    if (table.rows().isEmpty()) {
                        out.append(Text.of("insights.table.none").in(language)).append('\n');
                        continue;
                    }
                    table(out, table, language);
                }
            }
        }
        out.append("\n## ")
                .append(Text.of("insights.report.surveys").in(language))
                .append('\n');
        if (report.others().isEmpty()) {
            out.append("\n> ")
                    .append(Text.of("insights.report.surveys-to-come").in(language))
                    .append('\n');
        }
        for (EvaluationPart part : report.others()) {
            out.append("\n### ").append(part.heading().in(language)).append('\n');
            for (Text paragraph : part.paragraphs()) {
                out.append('\n').append(paragraph.in(language)).append('\n');
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, DashboardPresenter.TableView table, Language language) {
        out.append("| ").append(cell(table.label().in(language))).append(" |");
        for (Text column : table.columns()) {
            out.append(' ').append(cell(column.in(language))).append(" |");
        }
        out.append("\n|---|");
        out.append("---|".repeat(table.columns().size()));
        out.append('\n');
        for (DashboardPresenter.RowView row : table.rows()) {
            out.append("| ");
            if (row.href() != null) {
                out.append('[')
                        .append(escape(row.label()))
                        .append("](<")
                        .append(row.href().replace(">", "%3E").replace(" ", "%20"))
                        .append(">)");
            } else {
                out.append(escape(row.label()));
            }
            out.append(" |");
            for (String count : row.cells()) {
                out.append(' ').append(cell(count)).append(" |");
            }
            out.append('\n');
        }
    }

    /** A bundle text inside a table: its pipes would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }

    /**
     * Typed words as Markdown that shows them as typed inside a cell or a sentence (as the progress report escapes
     * them): the characters that would start emphasis, code, a link, an HTML tag or an entity, or end the cell.
     */
    static String escape(String typed) {
        StringBuilder out = new StringBuilder(typed.length() + 8);
        typed.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
            } else if ("\\`*_[]<>|~&#".indexOf(cp) >= 0) {
                out.append('\\').appendCodePoint(cp);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
