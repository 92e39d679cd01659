package org.statcommons.academy;

import java.time.LocalDate;
import java.util.List;
import org.statcommons.platform.Text;
import org.statcommons.platform.i18n.Language;

/**
 * The gap map as a Markdown page of a community's space (seed 002's work-package 1 output): the day it was drawn in
 * its first paragraph alone (so that writing it again with the same figures changes nothing), what it is drawn from, the gaps, the
 * language gaps, and every capability organisations want more of, with a link to the whole map online. The map's
 * cells by country stay online (60 countries by 150 items make no readable page).
 */
final class GapReportWriter {

    private GapReportWriter() {}

    static String markdown(GapMap map, Language language, LocalDate day, String online) {
        StringBuilder md = new StringBuilder();
        md.append(text(language, "academy.gaps.drawn", day.toString()))
                .append("\n\n")
                .append(text(language, "academy.gaps.intro", map.organisations()))
                .append("\n\n[")
                .append(text(language, "academy.gaps.report.online"))
                .append("](")
                .append(online)
                .append(")\n\n## ")
                .append(text(language, "academy.gaps.gaps"))
                .append("\n\n");
        String capability = text(language, "academy.assessment.item");
        String demand = text(language, "academy.gaps.report.demand");
        String courses = text(language, "academy.gaps.courses");
        String languages = text(language, "academy.gaps.languages");
        table(md, language, map.gaps(), List.of(capability, demand), line -> List.of(name(line), n(line.demand())));
        md.append("\n## ").append(text(language, "academy.gaps.language-gaps")).append("\n\n");
        table(
                md,
                language,
                map.languageGaps(),
                List.of(capability, languages, demand),
                line -> List.of(name(line), String.join(", ", line.languages()), n(line.demand())));
        md.append("\n## ").append(text(language, "academy.gaps.report.all")).append("\n\n");
        table(
                md,
                language,
                map.lines().stream().filter(line -> line.demand() > 0).toList(),
                List.of(capability, demand, courses, languages),
                line -> List.of(name(line), n(line.demand()), n(line.courses()), String.join(", ", line.languages())));
        return md.toString();
    }

    private static void table(
            StringBuilder md,
            Language language,
            List<GapMap.Line> lines,
            List<String> headers,
            java.util.function.Function<GapMap.Line, List<String>> cells) {
        if (lines.isEmpty()) {
            md.append(text(language, "academy.gaps.none")).append('\n');
            return;
        }
        row(md, headers);
        md.append("|").append("---|".repeat(headers.size())).append('\n');
        for (GapMap.Line line : lines) {
            row(md, cells.apply(line));
        }
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(cell(cell)).append(" |");
        }
        md.append('\n');
    }

    /** A cell's text as Markdown reads it literally: an imported item's name may hold any character. */
    private static String cell(String text) {
        return text.replaceAll("[\\r\\n]+", " ").replaceAll("([\\\\|*_`\\[\\]<>#])", "\\\\$1");
    }

    private static String name(GapMap.Line line) {
        return line.item().code() + " " + line.item().name();
    }

    private static String n(int number) {
        return Integer.toString(number);
    }

    private static String text(Language language, String key, Object... arguments) {
        return Text.of(key, arguments).in(language);
    }
}
