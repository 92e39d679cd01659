package org.statcommons.academy;

import java.util.List;

/**
 * The gap map of a framework: its assessed items (rows) against countries or organisation kinds (columns), each cell
 * the mean gap in levels (target above current) among the organisations of that column that set a target for the item,
 * joined with the catalogue: the public courses tagged with the item (or a phase above it) and their languages.
 *
 * @param max the largest mean gap, the heat map's deepest colour
 */
record GapMap(Framework framework, String by, List<Column> columns, List<Line> lines, double max, int organisations) {

    /** A country (ISO code, or {@code international}) or an organisation kind, and how it reads. */
    record Column(String key, String label) {}

    /** One column's figures for an item: the mean gap (null when no organisation set a target) and how many want more. */
    record Cell(Double gap, int assessed, int demand) {}

    /**
     * An item's row: its cells, how many organisations want more of it, the courses that teach it and their languages;
     * a gap when there is demand and no course, a language gap when its courses are all in one language.
     */
    record Line(
            Framework.Item item,
            Framework.Item phase,
            List<Cell> cells,
            int demand,
            int courses,
            List<String> languages) {

        public boolean gap() {
            return demand > 0 && courses == 0;
        }

        public boolean languageGap() {
            return demand > 0 && courses > 0 && languages.size() == 1;
        }

        /**
         * The row's cells for the table, written here rather than by the template: 9,000 cells (60 countries × 150
         * items) through Thymeleaf took most of the page's time. Numbers only, the same in every language (as
         * the charts write them), so nothing typed by a person passes here.
         */
        public String cellsHtml() {
            StringBuilder html = new StringBuilder(cells.size() * 12);
            for (Cell cell : cells) {
                html.append("<td>")
                        .append(cell.gap() == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f", cell.gap()))
                        .append("</td>");
            }
            return html.toString();
        }
    }

    public List<Line> gaps() {
        return lines.stream().filter(Line::gap).toList();
    }

    public List<Line> languageGaps() {
        return lines.stream().filter(Line::languageGap).toList();
    }
}
