package org.statcommons.surveys;

/**
 * What a wave's submitted answers count changed: a response submitted, or a submitted one's answers changed (identified
 * and pseudonymous answers stay open to changes while the wave takes answers). Heard after commit by those who keep
 * figures of the wave ({@code surveys.results.TallyKeeper}).
 */
public record WaveAnswersChanged(long surveyId, long waveId) {}
