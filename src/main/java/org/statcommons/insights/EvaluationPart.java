package org.statcommons.insights;

import java.util.List;
import org.statcommons.platform.Text;

/**
 * A part of the evaluation report written by another feature: a heading and its paragraphs (bundle texts, numbers
 * among their arguments formatted in the report's language), in order among the other such parts.
 */
public record EvaluationPart(int order, Text heading, List<Text> paragraphs) {

    public EvaluationPart {
        paragraphs = List.copyOf(paragraphs);
    }
}
