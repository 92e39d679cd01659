package org.statcommons.progressreports;

import java.util.List;
import org.statcommons.platform.Text;

/**
 * One section of the report: a heading and its blocks, in order.
 *
 * @param order where it goes among the sections, lower first: membership 10, meetings 20, decisions 30, newsletters
 *              40, pages and proposals 50, activity 90; workstreams 22 and outputs 25 (written by those features)
 */
public record ReportPart(int order, Text heading, List<ReportBlock> blocks) {

    public ReportPart {
        blocks = List.copyOf(blocks);
    }
}
