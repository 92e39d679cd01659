package org.statcommons.surveys;

import java.time.Instant;

/**
 * A wave of a survey (baseline, midline, endpoint...), with its own version of the questions.
 *
 * @param position   1 for the first wave, then 2, 3...
 * @param label      what owners call it ("Baseline")
 * @param opensAt    when answers start to be taken, or null for "as soon as it is open"
 * @param closesAt   when answers stop being taken, or null for "until it is closed"
 * @param audienceId the topic group or body of a {@link AudienceKind#TOPIC_GROUP} or {@link AudienceKind#BODY}
 */
public record Wave(
        long id,
        long surveyId,
        int position,
        String label,
        WaveState state,
        Instant opensAt,
        Instant closesAt,
        AudienceKind audienceKind,
        Long audienceId,
        Instant createdAt) {

    /** Whether an answer given now is taken: the wave is open and now is within its opening and closing times. */
    public boolean takesAnswersAt(Instant now) {
        return state == WaveState.OPEN
                && (opensAt == null || !now.isBefore(opensAt))
                && (closesAt == null || now.isBefore(closesAt));
    }
}
