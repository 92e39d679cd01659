package org.statcommons.surveys.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.statcommons.platform.database.ServerSignals;
import org.statcommons.surveys.WaveAnswersChanged;

/** The kept counts: bounded, least recently read forgotten first, off at 0, and never older than a change heard. */
class TallyKeeperTests {

    private final AtomicInteger counted = new AtomicInteger();

    private TallyKeeper.Counted count() {
        counted.incrementAndGet();
        return new TallyKeeper.Counted(Map.of(), Map.of(), counted.get(), List.of(), List.of(), List.of());
    }

    private static TallyKeeper.Key key(long wave, String country) {
        return new TallyKeeper.Key(wave, new Breakdown(country, null), List.of(), List.of());
    }

    @Test
    void keepsUntilTheWaveChangesAndOnlyThatWave() {
        TallyKeeper keeper = new TallyKeeper(10, new ServerSignals(false, null));
        keeper.get(key(1, null), this::count);
        keeper.get(key(1, "FJ"), this::count);
        keeper.get(key(2, null), this::count);
        assertThat(keeper.get(key(1, "fj"), this::count).respondents()).isEqualTo(2);
        assertThat(counted.get()).isEqualTo(3);

        keeper.forget(new WaveAnswersChanged(7, 1));
        assertThat(keeper.size()).isEqualTo(1);
        assertThat(keeper.get(key(1, null), this::count).respondents()).isEqualTo(4);
        assertThat(keeper.get(key(2, null), this::count).respondents()).isEqualTo(3);
    }

    @Test
    void holdsAtMostItsCapacityForgettingTheLeastRecentlyRead() {
        TallyKeeper keeper = new TallyKeeper(2, new ServerSignals(false, null));
        keeper.get(key(1, null), this::count);
        keeper.get(key(2, null), this::count);
        keeper.get(key(1, null), this::count);
        keeper.get(key(3, null), this::count);
        assertThat(keeper.size()).isEqualTo(2);
        assertThat(counted.get()).isEqualTo(3);
        keeper.get(key(1, null), this::count);
        assertThat(counted.get())
                .as("wave 1 was read more recently than wave 2")
                .isEqualTo(3);
        keeper.get(key(2, null), this::count);
        assertThat(counted.get()).isEqualTo(4);
    }

    @Test
    void zeroKeepsNothing() {
        TallyKeeper keeper = new TallyKeeper(0, new ServerSignals(false, null));
        keeper.get(key(1, null), this::count);
        keeper.get(key(1, null), this::count);
        assertThat(counted.get()).isEqualTo(2);
        assertThat(keeper.size()).isZero();
    }

    @Test
    void aCountReadWhileAChangeWasHeardIsNotKept() {
        TallyKeeper keeper = new TallyKeeper(10, new ServerSignals(false, null));
        keeper.get(key(1, null), () -> {
            // a submission commits while the wave is being counted: what was counted may be older than it
            keeper.forget(new WaveAnswersChanged(7, 1));
            return count();
        });
        assertThat(keeper.size()).isZero();
        keeper.get(key(1, null), this::count);
        assertThat(keeper.size()).isEqualTo(1);
    }
}
