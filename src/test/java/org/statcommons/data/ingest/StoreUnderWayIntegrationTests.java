package org.statcommons.data.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.statcommons.access.Actor;
import org.statcommons.access.PlatformRole;
import org.statcommons.data.PublishedDatasets;
import org.statcommons.identity.Account;
import org.statcommons.support.Fixtures;
import org.statcommons.support.StatCommonsIntegrationTest;
import org.statcommons.support.Visitor.Page;

/**
 * A store takes as long as its file is large (minutes for millions of rows) in one transaction: while it is under way,
 * readers of every other release are served at once, not held until it commits; a draft's second upload replaces the
 * first's observations whole.
 */
@StatCommonsIntegrationTest
class StoreUnderWayIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    StoreUpload storeUpload;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void readersOfOtherReleasesAreServedWhileAStoreIsUnderWay() throws Exception {
        Account secretariat = fixtures.account("Store under way secretariat", PlatformRole.SECRETARIAT);
        PublishedDatasets.Published out = PublishedDatasets.publish(
                fixtures, secretariat, "Released before", "REF_AREA,TIME_PERIOD,OBS_VALUE\nKEN,2020,5\nUGA,2020,7\n");
        DraftUpload draft = DraftUpload.of(fixtures, secretariat, "Replaced once");
        long first = draft.confirmedUpload("REF_AREA,TIME_PERIOD,OBS_VALUE\nKEN,2020,1\nKEN,2021,2\n");

        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Long> store = threads.submit(() -> transaction.execute(status -> {
                long observations =
                        storeUpload.store(Actor.account(secretariat.id(), PlatformRole.SECRETARIAT), draft.id(), first);
                stored.countDown();
                await(commit);
                return observations;
            }));
            assertThat(stored.await(60, TimeUnit.SECONDS)).isTrue();
            // more than five reads: PostgreSQL then plans the statement once for any release, which locks every
            // partition of the observations, not only the one read
            Future<List<String>> reads = threads.submit(() -> {
                List<String> bodies = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    bodies.add(fixtures.anonymousApi()
                            .api("GET", out.api() + "/data?REF_AREA=UGA", null)
                            .body());
                }
                return bodies;
            });
            List<String> bodies = reads.get(30, TimeUnit.SECONDS);
            assertThat(bodies)
                    .hasSize(8)
                    .allSatisfy(body ->
                            assertThat(body).contains("\"OBS_VALUE\":7.0").doesNotContain("KEN"));
            commit.countDown();
            assertThat(store.get(60, TimeUnit.SECONDS)).isEqualTo(2);
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
        // a second upload replaces the first's partition as its store ends (the old one's drop is the one moment
        // readers of observations wait for, just before the commit)
        long second = draft.confirmedUpload("REF_AREA,TIME_PERIOD,OBS_VALUE\nTZA,2022,30\n");
        assertThat(draft.store(second).body()).contains("\"observations\":1");
        Page replaced = draft.script().api("GET", draft.api() + "/data?draft=true", null);
        assertThat(replaced.body()).contains("\"REF_AREA\":\"TZA\"").doesNotContain("KEN");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
