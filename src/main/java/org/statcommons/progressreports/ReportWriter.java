package org.statcommons.progressreports;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.statcommons.platform.Text;
import org.statcommons.platform.TimePresenter;
import org.statcommons.platform.i18n.Language;

/**
 * Writes a report's parts as one Markdown page in the report's language: headings, paragraphs and tables (GFM),
 * numbers with the language's grouping and dates in its form ({@link TimePresenter}), countries by their names in the
 * language, what people typed with its Markdown characters escaped so that a title cannot break a table.
 */
@Component
class ReportWriter {

    /** The page's body (its title is the page's own, in the front matter). */
    String write(Language language, TimePresenter times, Text introduction, List<ReportPart> parts) {
        StringBuilder out = new StringBuilder();
        out.append(words(introduction, language)).append("\n");
        for (ReportPart part : parts) {
            out.append("\n## ").append(words(part.heading(), language)).append("\n");
            for (ReportBlock block : part.blocks()) {
                out.append('\n');
                if (block instanceof ReportBlock.Paragraph p) {
                    out.append(words(p.text(), language)).append('\n');
                } else if (block instanceof ReportBlock.Subheading s) {
                    out.append("### ").append(words(s.text(), language)).append('\n');
                } else if (block instanceof ReportBlock.Table t) {
                    table(out, t, language, times);
                }
            }
        }
        return out.toString();
    }

    private void table(StringBuilder out, ReportBlock.Table table, Language language, TimePresenter times) {
        if (table.rows().isEmpty()) {
            if (table.empty() != null) {
                out.append(words(table.empty(), language)).append('\n');
            }
            return;
        }
        out.append('|');
        for (Text column : table.columns()) {
            out.append(' ').append(cellText(words(column, language))).append(" |");
        }
        out.append("\n|");
        for (int i = 0; i < table.columns().size(); i++) {
            out.append("---|");
        }
        out.append('\n');
        for (List<ReportCell> row : table.rows()) {
            out.append('|');
            for (ReportCell cell : row) {
                out.append(' ').append(cell(cell, language, times)).append(" |");
            }
            out.append('\n');
        }
    }

    private String cell(ReportCell cell, Language language, TimePresenter times) {
        if (cell instanceof ReportCell.Words w) {
            return cellText(words(w.text(), language));
        } else if (cell instanceof ReportCell.Typed t) {
            return escape(t.text());
        } else if (cell instanceof ReportCell.Number n) {
            return times.count(n.value());
        } else if (cell instanceof ReportCell.Day d) {
            return times.date(d.at());
        } else if (cell instanceof ReportCell.Days d) {
            return cellText(d.days().stream().map(times::day).collect(java.util.stream.Collectors.joining(", ")));
        } else if (cell instanceof ReportCell.Country c) {
            return cellText(country(c.code(), language));
        } else if (cell instanceof ReportCell.Month m) {
            return cellText(month(m.day(), language));
        } else if (cell instanceof ReportCell.Link l) {
            return "[" + escape(l.label()) + "](<"
                    + l.href().replace(">", "%3E").replace(" ", "%20") + ">)";
        }
        throw new IllegalArgumentException("A cell of an unknown kind: " + cell);
    }

    /** The country's name in the language ("Fidji" in French); "not given" for none. */
    static String country(String code, Language language) {
        if (code == null || code.isBlank()) {
            return Text.of("progressreports.country.none").in(language);
        }
        String name = new Locale("", code).getDisplayCountry(language.locale());
        return name.isBlank() ? code : name;
    }

    /** "March 2026" in the language (CLDR's year-and-month form). */
    static String month(java.time.LocalDate day, Language language) {
        com.ibm.icu.text.DateFormat format = com.ibm.icu.text.DateFormat.getInstanceForSkeleton(
                "yMMMM", com.ibm.icu.util.ULocale.forLocale(language.locale()));
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(
                java.util.Date.from(day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    }

    private static String words(Text text, Language language) {
        return text.in(language);
    }

    /** A bundle text inside a table: its pipes would end the cell. */
    private static String cellText(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }

    /**
     * Typed words as Markdown that shows them as typed inside a cell or a sentence: the characters that would start
     * emphasis, code, a link, an HTML tag or an entity, or end the cell, are escaped (the rest stays readable for
     * those who edit the page later), and a line break becomes a space, since a cell is one line.
     */
    static String escape(String typed) {
        StringBuilder out = new StringBuilder(typed.length() + 8);
        typed.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
            } else if ("\\`*_[]<>|~&".indexOf(cp) >= 0) {
                out.append('\\').appendCodePoint(cp);
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
