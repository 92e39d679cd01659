package org.statcommons.decisions;

import java.util.List;
import java.util.Map;

/**
 * A vote as sent: what each kind reads of it. Consent and vote: {@code choice} (AGREE, YES…) and {@code reason}.
 * Ranked choice: {@code ranking} (option positions, the most preferred first; the API) or {@code ranks} (a rank typed
 * beside each option; the form). Score: {@code scores} (a score per option position; blank is 0). Poll:
 * {@code chosen} (option positions).
 */
record NewVote(
        String choice,
        String reason,
        List<Integer> ranking,
        Map<Integer, String> ranks,
        Map<Integer, String> scores,
        List<Integer> chosen) {

    NewVote {
        ranks = ranks == null ? Map.of() : Map.copyOf(ranks);
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        chosen = chosen == null ? List.of() : List.copyOf(chosen);
    }
}
