package org.statcommons.insights;

import java.util.List;
import org.statcommons.platform.Text;

/**
 * One section of the dashboard: its headline figures and its tables, in order.
 *
 * @param order where it goes among the sections, lower first: members 10, active members 15, pages and views 20,
 *              comments 30, discussions 35, meetings 40, newsletters 50, decisions 60
 * @param code  a stable name for the CSV and the API ("members", "views")
 */
public record InsightPart(
        int order, String code, Text heading, List<InsightFigure> figures, List<InsightTable> tables) {

    public InsightPart {
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
    }
}
