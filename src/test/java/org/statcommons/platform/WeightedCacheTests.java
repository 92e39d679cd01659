package org.statcommons.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeightedCacheTests {

    private final WeightedCache<String, String> cache = new WeightedCache<>(10, (key, value) -> value.length());

    @Test
    void theLeastRecentlyUsedLeaveFirstOnceTheWeightIsReached() {
        cache.put("a", "aaa");
        cache.put("b", "bbb");
        cache.put("c", "ccc");
        assertThat(cache.get("a")).isEqualTo("aaa");
        cache.put("d", "ddd");
        assertThat(cache.get("b")).as("least recently used").isNull();
        assertThat(cache.get("a")).isEqualTo("aaa");
        assertThat(cache.get("c")).isEqualTo("ccc");
        assertThat(cache.get("d")).isEqualTo("ddd");
        assertThat(cache.weight()).isEqualTo(9);
    }

    @Test
    void aValueHeavierThanHalfTheCapacityIsNotKeptAndPushesNothingOut() {
        cache.put("a", "aaa");
        cache.put("huge", "x".repeat(6));
        assertThat(cache.get("huge")).isNull();
        assertThat(cache.get("a")).isEqualTo("aaa");
        cache.put("a", "aaaa");
        assertThat(cache.weight()).as("a replaced value is weighed once").isEqualTo(4);
    }
}
