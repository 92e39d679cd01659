package org.statcommons.leadership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.statcommons.platform.Text;

/**
 * The rules of co-lead terms (seed 001: "Co-leads rotate every two years … One co-lead may stay for an extra year to
 * maintain continuity and smooth transition to the new co-lead"): a term lasts {@link #YEARS} years unless the
 * secretariat records another end; a term is extended at most once, by exactly {@link #EXTENSION_YEARS} year; and the
 * year of continuity is one co-lead's at a time: an extension is refused while another co-lead's added year overlaps
 * the one asked for.
 */
final class TermRules {

    static final int YEARS = 2;
    static final int EXTENSION_YEARS = 1;

    private TermRules() {}

    /** The last day of a term of the default length that starts on this day. */
    static LocalDate defaultEnd(LocalDate startsOn) {
        return startsOn.plusYears(YEARS).minusDays(1);
    }

    /**
     * Why the term may not be extended today, or empty when it may.
     *
     * @param all   every term of the community
     * @param names the name of an account, to say whose year of continuity stands in the way
     */
    static Optional<Text> refusal(Term term, List<Term> all, LocalDate today, LongFunction<String> names) {
        if (term.extended()) {
            return Optional.of(Text.of("leadership.extend.twice", term.originalEndsOn()));
        }
        if (term.past(today)) {
            return Optional.of(Text.of("leadership.extend.ended", term.endsOn()));
        }
        LocalDate from = term.endsOn().plusDays(1);
        LocalDate to = term.endsOn().plusYears(EXTENSION_YEARS);
        for (Term other : all) {
            if (other.id() != term.id()
                    && other.extended()
                    && !other.originalEndsOn().plusDays(1).isAfter(to)
                    && !other.endsOn().isBefore(from)) {
                return Optional.of(
                        Text.of("leadership.extend.another", names.apply(other.accountId()), other.endsOn()));
            }
        }
        return Optional.empty();
    }

    static LocalDate extendedEnd(Term term) {
        return term.endsOn().plusYears(EXTENSION_YEARS);
    }
}
