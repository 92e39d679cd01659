package org.statcommons.surveys.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.statcommons.platform.database.ServerSignals;
import org.statcommons.surveys.WaveAnswersChanged;

/**
 * What PostgreSQL counted for a wave and a breakdown ({@link AnswerTallies}), kept in memory until the wave's answers
 * change ({@link WaveAnswersChanged}, after commit): counting 10,000 responses of 50 questions takes a second or more,
 * and a wave is read far more often than it is answered (a closed wave never changes). Only the database's counts are
 * kept; the questionnaire, the survey's mode and its small-cell threshold are read again and applied on every view, so
 * a question removed or restored, or a mode or threshold changed, shows at once without forgetting anything.
 * <p>
 * At most {@code statcommons.survey-results.kept-in-memory} breakdowns (default 300; 0 keeps nothing), the least
 * recently read forgotten first. A count read while a change was forgotten is not kept (it may be older than the
 * change). One server only: several servers sharing one database set it to 0, since one does not hear of another's
 * submissions (docs/architecture.md#scale-out-path).
 */
@Component
class TallyKeeper {

    /** A wave, a breakdown, and the codes of the questions counted apart (they are part of what was asked). */
    record Key(long waveId, Breakdown by, List<String> severalRows, List<String> numberCodes) {}

    /** Everything {@link ReadResults} asks the database for one wave and one breakdown. */
    record Counted(
            Map<String, Long> countries,
            Map<String, Long> kinds,
            long respondents,
            List<AnswerTallies.Tally> tallies,
            List<AnswerTallies.Answered> answered,
            List<AnswerTallies.NumberFigures> numbers) {

        /** Kept across requests and read by several at once: nothing in it may change. */
        Counted {
            countries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(countries));
            kinds = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
            tallies = List.copyOf(tallies);
            answered = List.copyOf(answered);
            numbers = List.copyOf(numbers);
        }
    }

    private final int capacity;
    /** What several servers on one database tell each other when a wave's answers changed. */
    private static final String SIGNAL = "survey-answers";

    private final Map<Key, Counted> kept;
    /** Counts the changes heard, so that a count read before a change is not kept after it. */
    private long changes;

    private final ServerSignals signals;

    TallyKeeper(@Value("${statcommons.survey-results.kept-in-memory:300}") int capacity, ServerSignals signals) {
        this.capacity = Math.max(0, capacity);
        this.signals = signals;
        signals.onChange(SIGNAL, this::forgetAll);
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Counted> eldest) {
                return size() > TallyKeeper.this.capacity;
            }
        };
    }

    /** The kept counts of this key, else those counted now (kept unless a change was heard meanwhile). */
    Counted get(Key key, Supplier<Counted> count) {
        long before;
        synchronized (this) {
            Counted known = kept.get(key);
            if (known != null) {
                return known;
            }
            before = changes;
        }
        Counted counted = count.get();
        synchronized (this) {
            if (capacity > 0 && changes == before) {
                kept.put(key, counted);
            }
        }
        return counted;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void forget(WaveAnswersChanged changed) {
        synchronized (this) {
            changes++;
            kept.keySet().removeIf(key -> key.waveId() == changed.waveId());
        }
        signals.changed(SIGNAL);
    }

    /** Another server counted an answer: every count kept is made again. */
    private synchronized void forgetAll() {
        changes++;
        kept.clear();
    }

    synchronized int size() {
        return kept.size();
    }
}
