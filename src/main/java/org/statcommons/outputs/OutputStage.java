package org.statcommons.outputs;

/** Where an output stands: declared, open for members' comments, before its body, endorsed, submitted. */
public enum OutputStage {
    DRAFT,
    REVIEW,
    APPROVAL,
    ENDORSED,
    SUBMITTED;

    boolean endorsed() {
        return this == ENDORSED || this == SUBMITTED;
    }
}
