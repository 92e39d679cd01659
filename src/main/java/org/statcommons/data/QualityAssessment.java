package org.statcommons.data;

import java.util.Arrays;
import java.util.Objects;

/**
 * A producer's or reviewer's assessment of a dataset on the six dimensions of seed 001 (citizen-generated data), each
 * from 1 (poor) to 5 (excellent), null when not assessed.
 */
public record QualityAssessment(
        Integer relevance,
        Integer accuracy,
        Integer timeliness,
        Integer coherence,
        Integer accessibility,
        Integer interpretability) {

    public static final QualityAssessment NONE = new QualityAssessment(null, null, null, null, null, null);

    /** The dimensions' names, in the order of the components: the bundles' keys and the form's fields. */
    public static final String[] DIMENSIONS = {
        "relevance", "accuracy", "timeliness", "coherence", "accessibility", "interpretability"
    };

    public Integer[] scores() {
        return new Integer[] {relevance, accuracy, timeliness, coherence, accessibility, interpretability};
    }

    public boolean assessed() {
        return Arrays.stream(scores()).anyMatch(Objects::nonNull);
    }
}
