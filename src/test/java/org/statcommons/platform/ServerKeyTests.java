package org.statcommons.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ServerKeyTests {

    @Test
    void theFirstKeyStoredIsTheOneEveryServerSignsWith() {
        AtomicReference<byte[]> store = new AtomicReference<>();
        ServerKey first = new ServerKey(fresh -> store.updateAndGet(kept -> kept != null ? kept : fresh));
        ServerKey second = new ServerKey(fresh -> store.updateAndGet(kept -> kept != null ? kept : fresh));

        assertThat(first.bytes()).hasSize(32).isEqualTo(second.bytes());
    }

    @Test
    void theStoreIsAskedOncePerProcess() {
        AtomicInteger asked = new AtomicInteger();
        ServerKey key = new ServerKey(fresh -> {
            asked.incrementAndGet();
            return fresh;
        });

        byte[] signing = key.bytes();

        assertThat(key.bytes()).isSameAs(signing);
        assertThat(asked).hasValue(1);
    }
}
