package org.statcommons.outputs;

import java.time.Instant;

/** One step of an output's history: the stage it entered, who moved it (a person, or the body's decision), when. */
record StageChange(OutputStage stage, String byName, String note, Instant at) {}
