package org.statcommons.content.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.statcommons.content.SaveResult;
import org.statcommons.content.SpacePath;

/**
 * Saves of one space that wait while a turn writes are written together by the next turn, each answered with its own
 * result; a failure is the failing save's own; a save is answered once its turn hands over, before the turn's
 * writer has finished what it does after (the search index).
 */
class SpaceTurnsTests {

    private static SaveResult.Saved saved(String save) {
        return new SaveResult.Saved(SaveResult.Outcome.SAVED, save, new SpacePath("page.md"));
    }

    @Test
    void savesArrivingDuringATurnAreWrittenTogetherByTheNext() throws Exception {
        SpaceTurns<String> turns = new SpaceTurns<>();
        CountDownLatch firstWriting = new CountDownLatch(1);
        CountDownLatch othersWaiting = new CountDownLatch(1);
        List<List<String>> written = Collections.synchronizedList(new ArrayList<>());
        SpaceTurns.Writer<String> writer = (together, handOver) -> {
            List<String> saves = together.stream().map(SpaceTurns.Waiting::save).toList();
            written.add(saves);
            if (saves.contains("first")) {
                firstWriting.countDown();
                await(othersWaiting);
            }
            together.forEach(waiting -> waiting.saved(saved(waiting.save())));
        };
        ExecutorService people = Executors.newFixedThreadPool(5);
        try {
            Future<SaveResult> first = people.submit(() -> turns.take(1, "first", writer));
            await(firstWriting);
            List<Future<SaveResult>> others = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String save = "other " + i;
                others.add(people.submit(() -> turns.take(1, save, writer)));
            }
            // the four are queued behind the first turn before it ends
            Thread.sleep(300);
            othersWaiting.countDown();

            assertThat(((SaveResult.Saved) first.get(10, TimeUnit.SECONDS)).commitId())
                    .isEqualTo("first");
            for (int i = 0; i < 4; i++) {
                assertThat(((SaveResult.Saved) others.get(i).get(10, TimeUnit.SECONDS)).commitId())
                        .isEqualTo("other " + i);
            }
        } finally {
            people.shutdownNow();
        }
        assertThat(written).hasSize(2);
        assertThat(written.get(0)).containsExactly("first");
        assertThat(written.get(1)).containsExactlyInAnyOrder("other 0", "other 1", "other 2", "other 3");
    }

    @Test
    void aSaveLeftUnsettledOrFailingFailsAloneAndTheTurnGoesOn() {
        SpaceTurns<String> turns = new SpaceTurns<>();

        assertThatThrownBy(() -> turns.take(
                        1,
                        "refused",
                        (together, handOver) ->
                                together.forEach(waiting -> waiting.failed(new IllegalArgumentException("too large")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("too large");
        assertThatThrownBy(() -> turns.take(1, "forgotten", (together, handOver) -> {}))
                .isInstanceOf(IllegalStateException.class);
        assertThat(((SaveResult.Saved) turns.take(
                                1, "next", (together, handOver) -> together.forEach(w -> w.saved(saved(w.save())))))
                        .commitId())
                .isEqualTo("next");
    }

    @Test
    void aSaveIsAnsweredWhenItsTurnHandsOverBeforeTheWriterIsDone() throws Exception {
        SpaceTurns<String> turns = new SpaceTurns<>();
        CountDownLatch leaderIndexing = new CountDownLatch(1);
        CountDownLatch followerAnswered = new CountDownLatch(1);
        CountDownLatch leaderWriting = new CountDownLatch(1);
        SpaceTurns.Writer<String> writer = (together, handOver) -> {
            if (together.stream().anyMatch(w -> w.save().equals("leader"))) {
                leaderWriting.countDown();
            }
            together.forEach(waiting -> waiting.saved(saved(waiting.save())));
            handOver.run();
            if (together.stream().anyMatch(w -> w.save().equals("leader"))) {
                // what the writer does after the commit (indexing for search) holds no one up
                leaderIndexing.countDown();
                await(followerAnswered);
            }
        };
        ExecutorService people = Executors.newFixedThreadPool(2);
        try {
            Future<SaveResult> leader = people.submit(() -> turns.take(7, "leader", writer));
            await(leaderWriting);
            Future<SaveResult> follower = people.submit(() -> turns.take(7, "follower", writer));
            assertThat(((SaveResult.Saved) follower.get(10, TimeUnit.SECONDS)).commitId())
                    .isEqualTo("follower");
            followerAnswered.countDown();
            assertThat(((SaveResult.Saved) leader.get(10, TimeUnit.SECONDS)).commitId())
                    .isEqualTo("leader");
            assertThat(leaderIndexing.getCount()).isZero();
        } finally {
            people.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited too long");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
