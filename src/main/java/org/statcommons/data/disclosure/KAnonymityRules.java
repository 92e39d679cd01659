package org.statcommons.data.disclosure;

import java.util.List;
import org.statcommons.platform.InvalidInputException;
import org.statcommons.platform.Text;

/**
 * The k-anonymity rule of record-level data (sdcMicro's frequency counts of keys): each combination of values of the
 * {@code quasiIdentifiers} (age group, sex, district…) must be shared by at least {@code k} records, or a unit known to
 * be in the data could be singled out by those facts alone. A record in a smaller class gets its quasi-identifiers
 * suppressed one by one (local suppression), or, when {@code refuse}, the release is refused.
 */
public record KAnonymityRules(List<String> quasiIdentifiers, int k, boolean refuse) {

    /** The smallest k that protects anything (1 lets every record alone), and the largest taken. */
    public static final int MIN_K = 2;

    public static final int MAX_K = 1_000;

    /** Without a choice: k = 3, no quasi-identifier yet (a record-level release then cannot pass). */
    public static final KAnonymityRules DEFAULT = new KAnonymityRules(List.of(), 3, false);

    public KAnonymityRules {
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
        if (k < MIN_K || k > MAX_K) {
            throw new InvalidInputException("kAnonymity", Text.of("disclosure.rules.invalid", "k", String.valueOf(k)));
        }
    }
}
